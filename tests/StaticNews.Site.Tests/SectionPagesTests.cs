using System.ServiceModel.Syndication;
using System.Xml;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>`section:` gives section fronts at sections/&lt;slug&gt;/ with their own Atom feed, and the navigation lists the sections.</summary>
public sealed class SectionPagesTests
{
    private const string BaseUrl = "https://example.org/news/";

    private static readonly DateTimeOffset Day = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private static TestArticle[] Articles(string? lastSection = "Economy") =>
    [
        new("vote", "Parliament votes", published: Day.AddDays(5), section: "Politics", paragraphs: ["x"]),
        new("budget", "Budget passes", published: Day.AddDays(4), section: "Economy", paragraphs: ["x"]),
        new("coalition", "Coalition talks", published: Day.AddDays(3), section: "politics", paragraphs: ["x"]),
        new("recall", "Recall petition", published: Day.AddDays(2), section: "Politics", paragraphs: ["x"]),
        new("weather", "Rain", published: Day.AddDays(1), paragraphs: ["x"]),
        new("tariffs", "Tariffs", published: Day, section: lastSection, paragraphs: ["x"]),
    ];

    [Fact]
    public void Each_section_has_a_front_with_its_articles_newest_first_and_an_index()
    {
        using var site = new RenderedSite(Articles(), baseUrl: BaseUrl);

        var politics = site.Page("sections/politics/index.html");
        Assert.Equal("Politics", politics.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["/news/articles/vote/", "/news/articles/coalition/", "/news/articles/recall/"],
            politics.QuerySelectorAll(".story-list a[href*='/articles/']").Select(a => a.GetAttribute("href")).Distinct());
        Assert.Equal(["/news/articles/budget/", "/news/articles/tariffs/"],
            site.Page("sections/economy/index.html").QuerySelectorAll(".story-list a[href*='/articles/']").Select(a => a.GetAttribute("href")).Distinct());
        var index = site.Page("sections/index.html");
        Assert.Equal(["/news/sections/economy/", "/news/sections/politics/"], index.QuerySelectorAll("main a[href*='/sections/']").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
        Assert.Contains(BaseUrl + "sections/politics/", site.Read("sitemap.xml"));
        Assert.DoesNotContain("sections/politics/feed.xml", site.Read("sitemap.xml"));
    }

    [Fact]
    public void A_site_without_sections_has_no_section_pages()
    {
        TestArticle[] articles = [new("rain", "Rain", published: Day, paragraphs: ["x"])];
        using var site = new RenderedSite(articles, baseUrl: BaseUrl);

        Assert.False(Directory.Exists(Path.Combine(site.Output, "sections")));
        Assert.DoesNotContain("/sections/", site.Read("index.html"));
    }

    [Fact]
    public void Each_section_has_its_own_atom_feed()
    {
        using var site = new RenderedSite(Articles(), config: "title: The Daily\n", baseUrl: BaseUrl);

        using var reader = XmlReader.Create(Path.Combine(site.Output, "sections", "politics", "feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal("Politics · The Daily", feed.Title.Text);
        Assert.Equal(BaseUrl + "sections/politics/", feed.Id);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri == new Uri(BaseUrl + "sections/politics/feed.xml"));
        Assert.Contains(feed.Links, l => l.RelationshipType == "alternate" && l.Uri == new Uri(BaseUrl + "sections/politics/"));
        Assert.Equal([BaseUrl + "articles/vote/", BaseUrl + "articles/coalition/", BaseUrl + "articles/recall/"], feed.Items.Select(i => i.Id));
        Assert.Equal(Day.AddDays(5), feed.LastUpdatedTime);

        // The site's feed keeps its own id and links.
        using var siteReader = XmlReader.Create(Path.Combine(site.Output, "feed.xml"));
        var siteFeed = SyndicationFeed.Load(siteReader);
        Assert.Equal(BaseUrl, siteFeed.Id);
        Assert.Equal(6, siteFeed.Items.Count());
    }

    [Theory]
    [InlineData(null, new[] { "Politics", "Economy" })]
    [InlineData("sections: [Economy, Politics]\n", new[] { "Economy", "Politics" })]
    [InlineData("sections: [economy, Sport]\n", new[] { "Economy", "Politics" })]
    public void The_navigation_lists_the_sections_in_the_configured_order_else_largest_first(string? config, string[] expected)
    {
        using var site = new RenderedSite(Articles(), config: config, baseUrl: BaseUrl);

        foreach (var page in new[] { "index.html", "articles/weather/index.html", "404.html" })
        {
            var nav = site.Page(page).QuerySelectorAll("nav.site-nav a[href*='/sections/']");
            Assert.Equal(expected, nav.Select(a => a.TextContent.Trim()));
        }
    }

    [Fact]
    public void A_new_section_renders_every_page_again_since_every_navigation_lists_it()
    {
        using var temp = new TempDirectory();
        var options = new BuildOptions { OutputDirectory = temp.Combine("_site"), BaseUrl = BaseUrl };
        var cache = new RenderCache();
        var articles = Articles();
        Assert.True(SiteBuilder.Build(articles, TestArticle.TagsOf(articles), options, cache).Succeeded);
        // Every page, the section feeds and the news sitemap among them, has a fingerprint: nothing is rendered twice.
        Assert.Equal(0, SiteBuilder.Build(articles, TestArticle.TagsOf(articles), options, cache).PagesRendered);

        var moved = Articles(lastSection: "Trade");
        var result = SiteBuilder.Build(moved, TestArticle.TagsOf(moved), options, cache);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains(">Trade</a>", File.ReadAllText(Path.Combine(options.OutputDirectory, "articles", "weather", "index.html")));
        Assert.True(result.PagesRendered >= result.Pages, $"{result.PagesRendered} of {result.Pages} pages rendered again");
    }
}
