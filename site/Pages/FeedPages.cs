using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>The machine-read files: the Atom feed, sitemap.xml and robots.txt.</summary>
public static class FeedPages
{
    public const int FeedSize = 20;

    /// <param name="pages">Every page of the site, for the sitemap.</param>
    public static IEnumerable<PageJob> Plan(SiteContent content, IReadOnlyList<PageJob> pages)
    {
        var site = content.Site;
        var entries = content.Articles.Take(FeedSize).ToList();
        var updated = content.Articles
            .SelectMany(a => new[] { a.Published, a.Updated })
            .Where(d => d is not null)
            .Select(d => d!.Value)
            .DefaultIfEmpty(Dates.Undated)
            .Max();
        var feed = new FeedView(Dates.Iso(updated), entries);

        var feedPage = new PageInfo(site.Title, site.Description, site.BasePath + "feed.xml", site.FeedUrl, "feed");
        yield return new PageJob("feed.xml", "feed.xml.sbn", feedPage, PageJob.Vars(("feed", feed)), UseLayout: false);

        var lastModified = content.Articles.ToDictionary(a => a.AbsoluteUrl, a => a.UpdatedIso ?? a.PublishedIso, StringComparer.Ordinal);
        var urls = pages
            .Where(p => p.UseLayout && p.Page.Kind != "404" && p.Page.Kind != "search")
            .Select(p => new SitemapUrl(p.Page.AbsoluteUrl, lastModified.GetValueOrDefault(p.Page.AbsoluteUrl)))
            .ToList();
        var sitemapPage = new PageInfo("Sitemap", site.Description, site.BasePath + "sitemap.xml", site.BaseUrl + "sitemap.xml", "sitemap");
        yield return new PageJob("sitemap.xml", "sitemap.xml.sbn", sitemapPage, PageJob.Vars(("urls", urls)), UseLayout: false);

        var robotsPage = new PageInfo("robots.txt", "", site.BasePath + "robots.txt", site.BaseUrl + "robots.txt", "robots");
        yield return new PageJob("robots.txt", "robots.txt.sbn", robotsPage, PageJob.Vars(), UseLayout: false);
    }
}

/// <summary>What the feed template needs: its RFC 3339 <c>updated</c> (from the newest article, never the clock) and the entries.</summary>
public sealed record FeedView(string Updated, IReadOnlyList<ArticleView> Entries);

/// <summary>One sitemap entry: an absolute URL and, for articles, when it last changed.</summary>
public sealed record SitemapUrl(string Location, string? LastModified);
