using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>404.html at the site root; GitHub Pages serves it for every unknown URL, so all its links are root-relative.</summary>
public static class NotFoundPage
{
    public const int LatestCount = 5;

    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        yield return new NotFoundPageJob(content.Articles.Take(LatestCount).ToList());
    }
}

/// <summary>404.html, with the latest stories.</summary>
public sealed record NotFoundPageJob(IReadOnlyList<ArticleView> Latest) : PageJob(new SitePath("404.html"))
{
    public override string Template => "404.sbn";

    public override PageInfo Describe(SiteView site) => Describe(site, "Page not found", site.Description, "404");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("latest", Latest)];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this with { Latest = Latest.Select(current).ToList() };
}
