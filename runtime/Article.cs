using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using StaticNews.Content.Data;
using StaticNews.Content.Documents;

namespace StaticNews.Content;

/// <summary>
/// A news article, compiled from a document by StaticNews. Its properties are cheap: metadata read once, when the
/// generated content is first used; <see cref="Title"/>, <see cref="Standfirst"/> and <see cref="EditorsNote"/>
/// may be read from the start of the embedded document on first use of any of them, and kept. The body is not kept (a site holds thousands of articles and wants each body
/// once, for its page): <see cref="GetParagraphs"/>, <see cref="GetPlainText"/> and <see cref="GetMarkdown"/> read it
/// from the assembly on each call, so keep what they return if you need it more than once. <see cref="Excerpt"/>,
/// <see cref="Related"/> and <see cref="Fields"/> are made on first use and kept.
/// </summary>
public abstract partial class Article
{
    private const int WordsPerMinute = 230;
    private const int ExcerptLength = Excerpts.Length;

    private static readonly IReadOnlyDictionary<string, object> NoFields = new Dictionary<string, object>();

    private ArticleRecord _record = ArticleRecord.Empty;
    private string _url = "";
    private ContentDocuments? _documents;
    private ContentDocuments? _compiledIn;
    private Func<string, Article?>? _bySlug;
    private ArticleHeading? _heading;
    private string? _excerpt;
    private IReadOnlyList<Article>? _related;
    private IReadOnlyDictionary<string, object>? _fields;

    /// <summary>Creates an article whose metadata the generated content fills in when it is first used.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Article()
    {
    }

    /// <summary>Creates an article from metadata given here, with the body from <see cref="BodyUtf8"/>: for articles made by hand (tests, other sources).</summary>
    /// <param name="url">The page's path from the site's root ("2024/04/slug/"); null for "articles/&lt;slug&gt;/".</param>
    /// <param name="aliases">Old URLs (paths from the site's root) that redirect to the page.</param>
    protected Article(
        string slug,
        string sourcePath,
        ArticleFormat format,
        string title,
        string standfirst,
        string? editorsNote,
        DateTimeOffset? published,
        DateTimeOffset? updated,
        string[] authors,
        string[] tags,
        string? section,
        bool isDraft,
        string? image,
        string? language,
        string[] relatedSlugs,
        int wordCount,
        string? url = null,
        string[]? aliases = null)
    {
        if (url is not null && !ArticleRecord.IsSitePath(url))
        {
            throw new ArgumentException("'" + url + "' is not a path within the site (relative, no '..', only letters, digits, '-', '_', '.', '~' and '/').", nameof(url));
        }
        foreach (var alias in aliases ?? Array.Empty<string>())
        {
            if (!ArticleRecord.IsSitePath(alias))
            {
                throw new ArgumentException("'" + alias + "' is not a path within the site (relative, no '..', only letters, digits, '-', '_', '.', '~' and '/').", nameof(aliases));
            }
        }
        Attach(new ArticleRecord(slug, sourcePath, format, DocumentText.Given(title), DocumentText.Given(standfirst), DocumentText.Given(editorsNote), published, updated, authors, tags, section, isDraft,
            image, language, relatedSlugs, wordCount, bodyResource: null, bodyRanges: Array.Empty<int>(), url, aliases ?? Array.Empty<string>()), documents: null, bySlug: null);
    }

    /// <summary>The article's unique, URL-safe name: lower-case ASCII words joined by '-'.</summary>
    public string Slug => _record.Slug;

    /// <summary>The document this article was compiled from, relative to the content root.</summary>
    public string SourcePath => _record.SourcePath;

    /// <summary>Whether the body is plain text (one paragraph a line) or Markdown.</summary>
    public ArticleFormat Format => _record.Format;

    /// <summary>The headline.</summary>
    public string Title => Heading.Title;

    /// <summary>The one-sentence summary shown under the headline.</summary>
    public string Standfirst => Heading.Standfirst;

    /// <summary>The editor's note, without its "Editor's note:" label; null when there is none.</summary>
    public string? EditorsNote => Heading.EditorsNote;

    /// <summary>When the article was published; null when the document gives no date.</summary>
    public DateTimeOffset? Published => _record.Published;

    /// <summary>
    /// When the article was last updated: the document's <c>updated:</c>, or its latest correction when that is later (than
    /// <c>updated:</c>, or than the publication when there is none); null when neither says.
    /// </summary>
    public DateTimeOffset? Updated => LatestChange(_record.Updated ?? _record.Published, _record.Updated, _record.News.Corrections);

