using System.Text;
using StaticNews.Content;
using StaticNews.Site.Rendering;

namespace StaticNews.Site.Views;

/// <summary>
/// What page.sbn sees of a page that is no article (<see cref="Page"/>: About, Contact, a policy) as <c>static_page</c>:
/// its words, its body as HTML (made once: a site has few pages) and where it is.
/// </summary>
public sealed record PageView(string Title, string Description, string Url, string AbsoluteUrl, string SourcePath, string Language, RawHtml BodyHtml)
{
    /// <summary>Where the page is: its <c>Page.Url</c> ("about/").</summary>
    public SitePath Path { get; private init; }

    /// <summary>The footer's link to it.</summary>
    public ArticleLink Link => new(Title, Url);

    public static PageView From(Page page, SiteView site)
    {
        var path = new SitePath(page.Url);
        var body = page.Format == ArticleFormat.Markdown ? MarkdownRenderer.ToHtml(page.Body, site.BasePath) : ParagraphsToHtml(page.Paragraphs);
        return new PageView(page.Title, page.Description, site.UrlOf(path), site.AbsoluteUrlOf(path), page.SourcePath, page.Language ?? site.Language, new RawHtml(body))
        {
            Path = path,
        };
    }

    private static string ParagraphsToHtml(IReadOnlyList<string> paragraphs)
    {
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs.Where(p => p.Length > 0))
        {
            html.Append("<p>").Append(HtmlText.Escape(paragraph)).Append("</p>\n");
        }
        return html.ToString();
    }
}
