using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

public sealed class FeedTests
{
    private const string BaseUrl = "https://example.github.io/StaticNews/";

    private static readonly TestArticle[] Articles =
    [
        new("newest", "Newest <b>story</b> & more", "Standfirst", published: new DateTimeOffset(2025, 5, 9, 18, 30, 0, TimeSpan.FromHours(4)), paragraphs: ["Body <one>."]),
        new("older", "Older story", published: new DateTimeOffset(2025, 3, 13, 9, 0, 0, TimeSpan.Zero), paragraphs: ["Body two."]),
        new("undated", "Undated story", paragraphs: ["Body three."]),
    ];

    [Fact]
    public void The_atom_feed_parses_and_has_the_required_fields()
    {
        using var site = new RenderedSite(Articles, config: "title: The Caucasus Daily\n", baseUrl: BaseUrl);

        using var reader = XmlReader.Create(Path.Combine(site.Output, "feed.xml"));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal("The Caucasus Daily", feed.Title.Text);
        Assert.Equal(BaseUrl, feed.Id);
        Assert.Equal(new DateTimeOffset(2025, 5, 9, 18, 30, 0, TimeSpan.FromHours(4)), feed.LastUpdatedTime);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri == new Uri(BaseUrl + "feed.xml"));

        var items = feed.Items.ToList();
        Assert.Equal(["Newest <b>story</b> & more", "Older story", "Undated story"], items.Select(i => i.Title.Text));
        Assert.Equal(BaseUrl + "articles/newest/", items[0].Id);
        Assert.Equal(new DateTimeOffset(2025, 5, 9, 18, 30, 0, TimeSpan.FromHours(4)), items[0].PublishDate);
        Assert.Equal("<p>Body &lt;one&gt;.</p>\n", ((TextSyndicationContent)items[0].Content).Text);
        Assert.All(items, i => Assert.NotEqual(default, i.LastUpdatedTime));
    }

    [Fact]
    public void The_json_feed_parses_as_json_feed_1_1_with_the_atom_feeds_entries()
    {
        using var site = new RenderedSite(Articles, config: "title: The \"Caucasus\" Daily\ndescription: News \\ views\n", baseUrl: BaseUrl);

        using var json = JsonDocument.Parse(site.Read("feed.json"));
        var feed = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.Equal("The \"Caucasus\" Daily", feed.GetProperty("title").GetString());
        Assert.Equal("News \\ views", feed.GetProperty("description").GetString());
        Assert.Equal(BaseUrl, feed.GetProperty("home_page_url").GetString());
        Assert.Equal(BaseUrl + "feed.json", feed.GetProperty("feed_url").GetString());

        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Newest <b>story</b> & more", "Older story", "Undated story"], items.Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(BaseUrl + "articles/newest/", items[0].GetProperty("id").GetString());
        Assert.Equal(BaseUrl + "articles/newest/", items[0].GetProperty("url").GetString());
        Assert.Equal("Standfirst", items[0].GetProperty("summary").GetString());
        Assert.Equal(new DateTimeOffset(2025, 5, 9, 18, 30, 0, TimeSpan.FromHours(4)), items[0].GetProperty("date_published").GetDateTimeOffset());
        // The body's markup arrives as markup, escaped only as JSON needs.
        Assert.Equal("<p>Body &lt;one&gt;.</p>\n", items[0].GetProperty("content_html").GetString());
        Assert.False(items[2].TryGetProperty("date_published", out _), "an undated article has no date");
        Assert.All(items, i => Assert.Equal(JsonValueKind.Array, i.GetProperty("authors").ValueKind));
    }

    [Fact]
    public void The_json_feed_carries_hostile_titles_authors_and_tags_intact()
    {
        const string title = "Quote \" backslash \\ tab \t line\nbreak </script> \u2028 Ünïcode 🗞";
        TestArticle[] articles =
        [
            new("hostile", title, "Standfirst \"quoted\"", published: new DateTimeOffset(2025, 5, 9, 18, 30, 0, TimeSpan.Zero),
                paragraphs: ["Body \\ with \"quotes\"."], authors: ["Anna \"Ani\" Petrosyan"], tags: ["C:\\path", "Tag \"one\""]),
        ];
        using var site = new RenderedSite(articles, baseUrl: BaseUrl);

        using var json = JsonDocument.Parse(site.Read("feed.json"));
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(title, item.GetProperty("title").GetString());
        Assert.Equal("Standfirst \"quoted\"", item.GetProperty("summary").GetString());
        Assert.Equal(["Anna \"Ani\" Petrosyan"], item.GetProperty("authors").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["C:\\path", "Tag \"one\""], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("Body \\ with &quot;quotes&quot;.", item.GetProperty("content_html").GetString());
    }

    [Fact]
    public void Both_feeds_name_the_websub_hub_when_one_is_set()
    {
        using var site = new RenderedSite(Articles, config: "websub_hub: https://hub.example.org/\n", baseUrl: BaseUrl);
        using var without = new RenderedSite(Articles, baseUrl: BaseUrl);

        var atom = XDocument.Parse(site.Read("feed.xml"));
        XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Equal(["https://hub.example.org/"], atom.Root!.Elements(ns + "link").Where(l => (string?)l.Attribute("rel") == "hub").Select(l => (string?)l.Attribute("href")));
        using var json = JsonDocument.Parse(site.Read("feed.json"));
        var hub = Assert.Single(json.RootElement.GetProperty("hubs").EnumerateArray());
        Assert.Equal("WebSub", hub.GetProperty("type").GetString());
        Assert.Equal("https://hub.example.org/", hub.GetProperty("url").GetString());

        Assert.DoesNotContain("rel=\"hub\"", without.Read("feed.xml"));
        using var plain = JsonDocument.Parse(without.Read("feed.json"));
        Assert.False(plain.RootElement.TryGetProperty("hubs", out _));
    }

    [Fact]
    public void Every_page_names_both_feeds()
    {
        using var site = new RenderedSite(Articles, baseUrl: BaseUrl);

        Assert.Contains($"<link rel=\"alternate\" type=\"application/feed+json\" title=\"StaticNews\" href=\"{BaseUrl}feed.json\">", site.Read("index.html"));
        Assert.Contains($"type=\"application/atom+xml\"", site.Read("index.html"));
    }

    [Fact]
    public void The_feed_does_not_change_between_builds()
    {
        using var first = new RenderedSite(Articles, baseUrl: BaseUrl);
        using var second = new RenderedSite(Articles, baseUrl: BaseUrl);

        Assert.Equal(first.Read("feed.xml"), second.Read("feed.xml"));
        Assert.Equal(first.Read("feed.json"), second.Read("feed.json"));
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd"), first.Read("feed.xml"));
    }

    [Fact]
    public void The_sitemap_lists_every_article_with_absolute_urls()
    {
        using var site = new RenderedSite(Articles, baseUrl: BaseUrl);

        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Equal([BaseUrl, BaseUrl + "articles/newest/", BaseUrl + "articles/older/", BaseUrl + "articles/undated/"], locations.Take(4));
        Assert.Contains(BaseUrl + "archive/2025/05/", locations);
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.Equal("2025-05-09T18:30:00+04:00", sitemap.Root!.Elements(ns + "url").ElementAt(1).Element(ns + "lastmod")!.Value);
        // Every page of the site is listed, except 404 and search; every listed URL is a page.
        var pages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => BaseUrl + Path.GetRelativePath(site.Output, Path.GetDirectoryName(f)!).Replace('\\', '/').Replace(".", "") + "/")
            .Select(u => u.Replace("//", "/").Replace("https:/", "https://"))
            .Where(u => !u.EndsWith("/search/"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(pages, locations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Robots_txt_points_at_the_absolute_sitemap()
    {
        using var site = new RenderedSite(Articles, baseUrl: BaseUrl);

        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml", site.Read("robots.txt"));
        Assert.StartsWith("User-agent: *", site.Read("robots.txt"));
    }
}
