using System.Xml.Linq;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// Pages of pages/ (issue 19: About, Contact, policies) in the built files: each at its URL with page.sbn, listed in
/// sitemap.xml and every page's footer, and in no feed, news sitemap or list of the front page; staticnews.yml's
/// masthead may name one by its path in the documents folder; a page at the site's own URL is left out (SNS0016).
/// </summary>
public sealed class StaticPagesTests
{
    private const string BaseUrl = "https://example.org/news/";

    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly Page About = new("seeds/pages/about.md", "about", "about/", "About <us>", "Who we are.", ArticleFormat.Markdown, null,
        "We are a **newsroom**.\n\n<script>alert(1)</script>\n");

    private static readonly Page Contact = new("seeds/pages/contact.txt", "contact", "contact/", "Contact", "Write to us.", ArticleFormat.PlainText, null,
        "letters@example.org\nOr <call>.");

    private static TestArticle[] Articles =>
        [new("fresh", "A fresh story", published: Now.AddHours(-1), paragraphs: ["Body."])];

    [Fact]
    public void A_page_is_written_at_its_url_and_listed_in_the_sitemap_and_every_footer()
    {
        using var site = new RenderedSite(Articles, config: "masthead: pages/about.md\n", baseUrl: BaseUrl, now: Now, pages: [About, Contact]);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        var about = site.Page("about/index.html");
        Assert.Equal("About <us>", about.QuerySelector("h1")!.TextContent);
        Assert.Equal("newsroom", about.QuerySelector(".page-body strong")!.TextContent);
        Assert.Null(about.QuerySelector(".page-body script"));
        Assert.Equal(BaseUrl + "about/", about.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var contact = site.Page("contact/index.html");
        Assert.Equal(new[] { "letters@example.org", "Or <call>." }, contact.QuerySelectorAll(".page-body p").Select(p => p.TextContent));

        var sitemap = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Contains(BaseUrl + "about/", sitemap);
        Assert.Contains(BaseUrl + "contact/", sitemap);

        foreach (var page in new[] { "index.html", "articles/fresh/index.html", "about/index.html" })
        {
            var footer = site.Page(page).QuerySelector(".site-footer")!;
            Assert.Equal(new[] { "/news/about/", "/news/contact/" }, footer.QuerySelectorAll(".footer-pages a").Select(a => a.GetAttribute("href")));
            Assert.Contains(footer.QuerySelectorAll(".footer-links a"), a => a.GetAttribute("href") == BaseUrl + "about/");
        }
    }

    [Fact]
    public void A_page_is_in_no_feed_news_sitemap_or_list_of_articles()
    {
        using var site = new RenderedSite(Articles, baseUrl: BaseUrl, now: Now, pages: [About]);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        foreach (var file in new[] { "feed.xml", "feed.json", "news-sitemap.xml" })
        {
            Assert.Contains("A fresh story", site.Read(file));
            Assert.DoesNotContain("about/", site.Read(file));
            Assert.DoesNotContain("About", site.Read(file));
        }
        foreach (var list in new[] { "index.html", "archive/2026/03/index.html" })
        {
            var main = site.Page(list).QuerySelector("main")!;
            Assert.Contains(main.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/news/articles/fresh/");
            Assert.DoesNotContain(main.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/news/about/");
        }
    }

    [Fact]
    public void An_edited_page_is_rendered_again_with_every_footer_when_its_title_changes_and_alone_when_its_body_does()
    {
        using var temp = new TempDirectory();
        var cache = new RenderCache();
        BuildResult Build(Page page) => SiteBuilder.Build(Articles, [], new BuildOptions { OutputDirectory = temp.Combine("_site"), Now = Now, Pages = [page] }, cache);
        var first = Build(About);
        Assert.True(first.Succeeded, string.Join("\n", first.Problems));
        Assert.Equal(0, Build(About).PagesRendered);

        var body = Build(new Page(About.SourcePath, About.Slug, About.Url, About.Title, About.Description, About.Format, null, "We moved."));

        Assert.Equal(1, body.PagesRendered);
        Assert.Contains("We moved.", File.ReadAllText(temp.Combine("_site", "about", "index.html")));
        var retitled = Build(new Page(About.SourcePath, About.Slug, About.Url, "Who we are", About.Description, About.Format, null, "We moved."));
        // The footer of every page with the layout links it by its title.
        Assert.True(retitled.PagesRendered >= first.Pages, $"{retitled.PagesRendered} rendered of {first.Pages} pages");
        Assert.Contains(">Who we are</a>", File.ReadAllText(temp.Combine("_site", "index.html")));
    }

    [Fact]
    public void A_page_at_the_site_s_own_url_is_left_out_and_a_masthead_naming_no_page_is_a_warning()
    {
        var search = new Page("seeds/pages/search.md", "search", "search/", "Search us", "", ArticleFormat.Markdown, null, "Mine.");
        using var site = new RenderedSite(Articles, config: "masthead: pages/missing.md\n", baseUrl: BaseUrl, now: Now, pages: [search]);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Contains(site.Problems, p => p.StartsWith("seeds/pages/search.md: warning SNS0016:", StringComparison.Ordinal));
        // At the setting's value in staticnews.yml.
        Assert.Contains(site.Problems, p => p.StartsWith("staticnews.yml(1,11): warning SNS0027: masthead: 'pages/missing.md'", StringComparison.Ordinal));
        Assert.DoesNotContain("Search us", site.Read("search/index.html"));
        Assert.Null(site.Page("index.html").QuerySelector(".footer-links"));
    }

    [Fact]
    public void A_page_in_a_folder_where_the_site_writes_a_file_is_left_out_and_the_site_builds()
    {
        var feed = new Page("seeds/pages/feed.md", "feed", "feed.xml/", "Our feed", "", ArticleFormat.Markdown, null, "Mine.");
        using var site = new RenderedSite(Articles, baseUrl: BaseUrl, now: Now, pages: [feed]);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        var warning = Assert.Single(site.Problems);
        Assert.StartsWith("seeds/pages/feed.md: warning SNS0016: the page's URL '/feed.xml/' is the site's own page or file (feed.xml)", warning, StringComparison.Ordinal);
        Assert.StartsWith("<?xml", site.Read("feed.xml"), StringComparison.Ordinal);
    }
}
