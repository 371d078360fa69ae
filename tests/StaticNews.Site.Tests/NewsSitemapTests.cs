using System.Xml;
using System.Xml.Linq;
using StaticNews.Site.Pages;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>news-sitemap.xml as Google News reads it: the last 48 hours before the build's clock, at most 1,000 articles.</summary>
public sealed class NewsSitemapTests
{
    private const string BaseUrl = "https://example.org/news/";

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void It_lists_the_articles_of_the_48_hours_before_the_build_with_publication_language_date_and_title()
    {
        TestArticle[] articles =
        [
            new("tomorrow", "Not yet", published: Now.AddHours(1), paragraphs: ["x"]),
            new("hour-ago", "Vote <counted> & \"final\"", published: Now.AddHours(-1), language: "en-GB", paragraphs: ["x"]),
            new("two-days", "Just inside", published: Now.AddHours(-47).ToOffset(TimeSpan.FromHours(4)), language: "zh-Hant", paragraphs: ["x"]),
            new("too-old", "Just outside", published: Now.AddHours(-48), paragraphs: ["x"]),
            new("undated", "No date", paragraphs: ["x"]),
        ];
        using var site = new RenderedSite(articles, config: "title: The Daily & Co\n", baseUrl: BaseUrl, now: Now);

        var urls = Load(site).Root!.Elements(Sitemap + "url").ToList();
        Assert.Equal([BaseUrl + "articles/hour-ago/", BaseUrl + "articles/two-days/"], urls.Select(u => u.Element(Sitemap + "loc")!.Value));
        var first = urls[0].Element(News + "news")!;
        Assert.Equal("The Daily & Co", first.Element(News + "publication")!.Element(News + "name")!.Value);
        Assert.Equal("en", first.Element(News + "publication")!.Element(News + "language")!.Value);
        Assert.Equal(Now.AddHours(-1), DateTimeOffset.Parse(first.Element(News + "publication_date")!.Value));
        Assert.Equal("Vote <counted> & \"final\"", first.Element(News + "title")!.Value);
        Assert.Equal("zh-tw", urls[1].Element(News + "news")!.Element(News + "publication")!.Element(News + "language")!.Value);
    }

    [Fact]
    public void It_holds_at_most_a_thousand_articles_the_newest()
    {
        var articles = Enumerable.Range(0, FeedPages.NewsSitemapSize + 5)
            .Select(i => new TestArticle($"story-{i:0000}", $"Story {i}", published: Now.AddMinutes(-i - 1), paragraphs: ["x"]))
            .ToArray();
        using var site = new RenderedSite(articles, baseUrl: BaseUrl, now: Now);

        var locations = Load(site).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(FeedPages.NewsSitemapSize, locations.Count);
        Assert.Equal(BaseUrl + "articles/story-0000/", locations[0]);
        Assert.Equal(BaseUrl + "articles/story-0999/", locations[^1]);
    }

    [Fact]
    public void Without_recent_articles_it_is_an_empty_urlset_and_robots_txt_names_it()
    {
        TestArticle[] articles = [new("old", "Old", published: Now.AddDays(-30), paragraphs: ["x"])];
        using var site = new RenderedSite(articles, baseUrl: BaseUrl, now: Now);

        Assert.Empty(Load(site).Root!.Elements());
        Assert.Contains($"Sitemap: {BaseUrl}news-sitemap.xml", site.Read("robots.txt"));
        Assert.DoesNotContain("news-sitemap.xml", site.Read("sitemap.xml"));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("HY_am", "hy")]
    [InlineData("zh", "zh-cn")]
    [InlineData("zh-Hans-CN", "zh-cn")]
    [InlineData("zh-Hant", "zh-tw")]
    [InlineData("zh-HK", "zh-tw")]
    [InlineData(" ", "en")]
    public void Languages_are_named_as_google_news_names_them(string language, string expected) =>
        Assert.Equal(expected, NewsLanguage.Of(language));

    /// <summary>Parsed strictly, as a crawler would: a stray character or an unescaped ampersand fails here.</summary>
    private static XDocument Load(RenderedSite site)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, "news-sitemap.xml"), new XmlReaderSettings { CheckCharacters = true });
        return XDocument.Load(reader);
    }
}