    /// <summary>The bylines, in the document's order.</summary>
    public IReadOnlyList<string> Authors => _record.Authors;

    /// <summary>The tags, as written in the document (see <c>Articles.Tags</c> for the merged index).</summary>
    public IReadOnlyList<string> Tags => _record.Tags;

    /// <summary>The section (desk) the article belongs to; null when none is given.</summary>
    public string? Section => _record.Section;

    /// <summary>Whether the document is marked <c>draft: true</c>.</summary>
    public bool IsDraft => _record.IsDraft;

    /// <summary>The lead image: an http(s) URL or a path within the site; null when none.</summary>
    public string? Image => _record.Image;

    /// <summary>The lead image's alt text (<c>image_alt</c>): what the picture shows, for those who cannot see it; null when none is given.</summary>
    public string? ImageAlt => _record.ImageDescription.Alt;

    /// <summary>The lead image's caption (<c>image_caption</c>); null when none.</summary>
    public string? ImageCaption => _record.ImageDescription.Caption;

    /// <summary>Who made the lead image (<c>image_credit</c>), e.g. "Photo: A. Author / Agency"; null when none.</summary>
    public string? ImageCredit => _record.ImageDescription.Credit;

    /// <summary>The line of the document's <c>image:</c> key (1-based), for a host's messages about the picture; 0 when unknown.</summary>
    public int ImageLine => _record.ImageDescription.Line;

    /// <summary>What kind of journalism the article is (<c>type:</c>): news, opinion, analysis or review.</summary>
    public ArticleType Type => _record.News.Type;

    /// <summary>The article's corrections (<c>corrections:</c>), in the document's order; empty when it has none.</summary>
    public IReadOnlyList<Correction> Corrections => _record.News.Corrections;

    /// <summary>
    /// The slug of the article this one is an edition of (<c>translation_of:</c>), as written (checked at compile time,
    /// SN0050-SN0052); null when it translates none. Editions of one story link each other, each in its own language.
    /// </summary>
    public string? TranslationOf => _record.News.TranslationOf;

    /// <summary>The article's language (BCP 47, e.g. "hy"); null means the site's language.</summary>
    public string? Language => _record.Language;

    /// <summary>
    /// The article page's URL relative to the site root: "articles/slug/" by default, the permalink pattern's path, or the
    /// document's own <c>url:</c>; the site adds its base path.
    /// </summary>
    public string Url => _url;

    /// <summary>The article's old URLs, relative to the site root (<c>aliases:</c>, <c>redirect_from:</c>): the site makes a redirect page at each.</summary>
    public IReadOnlyList<string> Aliases => _record.Aliases;

    /// <summary>How many words the body has.</summary>
    public int WordCount => _record.WordCount;

    /// <summary>Reading time at 230 words a minute, at least one minute.</summary>
    public TimeSpan ReadingTime => TimeSpan.FromMinutes(Math.Max(1, (WordCount + WordsPerMinute - 1) / WordsPerMinute));

    /// <summary>
    /// The start of the body, cut at a word boundary near 200 characters (<see cref="CutExcerpt"/>); the standfirst when the
    /// body is empty. For Markdown it is the source of the first block, as written; the site shows the plain text of the
    /// first paragraph instead. Made on first use and kept.
    /// </summary>
    public string Excerpt => _excerpt ??= Excerpts.Cut(ExcerptSource(), ExcerptLength);

    /// <summary>
    /// <paramref name="text"/> cut as <see cref="Excerpt"/> is cut: itself when it is at most 200 characters, else at the
    /// last space before, with "…". For a host that makes its own excerpt text (a site showing Markdown as plain text).
    /// </summary>
    public static string CutExcerpt(string text) => Excerpts.Cut(text ?? throw new ArgumentNullException(nameof(text)), ExcerptLength);

    /// <summary>The slugs named under <c>related:</c>, as written (checked at compile time, SN0017).</summary>
    public IReadOnlyList<string> RelatedSlugs => _record.RelatedSlugs;

    /// <summary>The articles named under <c>related:</c> that are published, in the document's order. Found on first use and kept.</summary>
    public IReadOnlyList<Article> Related => _related ??= ResolveRelated();

