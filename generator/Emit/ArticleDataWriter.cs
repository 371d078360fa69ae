using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Emit;

/// <summary>
/// Writes generated data (articles version 4, index version 2): the one writer of the format StaticNews.Runtime's ArticleDataReader reads
/// (runtime/Data/ArticleDataFormat.cs describes it; tests/Fixtures/ArticleData holds examples both sides are tested
/// against). A header names the kind of data and its version; texts are "length:text" (length in UTF-16 units), or
/// "length@start;" where they stand as written in the article's embedded document, or for the slug "length/start;" in
/// the source path; "~" is null, numbers "digits;", lists a count and the items, moments UTC ticks and offset minutes;
/// records end with '|'.
/// </summary>
public sealed class ArticleDataWriter
{
    public const string ArticlesHeader = "StaticNews.Articles/4|";

    public const string IndexHeader = "StaticNews.Index/2|";

    private readonly StringBuilder _builder = new();

    private ArticleDataWriter(string header) => _builder.Append(header);

    /// <summary>The data of one part: a record per article, in the order the part creates them.</summary>
    public static string Articles(IEnumerable<NamedArticle> articles)
    {
        var data = new ArticleDataWriter(ArticlesHeader);
        foreach (var named in articles)
        {
            data.Record(named);
        }
        return data.ToString();
    }

    /// <summary>
    /// The index: the published articles, the redirect pages to other sites, then a record per tag; each article named
    /// by its part's index in <paramref name="slots"/> and its position.
    /// </summary>
    public static string Index(IndexModel index, IReadOnlyDictionary<int, int> slots)
    {
        var data = new ArticleDataWriter(IndexHeader);
        data.References(index.Published, slots).EndRecord();
        data.Count(index.Redirects.Count);
        foreach (var redirect in index.Redirects)
        {
            data.Text(redirect.SourcePath).Text(redirect.Path).Text(redirect.Target).Text(redirect.Title);
        }
        data.EndRecord();
        foreach (var tag in index.Tags)
        {
            data.Text(tag.Name).Text(tag.Slug).References(tag.Articles, slots).EndRecord();
        }
        return data.ToString();
    }

    public override string ToString() => _builder.ToString();

    private void Record(NamedArticle named)
    {
        var article = named.Article;
        var metadata = article.Metadata;
        var headingStarts = article.BodyResource is null ? default : article.HeadingStarts;
        Text(article.SourcePath)
            .PathText(named.Names.Slug, article.SourcePath)
            .Number(article.Format == DocumentFormat.Markdown ? 1 : 0)
            .DocumentText(article.Title, headingStarts, 0)
            .DocumentText(article.Standfirst, headingStarts, 1)
            .DocumentText(article.EditorsNote, headingStarts, 2)
            .Date(metadata.Published)
            .Date(metadata.Updated)
            .Texts(metadata.Authors)
            .Texts(metadata.Tags)
            .Text(metadata.Section)
            .Number(metadata.Draft ? 1 : 0)
            .Text(metadata.Image)
            .Text(metadata.Language)
            .Count(metadata.Related.Count);
        foreach (var related in metadata.Related)
        {
            Text(related.Slug);
        }
        Number(article.WordCount);
        Body(article);
        Text(metadata.ImageAlt)
            .Text(metadata.ImageCaption)
            .Text(metadata.ImageCredit)
            .Number(metadata.ImageLocation is { } image ? image.LineSpan.Start.Line + 1 : 0);
        Text(named.Names.Url).Texts(named.Names.Aliases);
        Number((int)metadata.Type).Count(metadata.Corrections.Count);
        foreach (var correction in metadata.Corrections)
        {
            Date(correction.Date).Text(correction.Text);
        }
        Text(metadata.TranslationOf?.Slug);
        EndRecord();
    }

    /// <summary>
    /// "~" for a body in the class's UTF-8 literal; else the resource's name, written as what precedes the end it
    /// shares with the source path and how many characters of the path follow (the build names a document's resource
    /// after its path), then the body's (start, length) ranges.
    /// </summary>
    private void Body(ArticleDocument article)
    {
        if (article.BodyResource is not { } resource)
        {
            _builder.Append('~');
            return;
        }
        var shared = SharedEnd(resource, article.SourcePath);
        Text(resource.Substring(0, resource.Length - shared)).Number(shared);
        var ranges = article.Format == DocumentFormat.Markdown ? JoinAdjacentLines(article.BodyRanges) : article.BodyRanges;
        Count(ranges.Count);
        foreach (var value in ranges)
        {
            Number(value);
        }
    }

