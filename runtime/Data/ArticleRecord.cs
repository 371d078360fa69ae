using System;

namespace StaticNews.Content.Data;

/// <summary>One article's metadata, as generated data gives it or a hand-made article's constructor does.</summary>
internal sealed class ArticleRecord
{
    public static readonly ArticleRecord Empty = new("", "", ArticleFormat.PlainText, DocumentText.Given(""), DocumentText.Given(""), DocumentText.Given(null), null, null,
        Array.Empty<string>(), Array.Empty<string>(), null, false, null, null, Array.Empty<string>(), 0, null, Array.Empty<int>(), null, Array.Empty<string>());

    public ArticleRecord(string slug, string sourcePath, ArticleFormat format, DocumentText title, DocumentText standfirst, DocumentText editorsNote,
        DateTimeOffset? published, DateTimeOffset? updated, string[] authors, string[] tags, string? section, bool isDraft,
        string? image, string? language, string[] relatedSlugs, int wordCount, string? bodyResource, int[] bodyRanges, string? url, string[] aliases)
    {
        Url = url;
        Aliases = aliases;
        Slug = slug;
        SourcePath = sourcePath;
        Format = format;
        Title = title;
        Standfirst = standfirst;
        EditorsNote = editorsNote;
        Published = published;
        Updated = updated;
        Authors = authors;
        Tags = tags;
        Section = section;
        IsDraft = isDraft;
        Image = image;
        Language = language;
        RelatedSlugs = relatedSlugs;
        WordCount = wordCount;
        BodyResource = bodyResource;
        BodyRanges = bodyRanges;
    }

    public string Slug { get; }
    public string SourcePath { get; }
    public ArticleFormat Format { get; }
    public DocumentText Title { get; }
    public DocumentText Standfirst { get; }
    public DocumentText EditorsNote { get; }
    public DateTimeOffset? Published { get; }
    public DateTimeOffset? Updated { get; }
    public string[] Authors { get; }
    public string[] Tags { get; }
    public string? Section { get; }
    public bool IsDraft { get; }
    public string? Image { get; }
    public string? Language { get; }
    public string[] RelatedSlugs { get; }
    public int WordCount { get; private set; }

    /// <summary>The embedded document the body is read from; null when the body is the class's UTF-8 literal.</summary>
    public string? BodyResource { get; private set; }

    /// <summary>With <see cref="BodyResource"/>: the body's (start, length) character ranges in the decoded document.</summary>
    public int[] BodyRanges { get; private set; }

    /// <summary>This record with its body given by the article itself (its <c>BodyUtf8</c>), of so many words.</summary>
    public ArticleRecord WithOwnBody(int wordCount)
    {
        var copy = (ArticleRecord)MemberwiseClone();
        copy.WordCount = wordCount;
        copy.BodyResource = null;
        copy.BodyRanges = Array.Empty<int>();
        return copy;
    }

    /// <summary>The lead image's description: alt text, caption, credit, and the line of its key (0 for none).</summary>
    public ImageDescription ImageDescription { get; private set; } = ImageDescription.None;

    /// <summary>This record, describing its image so.</summary>
    public ArticleRecord WithImageDescription(ImageDescription description)
    {
        var copy = (ArticleRecord)MemberwiseClone();
        copy.ImageDescription = description;
        return copy;
    }

    /// <summary>The article's type, corrections and the original it translates.</summary>
    public NewsDescription News { get; private set; } = NewsDescription.None;

    /// <summary>This record, describing the article so as journalism.</summary>
    public ArticleRecord WithNews(NewsDescription news)
    {
        var copy = (ArticleRecord)MemberwiseClone();
        copy.News = news;
        return copy;
    }

    /// <summary>The page's path from the site's root; null for "articles/&lt;slug&gt;/".</summary>
    public string? Url { get; }

    /// <summary>Old URLs (paths from the site's root) that redirect to the page.</summary>
    public string[] Aliases { get; }

