using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>404.html at the site root; GitHub Pages serves it for every unknown URL, so all its links are root-relative.</summary>
public static class NotFoundPage
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var site = content.Site;
        var page = new PageInfo("Page not found", site.Description, site.BasePath + "404.html", site.BaseUrl + "404.html", "404");
        yield return new PageJob("404.html", "404.sbn", page, PageJob.Vars(("latest", content.Articles.Take(5).ToList())));
    }
}
