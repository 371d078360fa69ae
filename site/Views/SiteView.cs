namespace StaticNews.Site.Views;

/// <summary>What templates see of the site as a whole.</summary>
public sealed record SiteView(string Title, string Description, string Language, string BaseUrl, string BasePath, bool SearchEnabled)
{
    public static readonly SitePath SearchPath = new("search/");

    /// <summary>The folder the site's static files (site/assets/) are copied into, as they are.</summary>
    public const string AssetsFolder = "assets";

    public static readonly SitePath FeedPath = new("feed.xml");

    /// <summary>The same entries as a JSON Feed 1.1 (jsonfeed.org), for readers that prefer JSON.</summary>
    public static readonly SitePath JsonFeedPath = new("feed.json");

    public static readonly SitePath NewsSitemapPath = new("news-sitemap.xml");

    /// <summary>The sections the navigation lists, in order (<see cref="Pages.SectionNavigation"/>).</summary>
    public IReadOnlyList<TermLink> Sections { get; init; } = [];

    /// <summary>The pages of pages/ (About, Contact, policies), by source path: every page's footer links them.</summary>
    public IReadOnlyList<ArticleLink> Pages { get; init; } = [];

    /// <summary>The publisher's logo and policy pages (<see cref="PublisherLinks"/>).</summary>
    public PublisherLinks Publisher { get; init; } = new(null, null, null, null);

    /// <summary>The WebSub hub both feeds name (<c>websub_hub:</c>), or null.</summary>
    public string? WebSubHub { get; init; }

    public string SearchUrl => UrlOf(SearchPath);

    public string Stylesheet => UrlOf(new SitePath(AssetsFolder + "/site.css"));

    public string FeedUrl => AbsoluteUrlOf(FeedPath);

    public string JsonFeedUrl => AbsoluteUrlOf(JsonFeedPath);

    /// <summary>The root-relative URL of a page, with the base path: "/news/tags/x/".</summary>
    public string UrlOf(SitePath path) => BasePath + path.Value;

    /// <summary>The absolute URL of a page, for canonical links, feeds and the sitemap.</summary>
    public string AbsoluteUrlOf(SitePath path) => BaseUrl + path.Value;
}