    /// <summary>
    /// A Markdown body is its lines joined by '\n': the ranges of lines separated by a single character (a line break of
    /// one character; a line never holds one) are one range, which the runtime reads with each line break as '\n'.
    /// Plain text keeps a range per line: each is a paragraph.
    /// </summary>
    private static IReadOnlyList<int> JoinAdjacentLines(EquatableArray<int> ranges)
    {
        var joined = new List<int>(Math.Min(ranges.Count, 8));
        for (var i = 0; i + 1 < ranges.Count; i += 2)
        {
            var start = ranges[i];
            var length = ranges[i + 1];
            var last = joined.Count - 2;
            if (last >= 0 && joined[last] + joined[last + 1] + 1 == start)
            {
                joined[last + 1] += 1 + length;
            }
            else
            {
                joined.Add(start);
                joined.Add(length);
            }
        }
        return joined;
    }

    private static int SharedEnd(string a, string b)
    {
        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[a.Length - 1 - shared] == b[b.Length - 1 - shared])
        {
            shared++;
        }
        return shared;
    }

    private ArticleDataWriter References(EquatableArray<ArticleReference> articles, IReadOnlyDictionary<int, int> slots)
    {
        Count(articles.Count);
        foreach (var reference in articles)
        {
            Number(slots[reference.Part]).Number(reference.Position);
        }
        return this;
    }

    private ArticleDataWriter Text(string? value)
    {
        if (value is null)
        {
            _builder.Append('~');
            return this;
        }
        var text = WithoutLoneSurrogates(value);
        _builder.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
        return this;
    }

    /// <summary>The slug, as a range of the source path when it stands there (a file named after its article).</summary>
    private ArticleDataWriter PathText(string value, string sourcePath)
    {
        var start = value.Length == 0 ? -1 : sourcePath.IndexOf(value, StringComparison.Ordinal);
        if (start < 0 || !ReferenceEquals(WithoutLoneSurrogates(value), value))
        {
            return Text(value);
        }
        _builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append('/');
        return Number(start);
    }

    /// <summary>A text, as its range in the document when the parser found it there as written (<paramref name="starts"/>[<paramref name="index"/>]).</summary>
    private ArticleDataWriter DocumentText(string? value, EquatableArray<int> starts, int index)
    {
        if (value is null || index >= starts.Count || starts[index] < 0 || !ReferenceEquals(WithoutLoneSurrogates(value), value))
        {
            return Text(value);
        }
        _builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append('@');
        return Number(starts[index]);
    }

    private ArticleDataWriter Number(long value)
    {
        _builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
        return this;
    }

    private ArticleDataWriter Count(int count) => Number(count);

    private ArticleDataWriter Texts(EquatableArray<string> values)
    {
        Count(values.Count);
        foreach (var value in values)
        {
            Text(value);
        }
        return this;
    }

    private ArticleDataWriter Date(DateTimeOffset? value)
    {
        if (value is not { } date)
        {
            _builder.Append('~');
            return this;
        }
        return Number(date.UtcTicks).Number((long)date.Offset.TotalMinutes);
    }

    private ArticleDataWriter EndRecord()
    {
        _builder.Append('|');
        return this;
    }

    /// <summary>
    /// Half a surrogate pair is no text: the generated source file would not encode as UTF-8 (what the compiler and
    /// EmitCompilerGeneratedFiles write it as); U+FFFD stands in, as a decoder would.
    /// </summary>
    private static string WithoutLoneSurrogates(string value)
    {
        StringBuilder? fixedText = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(value[i - 1])
                : true;
            if (!paired)
            {
                fixedText ??= new StringBuilder(value, 0, i, value.Length);
            }
            fixedText?.Append(paired ? c : '\uFFFD');
        }
        return fixedText?.ToString() ?? value;
    }
}