    /// <summary>Reads the next record of articles data (<see cref="ArticleDataFormat"/>).</summary>
    public static ArticleRecord Read(ArticleDataReader reader)
    {
        // Read in the order of the record's fields.
        var sourcePath = reader.Text("source path");
        var slug = reader.PathText("slug", sourcePath);
        var format = reader.Number("format") switch
        {
            0 => ArticleFormat.PlainText,
            1 => ArticleFormat.Markdown,
            _ => throw new FormatException("The article " + sourcePath + " has a format this StaticNews.Runtime does not know (0 plain text, 1 Markdown)."),
        };
        var title = reader.TextOrDocumentRange("title");
        var standfirst = reader.TextOrDocumentRange("standfirst");
        var editorsNote = reader.NullableTextOrDocumentRange("editor's note");
        var published = reader.Date("published");
        var updated = reader.Date("updated");
        var authors = reader.Texts("authors");
        var tags = reader.Texts("tags");
        var section = reader.NullableText("section");
        var isDraft = reader.Flag("draft");
        var image = reader.NullableText("image");
        var language = reader.NullableText("language");
        var related = reader.Texts("related");
        var wordCount = reader.Int32("word count");
        string? bodyResource = null;
        var bodyRanges = Array.Empty<int>();
        if (reader.NullableText("body resource") is { } resourcePrefix)
        {
            var fromPath = reader.Int32("body resource (characters of the source path)");
            if (fromPath < 0 || fromPath > sourcePath.Length)
            {
                throw new FormatException($"The article {sourcePath} names its body resource with {fromPath} characters of a source path of {sourcePath.Length}.");
            }
            bodyResource = resourcePrefix + sourcePath.Substring(sourcePath.Length - fromPath);
            bodyRanges = reader.Numbers("body ranges");
            if (bodyRanges.Length % 2 != 0)
            {
                throw new FormatException($"The article {sourcePath} has an odd number of body range values ({bodyRanges.Length}); they are (start, length) pairs.");
            }
        }
        var imageDescription = new ImageDescription(reader.NullableText("image alt"), reader.NullableText("image caption"),
            reader.NullableText("image credit"), reader.Int32("image line"));
        var url = reader.NullableText("url");
        if (url is not null && !IsSitePath(url))
        {
            throw new FormatException("The article " + sourcePath + " has the URL '" + url + "', which is not a path within the site.");
        }
        var aliases = reader.Texts("aliases");
        foreach (var alias in aliases)
        {
            if (!IsSitePath(alias))
            {
                throw new FormatException("The article " + sourcePath + " has the old URL '" + alias + "', which is not a path within the site.");
            }
        }
        var typeNumber = reader.Number("type");
        if (typeNumber is < 0 or > 3)
        {
            throw new FormatException("The article " + sourcePath + " has a type this StaticNews.Runtime does not know (0 news, 1 opinion, 2 analysis, 3 review).");
        }
        var corrections = new Correction[reader.Count("corrections")];
        for (var i = 0; i < corrections.Length; i++)
        {
            var date = reader.Date("correction date") ?? throw new FormatException("The article " + sourcePath + " has a correction without a date.");
            corrections[i] = new Correction(date, reader.Text("correction text"));
        }
        var translationOf = reader.NullableText("translation of");
        if (bodyResource is null && (title.InDocument || standfirst.InDocument || editorsNote.InDocument))
        {
            throw new FormatException("The article " + sourcePath + " gives a text as a range of its document but names no embedded document.");
        }
        reader.EndRecord();
        return new ArticleRecord(slug, sourcePath, format, title, standfirst, editorsNote, published, updated, authors, tags, section, isDraft,
            image, language, related, wordCount, bodyResource, bodyRanges, url, aliases)
        {
            ImageDescription = imageDescription,
            News = new NewsDescription((ArticleType)typeNumber, corrections, translationOf),
        };
    }

    /// <summary>Relative, with no "." or ".." segment, no empty one, nothing but [A-Za-z0-9-_.~/]: a page can be written nowhere else than in the site.</summary>
    internal static bool IsSitePath(string path)
    {
        if (path.Length == 0 || path[0] == '/')
        {
            return false;
        }
        foreach (var c in path)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' or '~' or '/'))
            {
                return false;
            }
        }
        foreach (var segment in path.TrimEnd('/').Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                return false;
            }
        }
        return true;
    }
}
