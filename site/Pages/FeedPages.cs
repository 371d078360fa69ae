using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>The machine-read files: the Atom feed and the same entries as a JSON Feed, the sitemaps and robots.txt.</summary>
public static class FeedPages
{
    public const int FeedSize = 20;

    /// <summary>What Google News reads of a news sitemap: articles of the last two days, at most a thousand.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromHours(48);

    public const int NewsSitemapSize = 1000;

    /// <summary>An Atom feed of the latest of these articles (newest first), for the site or one section.</summary>
    /// <param name="home">The page the feed is the feed of: its id and its alternate link.</param>
    public static FeedView FeedOf(SiteContent content, IReadOnlyList<ArticleView> articles, string title, SitePath home)
    {
        // The latest date of any of its articles (each updated or published), the first where two are the same moment.
        DateTimeOffset? newest = null;
        foreach (var article in articles)
        {
            newest = Later(Later(newest, article.Published), article.Updated);
        }
        var updated = newest ?? Dates.Undated;
        var site = content.Site;
        var path = home == SitePath.Root ? SiteView.FeedPath : home.Under("feed.xml");
        return new FeedView(title, site.AbsoluteUrlOf(home), site.AbsoluteUrlOf(path), Dates.Iso(updated), articles.Take(FeedSize).ToList());
    }

    private static DateTimeOffset? Later(DateTimeOffset? newest, DateTimeOffset? date) => date > newest || newest is null ? date ?? newest : newest;

    public static readonly SitePath SitemapPath = new("sitemap.xml");

    public static readonly SitePath RobotsPath = new("robots.txt");

    /// <summary>The files <see cref="Plan"/> writes at the site's root, whatever the articles (planned after them, so known before).</summary>
    public static readonly IReadOnlyList<SitePath> RootFiles = [SiteView.FeedPath, SiteView.JsonFeedPath, SitemapPath, SiteView.NewsSitemapPath, RobotsPath];

    /// <param name="pages">Every page of the site, for the sitemap.</param>
    public static IEnumerable<PageJob> Plan(SiteContent content, IReadOnlyList<PageJob> pages)
    {
        var site = content.Site;
        var feed = FeedOf(content, content.Articles, site.Title, SitePath.Root);
        yield return new FeedJob(SiteView.FeedPath, feed);
        yield return new JsonFeedJob(feed);

        // What a search engine should index: every page a reader may land on, not the 404 page or the search form.
        var urls = pages
            .Where(p => p.UseLayout && p is not (NotFoundPageJob or SearchPageJob))
            .Select(p => p is ArticlePageJob a
                ? new SitemapUrl(a.Article.AbsoluteUrl, a.Article.UpdatedIso ?? a.Article.PublishedIso) { Alternates = a.Article.Editions }
                : new SitemapUrl(site.AbsoluteUrlOf(p.Path), null))
            .ToList();
        yield return new SitemapJob(urls);

        var now = content.Settings.Now;
        var news = content.Articles
            .Where(a => a.Published is { } published && published <= now && published > now - NewsWindow)
            .Take(NewsSitemapSize)
            .Select(a => new NewsSitemapEntry(a.AbsoluteUrl, a.Title, a.PublishedIso!, NewsLanguage.Of(a.Language)))
            .ToList();
        yield return new NewsSitemapJob(news);

        yield return new RobotsJob();
    }
}

/// <summary>An Atom feed of the latest articles: feed.xml for the site, sections/&lt;slug&gt;/feed.xml for a section.</summary>
public sealed record FeedJob(SitePath FeedPath, FeedView Feed) : PageJob(FeedPath)
{
    public override string Template => "feed.xml.sbn";

    public override bool UseLayout => false;

    public override PageInfo Describe(SiteView site) => Describe(site, Feed.Title, site.Description, "feed");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("feed", Feed)];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this with { Feed = Feed.WithArticles(current) };
}

/// <summary>feed.json: the Atom feed's entries as a JSON Feed 1.1.</summary>
public sealed record JsonFeedJob(FeedView Feed) : PageJob(SiteView.JsonFeedPath)
{
    public override string Template => "feed.json.sbn";

    public override bool UseLayout => false;

    public override PageInfo Describe(SiteView site) => Describe(site, site.Title, site.Description, "json-feed");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("feed", Feed)];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this with { Feed = Feed.WithArticles(current) };
}

/// <summary>sitemap.xml: every page a search engine should index.</summary>
public sealed record SitemapJob(IReadOnlyList<SitemapUrl> Urls) : PageJob(FeedPages.SitemapPath)
{
    public override string Template => "sitemap.xml.sbn";

    public override bool UseLayout => false;

    public override PageInfo Describe(SiteView site) => Describe(site, "Sitemap", site.Description, "sitemap");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("urls", Urls)];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this;
}

/// <summary>news-sitemap.xml: the articles published in the 48 hours before the build, as Google News reads them.</summary>
public sealed record NewsSitemapJob(IReadOnlyList<NewsSitemapEntry> Entries) : PageJob(SiteView.NewsSitemapPath)
{
    public override string Template => "news-sitemap.xml.sbn";

    public override bool UseLayout => false;

    public override PageInfo Describe(SiteView site) => Describe(site, "News sitemap", site.Description, "news-sitemap");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("entries", Entries)];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this;
}

/// <summary>robots.txt: the template needs only <c>site</c>.</summary>
public sealed record RobotsJob() : PageJob(FeedPages.RobotsPath)
{
    public override string Template => "robots.txt.sbn";

    public override bool UseLayout => false;

    public override PageInfo Describe(SiteView site) => Describe(site, "robots.txt", "", "robots");

    public override IEnumerable<(string Name, object? Value)> Variables() => [];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this;
}

/// <summary>
/// What the feed template needs: its title, the absolute URLs of the page it follows (its id) and of itself, its RFC 3339
/// <c>updated</c> (from the newest article, never the clock) and the entries.
/// </summary>
public sealed record FeedView(string Title, string HomeUrl, string SelfUrl, string Updated, IReadOnlyList<ArticleView> Entries)
{
    public FeedView WithArticles(Func<ArticleView, ArticleView> current) => this with { Entries = Entries.Select(current).ToList() };
}

/// <summary>One article of the news sitemap, its language as Google News names languages (<see cref="NewsLanguage"/>).</summary>
public sealed record NewsSitemapEntry(string Location, string Title, string PublicationDate, string Language);

/// <summary>One sitemap entry: an absolute URL and, for articles, when it last changed and its editions in other languages (and itself) as xhtml:link alternates.</summary>
public sealed record SitemapUrl(string Location, string? LastModified)
{
    public IReadOnlyList<EditionLink> Alternates { get; init; } = [];
}