    /// <summary>
    /// The document's own front-matter keys (those StaticNews does not know), by key; each is also a typed property
    /// of the article's class. Made on first use and kept.
    /// </summary>
    public IReadOnlyDictionary<string, object> Fields => _fields ??= CreateFields() ?? NoFields;

    /// <summary>
    /// The body as UTF-8: paragraphs separated by '\n' (plain text) or the Markdown source. Empty when the body is read
    /// from the embedded document instead (the build embeds documents by default).
    /// </summary>
    protected virtual ReadOnlySpan<byte> BodyUtf8 => default;

    /// <summary>The body's paragraphs: plain text, or for Markdown the source of each block. Read from the assembly on each call.</summary>
    public IReadOnlyList<string> GetParagraphs() => DecodeParagraphs();

    /// <summary>The body as plain text, paragraphs separated by a blank line. Read from the assembly on each call.</summary>
    public string GetPlainText() => string.Join("\n\n", DecodeParagraphs());

    /// <summary>The body's Markdown source; null for plain-text articles. Read from the assembly on each call.</summary>
    public string? GetMarkdown() => Format == ArticleFormat.Markdown ? BodyText() : null;

    /// <summary>
    /// This article with another body, every other value its own: for a host that reads a document again when only its
    /// body changed since the content was compiled (the site's build does, when the documents scan let such an edit skip
    /// the compile). <paramref name="body"/> is as the generator gives it: plain-text paragraphs one a line, or the Markdown source.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Article WithBody(string body, int wordCount) => new RevisedArticle(this, body ?? throw new ArgumentNullException(nameof(body)), wordCount);

    /// <summary>
    /// The version of the compiled content this article's body is part of (the module version id of the assembly the
    /// generated content was compiled into), for a host that keeps what it computed from bodies between runs: while the
    /// assembly is the same, so is the body. Null for an article made by hand or given another body (<see cref="WithBody"/>).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Guid? CompiledContentVersion => _compiledIn?.ModuleVersionId;

    /// <inheritdoc/>
    public override string ToString() => Title;

    /// <summary>The custom fields, for <see cref="Fields"/>: generated classes of documents with custom keys override this.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual IReadOnlyDictionary<string, object>? CreateFields() => null;

    /// <summary>Describes the lead image of an article made by hand (after its constructor): alt text, caption, credit, line of its key.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void DescribeImage(string? alt, string? caption, string? credit, int line = 0) =>
        _record = _record.WithImageDescription(new ImageDescription(alt, caption, credit, line));

    /// <summary>Describes an article made by hand (after its constructor) as journalism: its type, corrections and the slug of the article it translates.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void DescribeNews(ArticleType type, IEnumerable<Correction>? corrections = null, string? translationOf = null) =>
        _record = _record.WithNews(new NewsDescription(type, corrections is null ? Array.Empty<Correction>() : new List<Correction>(corrections).ToArray(), translationOf));

    private static DateTimeOffset? LatestChange(DateTimeOffset? since, DateTimeOffset? updated, Correction[] corrections)
    {
        var latest = updated;
        foreach (var correction in corrections)
        {
            if ((since is null || correction.Date > since) && (latest is null || correction.Date > latest))
            {
                latest = correction.Date;
            }
        }
        return latest;
    }

    /// <summary>Makes this (new) article <paramref name="source"/> but for its body, which this article gives (<see cref="BodyUtf8"/>).</summary>
    private void Revise(Article source, int wordCount)
    {
        _heading = source.Heading;
        Attach(source._record.WithOwnBody(wordCount), source._documents, source._bySlug);
    }

    /// <summary>Gives the article its metadata from the generated data of <paramref name="documents"/>' assembly, which gives its body too.</summary>
    internal void AttachCompiled(ArticleRecord record, ContentDocuments documents, Func<string, Article?> bySlug)
    {
        Attach(record, documents, bySlug);
        _compiledIn = documents;
    }

    /// <summary>Gives the article its metadata, once: from its constructor or from the generated data.</summary>
    private void Attach(ArticleRecord record, ContentDocuments? documents, Func<string, Article?>? bySlug)
    {
        _record = record;
        _documents = documents;
        _bySlug = bySlug;
        _url = record.Url ?? "articles/" + record.Slug + "/";
    }

    /// <summary>Title, standfirst and editor's note: given by the data, or read from the document's start on first use and kept.</summary>
    private ArticleHeading Heading => _heading ??= ArticleHeading.Read(_record, ReadDocument);

