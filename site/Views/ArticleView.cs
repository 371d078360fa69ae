using System.Globalization;
using System.Text;
using StaticNews.Content;
using StaticNews.Site.Images;
using StaticNews.Site.Pages;
using StaticNews.Site.Rendering;

namespace StaticNews.Site.Views;

/// <summary>What templates see of an article: its typed fields, URLs with the base path, display dates, body HTML.</summary>
public sealed record ArticleView(
    string Slug,
    string Title,
    string Standfirst,
    string? EditorsNote,
    string Url,
    string AbsoluteUrl,
    DateTimeOffset? Published,
    string? PublishedIso,
    string? PublishedDisplay,
    DateTimeOffset? Updated,
    string? UpdatedIso,
    string? UpdatedDisplay,
    IReadOnlyList<TermLink> Authors,
    IReadOnlyList<TermLink> Tags,
    string? Section,
    string? ImageUrl,
    string Language,
    string Direction,
    int WordCount,
    int ReadingMinutes,
    string SourcePath,
    IReadOnlyDictionary<string, object> Fields)
{
    /// <summary>Languages written right to left, for the page's dir attribute.</summary>
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase) { "ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb" };

    private Article Source { get; init; } = null!;

    private string BasePath { get; init; } = "";

    /// <summary>The article the view was made from: the render cache fingerprints the body by its source, not its HTML.</summary>
    internal Article Document => Source;

    /// <summary>The body's paragraphs, read from the article each time (it does not keep them).</summary>
    public IReadOnlyList<string> Paragraphs => Source.GetParagraphs();

    /// <summary>
    /// The body as HTML, rendered each time a page reads it rather than kept: views of every article exist at once, and
    /// ten thousand bodies held for the whole render were garbage the collector copied from generation to generation.
    /// </summary>
    public RawHtml BodyHtml => new(Source.Format == ArticleFormat.Markdown
        ? MarkdownRenderer.ToHtml(Source.GetMarkdown() ?? "", BasePath, BodyPictures)
        : ParagraphsToHtml(Source.GetParagraphs()));

    /// <summary>
    /// The start of the body as lists show it: for Markdown the plain text of its first paragraph
    /// (<see cref="MarkdownExcerpt"/>), else the runtime's <see cref="Article.Excerpt"/>; the standfirst when the body has
    /// none. Made when a page first reads it (and kept with the article): at 10,000 articles making every one parsed
    /// 10,000 bodies in every build, for the few pages that show any.
    /// </summary>
    public string Excerpt => Source.Format == ArticleFormat.Markdown ? MarkdownExcerpt.Of(Source) : Source.Excerpt;

    /// <summary>This view with the body of <paramref name="other"/> and what is counted or cut from it (words, reading time, excerpt).</summary>
    internal ArticleView WithBodyOf(ArticleView other) =>
        this with { Source = other.Source, WordCount = other.WordCount, ReadingMinutes = other.ReadingMinutes };

    /// <summary>The next newer article, for "previous/next" links; set once all views exist.</summary>
    public ArticleLink? Newer { get; init; }

    /// <summary>The next older article.</summary>
    public ArticleLink? Older { get; init; }

    /// <summary>The related articles the document names, that are published.</summary>
    public IReadOnlyList<ArticleLink> Related { get; init; } = [];

    public ArticleLink Link => new(Title, Url);

    /// <summary>What kind of article it is, for its label and JSON-LD: "news", "opinion", "analysis" or "review".</summary>
    public string Type { get; init; } = "news";

    /// <summary>The article's corrections, in the document's order.</summary>
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];

    /// <summary>Every edition of the story in its languages, this one included (for hreflang); empty when it has no other; set once all views exist.</summary>
    public IReadOnlyList<EditionLink> Editions { get; init; } = [];

    /// <summary>The other editions, for "Also in".</summary>
    public IReadOnlyList<EditionLink> Translations => Editions.Where(edition => !edition.IsCurrent).ToList();

    /// <summary>The lead picture, sized and with its words; null when the article has none that can be shown.</summary>
    public PictureView? Picture { get; init; }

    /// <summary>The images of the body that were resized, which its HTML shows as pictures; null when there are none. Not for templates: <see cref="BodyHtml"/> shows them.</summary>
    internal BodyPictures? BodyPictures { get; init; }

    /// <summary>
    /// This view with its picture from the prepared ones: og:image is then the widest copy. A picture file that could
    /// not be shown gives no og:image; without prepared pictures the image is used as the document gives it. The body's
    /// resized images come from <paramref name="bodies"/>.
    /// </summary>
    public ArticleView WithPicture(IReadOnlyDictionary<string, PictureView>? pictures, IReadOnlyDictionary<string, BodyPictures>? bodies = null)
    {
        var view = bodies?.GetValueOrDefault(Slug) is { } body ? this with { BodyPictures = body } : this;
        if (pictures is null || Source.Image is null)
        {
            return view;
        }
        var picture = pictures.GetValueOrDefault(Slug);
        return view with { Picture = picture, ImageUrl = picture?.AbsoluteUrl };
    }

    /// <summary>Where the article's page is: its <c>Article.Url</c>, made once by the generator ("articles/&lt;slug&gt;/", the permalink pattern's path, or its own <c>url:</c>).</summary>
    public SitePath Path { get; private init; }

    /// <summary>A view on its own, its authors and tags linked by their names' slugs alone.</summary>
    public static ArticleView From(Article article, SiteView site) =>
        From(article, site, new Taxonomy(TaxonomyKind.Authors, site, []), new Taxonomy(TaxonomyKind.Tags, site, []));

    /// <summary>A view whose author and tag links lead to the pages the site's taxonomies gave those terms.</summary>
    public static ArticleView From(Article article, SiteView site, Taxonomy authors, Taxonomy tags)
    {
        var language = article.Language ?? site.Language;
        var path = new SitePath(article.Url);
        return new ArticleView(
            article.Slug,
            article.Title,
            article.Standfirst,
            article.EditorsNote,
            site.UrlOf(path),
            site.AbsoluteUrlOf(path),
            article.Published,
            article.Published is { } published ? Dates.Iso(published) : null,
            article.Published is { } p ? Dates.Display(p) : null,
            article.Updated,
            article.Updated is { } updated ? Dates.Iso(updated) : null,
            article.Updated is { } u ? Dates.Display(u) : null,
            authors.LinksOf(article.Authors),
            tags.LinksOf(article.Tags),
            article.Section,
            ResolveImage(article.Image, site),
            language,
            RightToLeft.Contains(language.Split('-')[0]) ? "rtl" : "ltr",
            article.WordCount,
            (int)Math.Ceiling(article.ReadingTime.TotalMinutes),
            article.SourcePath,
            article.Fields)
        {
            Source = article,
            BasePath = site.BasePath,
            Path = path,
            Type = TypeName(article.Type),
            Corrections = article.Corrections.Select(c => new CorrectionView(c.Date, Dates.Iso(c.Date), c.Text)).ToList(),
        };
    }

    private static string TypeName(ArticleType type) => type switch
    {
        ArticleType.Opinion => "opinion",
        ArticleType.Analysis => "analysis",
        ArticleType.Review => "review",
        _ => "news",
    };

    /// <summary>Absolute, for og:image and JSON-LD: a site path is resolved against the base URL.</summary>
    private static string? ResolveImage(string? image, SiteView site) =>
        image is null ? null
        : Uri.TryCreate(image, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? image
        : site.BaseUrl + image.TrimStart('/');

    private static string ParagraphsToHtml(IReadOnlyList<string> paragraphs)
    {
        var html = new StringBuilder(paragraphs.Sum(p => p.Length + "<p></p>\n".Length));
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(HtmlText.Escape(paragraph)).Append("</p>\n");
        }
        return html.ToString();
    }
}
