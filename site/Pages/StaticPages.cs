using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// One page per document of pages/ (About, Contact, policies) at its URL: listed in sitemap.xml and every page's footer,
/// in no feed, news sitemap, front page, archive or search record.
/// </summary>
public static class StaticPages
{
    public static IEnumerable<PageJob> Plan(SiteContent content) => content.Pages.Select(page => new StaticPageJob(page));
}

/// <summary>A page of pages/, rendered with page.sbn.</summary>
public sealed record StaticPageJob(PageView Page) : PageJob(Page.Path)
{
    public override string Template => "page.sbn";

    public override PageInfo Describe(SiteView site) => Describe(site, Page.Title, Page.Description.Length > 0 ? Page.Description : site.Description, "page") with
    {
        Language = Page.Language,
    };

    public override IEnumerable<(string Name, object? Value)> Variables() => [("static_page", Page)];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this;
}