    private string BodyText()
    {
        if (_record.BodyResource is not { } resource)
        {
            var utf8 = BodyUtf8;
            return utf8.IsEmpty ? "" : Encoding.UTF8.GetString(utf8.ToArray());
        }
        var document = ReadDocument(resource);
        var ranges = _record.BodyRanges;
        if (ranges.Length == 2 && document.IndexOfAny(OtherLineBreaks, ranges[0], ranges[1]) < 0)
        {
            // Most bodies are one run of lines ending in '\n' alone: the body is that text as it stands.
            return document.Substring(ranges[0], ranges[1]);
        }
        // Each range, and each line break in it, gives as many characters as it holds; and one '\n' between ranges.
        var length = Math.Max(0, ranges.Length / 2 - 1);
        for (var i = 0; i + 1 < ranges.Length; i += 2)
        {
            length += ranges[i + 1];
        }
        var body = new StringBuilder(length);
        for (var i = 0; i + 1 < ranges.Length; i += 2)
        {
            if (i > 0)
            {
                body.Append('\n');
            }
            AppendLines(body, document, ranges[i], ranges[i + 1]);
        }
        return body.ToString();
    }

    /// <summary>
    /// A range of the document, which may span lines (the generator joins the ranges of consecutive lines): each line
    /// break in it becomes '\n', as the body joins its lines.
    /// </summary>
    private static void AppendLines(StringBuilder body, string document, int start, int length)
    {
        var end = start + length;
        // Most lines end in '\n' alone: the text between other breaks is copied whole, not a character at a time.
        for (var i = start; i < end;)
        {
            var at = document.IndexOfAny(OtherLineBreaks, i, end - i);
            var stop = at < 0 ? end : at;
            body.Append(document, i, stop - i);
            if (at < 0)
            {
                break;
            }
            body.Append('\n');
            i = at + 1;
        }
    }

    private static readonly char[] OtherLineBreaks = ['\r', '\u0085', '\u2028', '\u2029'];

    private string ReadDocument(string resource, int characters = int.MaxValue) =>
        (_documents ?? throw new InvalidOperationException("The article " + SourcePath + " names an embedded document but belongs to no content assembly."))
            .Read(resource, SourcePath, characters);

    private string[] DecodeParagraphs()
    {
        if (Format == ArticleFormat.PlainText && _record.BodyResource is { } resource)
        {
            // Each range is one line of the document, and each line one paragraph.
            var document = ReadDocument(resource);
            var ranges = _record.BodyRanges;
            var paragraphs = new string[ranges.Length / 2];
            for (var i = 0; i < paragraphs.Length; i++)
            {
                paragraphs[i] = document.Substring(ranges[2 * i], ranges[2 * i + 1]);
            }
            return paragraphs;
        }
        var text = BodyText();
        if (text.Length == 0)
        {
            return Array.Empty<string>();
        }
        if (Format == ArticleFormat.PlainText)
        {
            return text.Split('\n');
        }
        var blocks = new List<string>();
        foreach (var block in text.Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = block.Trim('\n', ' ');
            if (trimmed.Length > 0)
            {
                blocks.Add(trimmed);
            }
        }
        return blocks.ToArray();
    }

    /// <summary>
    /// The first paragraph (the standfirst when there is none), or its first ExcerptLength + 1 units when it is longer:
    /// enough to cut the excerpt. Listing pages want the excerpt of every article, so a plain-text body is not read whole for it.
    /// </summary>
    private string ExcerptSource()
    {
        if (Format == ArticleFormat.PlainText && _record.BodyResource is { } resource)
        {
            var ranges = _record.BodyRanges;
            if (ranges.Length < 2)
            {
                return Standfirst;
            }
            var start = ranges[0];
            var length = Math.Min(ranges[1], ExcerptLength + 1);
            return ReadDocument(resource, start + length).Substring(start, length);
        }
        var paragraphs = DecodeParagraphs();
        return paragraphs.Length > 0 ? paragraphs[0] : Standfirst;
    }

    private IReadOnlyList<Article> ResolveRelated()
    {
        var slugs = _record.RelatedSlugs;
        if (_bySlug is not { } bySlug || slugs.Length == 0)
        {
            return Array.Empty<Article>();
        }
        var related = new List<Article>(slugs.Length);
        foreach (var slug in slugs)
        {
            if (bySlug(slug) is { } article && !ReferenceEquals(article, this))
            {
                related.Add(article);
            }
        }
        return related;
    }
}
