using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>The machine-read files: the Atom feed and the same entries as a JSON Feed, sitemap.xml and robots.txt.</summary>
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
        yield return new FeedJob(feed);
        yield return new JsonFeedJob(feed);

        // What a search engine should index: every page a reader may land on, not the 404 page or the search form.
        var urls = pages
            .Where(p => p.UseLayout && p is not (NotFoundPageJob or SearchPageJob))
            .Select(p => new SitemapUrl(site.AbsoluteUrlOf(p.Path), p is ArticlePageJob a ? a.Article.UpdatedIso ?? a.Article.PublishedIso : null))
            .ToList();
        yield return new SitemapJob(urls);

        yield return new RobotsJob();
    }
}

/// <summary>feed.xml: the Atom feed of the latest articles.</summary>
public sealed record FeedJob(FeedView Feed) : PageJob(SiteView.FeedPath)
{
    public override string Template => "feed.xml.sbn";

    public override bool UseLayout => false;

    public override PageInfo Describe(SiteView site) => Describe(site, site.Title, site.Description, "feed");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("feed", Feed)];
}

/// <summary>feed.json: the Atom feed's entries as a JSON Feed 1.1.</summary>
public sealed record JsonFeedJob(FeedView Feed) : PageJob(SiteView.JsonFeedPath)
{
    public override string Template => "feed.json.sbn";

    public override bool UseLayout => false;

    public override PageInfo Describe(SiteView site) => Describe(site, site.Title, site.Description, "json-feed");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("feed", Feed)];
}

/// <summary>sitemap.xml: every page a search engine should index.</summary>
public sealed record SitemapJob(IReadOnlyList<SitemapUrl> Urls) : PageJob(new SitePath("sitemap.xml"))
{
    public override string Template => "sitemap.xml.sbn";

    public override bool UseLayout => false;

    public override PageInfo Describe(SiteView site) => Describe(site, "Sitemap", site.Description, "sitemap");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("urls", Urls)];
}

/// <summary>robots.txt: the template needs only <c>site</c>.</summary>
public sealed record RobotsJob() : PageJob(new SitePath("robots.txt"))
{
    public override string Template => "robots.txt.sbn";

    public override bool UseLayout => false;

    public override PageInfo Describe(SiteView site) => Describe(site, "robots.txt", "", "robots");

    public override IEnumerable<(string Name, object? Value)> Variables() => [];
}

/// <summary>What the feed template needs: its RFC 3339 <c>updated</c> (from the newest article, never the clock) and the entries.</summary>
public sealed record FeedView(string Updated, IReadOnlyList<ArticleView> Entries);

/// <summary>One sitemap entry: an absolute URL and, for articles, when it last changed.</summary>
public sealed record SitemapUrl(string Location, string? LastModified);
