using System.Xml.Linq;
using StaticNews.Content;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// <c>translation_of:</c> on the built files: every edition of a story carries <c>&lt;link rel="alternate" hreflang&gt;</c>
/// to every edition and itself (reciprocal, checked across all editions, as Google requires), sitemap.xml carries the same
/// as xhtml:link alternates, and each page lists the other editions by their languages' names ("Also in"). An edition in
/// a language the story already has (SN0052 in the generator) and an article alone carry none.
/// </summary>
public sealed class TranslationLinkTests
{
    private const string BaseUrl = "https://example.org/news/";

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static readonly DateTimeOffset Day = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    /// <summary>budget (the site's English), its Armenian and Russian editions (one naming the other: a chain is one story), a second Russian one, an article alone.</summary>
    private static Article[] Articles() =>
    [
        new NewsArticle("budget-ru-2", "Бюджет (ещё раз)", Day.AddHours(5), language: "ru", translationOf: "budget"),
        new NewsArticle("alone", "Alone", Day.AddHours(4)),
        new NewsArticle("budget-ru", "Бюджет принят", Day.AddHours(3), language: "ru", translationOf: "budget-hy"),
        new NewsArticle("budget-hy", "Բյուջեն ընդունվեց", Day.AddHours(2), language: "hy", translationOf: "budget"),
        new NewsArticle("budget", "Budget passes", Day.AddHours(1)),
    ];

    private static readonly Dictionary<string, string> Story = new()
    {
        ["en"] = BaseUrl + "articles/budget/",
        ["hy"] = BaseUrl + "articles/budget-hy/",
        ["ru"] = BaseUrl + "articles/budget-ru/",
    };

    private static Dictionary<string, string> HeadAlternates(RenderedSite site, string pageUrl) =>
        site.Page(pageUrl[BaseUrl.Length..] + "index.html").QuerySelectorAll("head link[rel='alternate'][hreflang]")
            .ToDictionary(link => link.GetAttribute("hreflang")!, link => link.GetAttribute("href")!);

    [Fact]
    public void Every_edition_links_every_edition_and_itself_and_the_links_are_reciprocal()
    {
        using var site = new RenderedSite(Articles(), config: "title: The Daily\nlanguage: en\n", baseUrl: BaseUrl);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        foreach (var url in Story.Values)
        {
            Assert.Equal(Story.OrderBy(p => p.Key), HeadAlternates(site, url).OrderBy(p => p.Key));
        }
        // Reciprocity read from the pages alone: each page a page names names it back, with the same set.
        foreach (var url in Story.Values)
        {
            var alternates = HeadAlternates(site, url);
            Assert.Contains(url, alternates.Values);
            foreach (var other in alternates.Values)
            {
                Assert.Equal(alternates.OrderBy(p => p.Key), HeadAlternates(site, other).OrderBy(p => p.Key));
            }
        }
        Assert.Empty(HeadAlternates(site, BaseUrl + "articles/budget-ru-2/"));
        Assert.Empty(HeadAlternates(site, BaseUrl + "articles/alone/"));
    }

    [Fact]
    public void The_sitemap_carries_the_same_alternates_as_xhtml_links()
    {
        using var site = new RenderedSite(Articles(), config: "title: The Daily\nlanguage: en\n", baseUrl: BaseUrl);

        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Equal(Xhtml.NamespaceName, sitemap.Root!.GetNamespaceOfPrefix("xhtml")!.NamespaceName);
        var urls = sitemap.Root.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value);
        foreach (var url in Story.Values)
        {
            var links = urls[url].Elements(Xhtml + "link").ToList();
            Assert.All(links, link => Assert.Equal("alternate", link.Attribute("rel")!.Value));
            Assert.Equal(Story.OrderBy(p => p.Key), links.Select(l => KeyValuePair.Create(l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).OrderBy(p => p.Key));
            Assert.Equal(HeadAlternates(site, url).OrderBy(p => p.Key), links.Select(l => KeyValuePair.Create(l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).OrderBy(p => p.Key));
        }
        Assert.Empty(urls[BaseUrl + "articles/alone/"].Elements(Xhtml + "link"));
        Assert.Empty(urls[BaseUrl + "articles/budget-ru-2/"].Elements(Xhtml + "link"));
        Assert.Empty(urls[BaseUrl].Elements(Xhtml + "link"));
    }

    [Fact]
    public void Each_edition_lists_the_others_by_their_languages_names()
    {
        using var site = new RenderedSite(Articles(), config: "title: The Daily\nlanguage: en\n", baseUrl: BaseUrl);

        var also = site.Page("articles/budget/index.html").QuerySelector(".also-in")!;
        Assert.Equal("Also in: Հայերեն / Русский", also.TextContent);
        Assert.Equal(["/news/articles/budget-hy/", "/news/articles/budget-ru/"], also.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["hy", "ru"], also.QuerySelectorAll("a").Select(a => a.GetAttribute("lang")));
        // The Armenian page's words are Armenian.
        Assert.StartsWith("Այլ լեզուներով: English / Русский", site.Page("articles/budget-hy/index.html").QuerySelector(".also-in")!.TextContent, StringComparison.Ordinal);
        Assert.Null(site.Page("articles/alone/index.html").QuerySelector(".also-in"));
    }
}
