using System.Xml.Linq;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Pages;
using StaticNews.Site.Search;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Views;

namespace StaticNews.Site.Tests;

/// <summary>
/// An article published at its own URL, and its old URLs as redirect pages: a minimal page that refreshes to the
/// article's absolute URL, names it canonical, links it, and asks not to be indexed; listed in no sitemap, feed or list.
/// An old URL that is a page of the site, or an article URL that is, is a warning naming the document, and the site's
/// page stays. A document that moved to another site (<c>Articles.Redirects</c>) gets the same page at its URL, leading
/// there; only an http(s) URL can be such a target, and it reaches the page escaped.
/// </summary>
public sealed class RedirectPageTests
{
    private const string Config = "title: The Daily\nbase_url: https://example.org/news/\nbase_path: /news/\n";

    private static readonly DateTimeOffset Day = new(2024, 4, 9, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Old_urls_become_redirect_pages_to_the_article_and_nothing_lists_them()
    {
        using var site = new RenderedSite(
        [
            new TestArticle("moved", "Moved story", published: Day, url: "2024/04/moved/", aliases: ["old/post/", "legacy.html"], paragraphs: ["Body."]),
            new TestArticle("other", "Other story", published: Day.AddDays(-1), paragraphs: ["Body."]),
        ], Config);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Empty(site.Result.Problems);
        Assert.True(File.Exists(Path.Combine(site.Output, "2024", "04", "moved", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "articles", "moved")));
        Assert.Contains("href=\"/news/2024/04/moved/\"", site.Read("index.html"), StringComparison.Ordinal);

        foreach (var file in new[] { "old/post/index.html", "legacy.html" })
        {
            var page = site.Page(file);
            const string target = "https://example.org/news/2024/04/moved/";
            Assert.Equal("0; url=" + target, page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal(target, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Equal(target, page.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal("Moved story", page.QuerySelector("a")!.TextContent);
        }

        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Value;
        Assert.Contains("https://example.org/news/2024/04/moved/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("old/post", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("legacy.html", sitemap, StringComparison.Ordinal);
        var feed = site.Read("feed.xml");
        Assert.Contains("https://example.org/news/2024/04/moved/", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("old/post", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("old/post", site.Read("archive/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_url_that_is_a_page_of_the_site_is_a_warning_and_the_page_stays()
    {
        using var site = new RenderedSite(
        [
            new TestArticle("moved", "Moved story", published: Day, aliases: ["archive/", "articles/other/", "feed.xml", "fine/"], paragraphs: ["Body."]),
            new TestArticle("other", "Other story", published: Day.AddDays(-1), paragraphs: ["Body."]),
        ], Config);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Equal(3, site.Result.Problems.Count);
        Assert.All(site.Problems, problem => Assert.StartsWith("test/moved.txt: warning SNS0015: the old URL '/", problem, StringComparison.Ordinal));
        Assert.Null(site.Page("archive/index.html").QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal("Other story", site.Page("articles/other/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("<?xml", site.Read("feed.xml"), StringComparison.Ordinal);
        Assert.NotNull(site.Page("fine/index.html").QuerySelector("meta[http-equiv=refresh]"));
    }

    [Theory]
    [InlineData("search/", "search/index.html", "search/index.html")]
    [InlineData("Archive/", "archive/index.html", "archive/index.html")] // a file system that ignores case has one file for both
    [InlineData("tags/politics/", "tags/politics/index.html", "tags/politics/index.html")]
    [InlineData("feed.xml", "feed.xml", "feed.xml")]                     // a file the site writes beside its pages
    [InlineData("feed.xml/", "feed.xml", "feed.xml")]                    // a folder where the site writes a file: the build failed
    [InlineData("sitemap.xml/", "sitemap.xml", "sitemap.xml")]
    [InlineData("tags/", "tags/index.html", "tags/index.html")]
    [InlineData("assets/site.css/", "assets/site.css", "assets/")]        // inside the folders the site fills itself
    [InlineData("images/photo/", null, "images/")]
    [InlineData("search-index/", null, "search-index/")]
    public void An_article_whose_url_is_a_page_or_file_of_the_site_is_left_out_with_a_warning(string url, string? file, string taken)
    {
        using var site = new RenderedSite(
        [
            new TestArticle("squatter", "Squatter", published: Day, url: url, aliases: ["old/squatter/"], paragraphs: ["Body."]),
            new TestArticle("other", "Other story", published: Day.AddDays(-1), tags: ["Politics"], paragraphs: ["Body."]),
        ], Config, search: true);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        var warning = Assert.Single(site.Problems);
        Assert.False(File.Exists(Path.Combine(site.Output, "old", "squatter", "index.html")));
        Assert.StartsWith($"test/squatter.txt: warning SNS0016: the article's URL '/{url}' is the site's own page or file ({taken})", warning, StringComparison.Ordinal);
        if (file is not null)
        {
            Assert.DoesNotContain("<h1 class=\"headline\">Squatter</h1>", site.Read(file), StringComparison.Ordinal);
        }
        // It has no page, so nothing links it: no list, feed, sitemap, search result or redirect from its old URL names it.
        Assert.Contains("Other story", site.Read("index.html"), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(path => File.ReadAllText(path).Contains("Squatter", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(site.Output, path)));
    }

    [Theory]
    [InlineData("searching/")]
    [InlineData("feeds/feed.xml/")]
    [InlineData("tags/politics-and-more/")]
    [InlineData("assets-and-more/")]
    public void An_article_beside_the_sites_own_pages_keeps_its_url(string url)
    {
        using var site = new RenderedSite(
        [
            new TestArticle("neighbour", "Neighbour", published: Day, url: url, paragraphs: ["Body."]),
            new TestArticle("other", "Other story", published: Day.AddDays(-1), tags: ["Politics"], paragraphs: ["Body."]),
        ], Config, search: true);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Empty(site.Result.Problems);
        Assert.Equal("Neighbour", site.Page(url + "index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void An_old_url_where_the_site_writes_a_file_or_fills_a_folder_is_a_warning_and_the_site_builds()
    {
        using var site = new RenderedSite(
        [
            new TestArticle("moved", "Moved story", published: Day, aliases: ["feed.xml/", "robots.txt/", "assets/old/", "tags/politics/index.html/", "tags/politics", "kept/"], paragraphs: ["Body."]),
            new TestArticle("other", "Other story", published: Day.AddDays(-1), tags: ["Politics"], paragraphs: ["Body."]),
        ], Config, search: true);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Equal(
        [
            "test/moved.txt: warning SNS0015: the old URL '/feed.xml/' is a page or file of the site (feed.xml)",
            "test/moved.txt: warning SNS0015: the old URL '/robots.txt/' is a page or file of the site (robots.txt)",
            "test/moved.txt: warning SNS0015: the old URL '/assets/old/' is a page or file of the site (assets/)",
            "test/moved.txt: warning SNS0015: the old URL '/tags/politics/index.html/' is a page or file of the site (tags/politics/index.html)",
            "test/moved.txt: warning SNS0015: the old URL '/tags/politics' is a page or file of the site (tags/politics/)", // a file where the site has a folder
        ], site.Problems.Select(problem => problem[..problem.IndexOf(", so", StringComparison.Ordinal)]));
        Assert.StartsWith("<?xml", site.Read("feed.xml"), StringComparison.Ordinal);
        Assert.NotNull(site.Page("kept/index.html").QuerySelector("meta[http-equiv=refresh]"));
    }

    [Fact]
    public void A_document_that_moved_to_another_site_keeps_its_url_as_a_redirect_page_there_and_nothing_lists_it()
    {
        const string medium = "https://medium.com/@newsroom/gone-1a2b";
        const string untitled = "https://example.org/renamed";
        Redirect[] redirects = [new("news/2015-01-01-gone.md", "2015/gone/", medium, "Gone to Medium"), new("news/renamed.md", "old/renamed.html", untitled)];
        using var site = new RenderedSite(
        [
            new TestArticle("kept", "Kept story", published: Day, paragraphs: ["Body."]),
        ], Config, redirects: redirects);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Empty(site.Result.Problems);
        foreach (var (file, target, title) in new[] { ("2015/gone/index.html", medium, "Gone to Medium"), ("old/renamed.html", untitled, untitled) })
        {
            var page = site.Page(file);
            Assert.Equal("0; url=" + target, page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal(target, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Equal(target, Assert.Single(page.QuerySelectorAll("a")).GetAttribute("href"));
            Assert.Equal(title, page.QuerySelector("a")!.TextContent);
            Assert.Equal(title, page.Title);
        }

        var sitemap = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Value;
        var feed = site.Read("feed.xml");
        foreach (var (name, listing) in new[] { ("sitemap.xml", sitemap), ("feed.xml", feed), ("index.html", site.Read("index.html")), ("archive/index.html", site.Read("archive/index.html")) })
        {
            Assert.True(name.StartsWith("archive", StringComparison.Ordinal) || listing.Contains("articles/kept/", StringComparison.Ordinal), name + " does not list the article");
            foreach (var unlisted in new[] { "2015/gone", "renamed", "medium.com", "Gone to Medium" })
            {
                Assert.False(listing.Contains(unlisted, StringComparison.Ordinal), name + " lists " + unlisted);
            }
        }
        // The search index is made of the articles' records, which hold no redirect.
        var settings = new SiteSettings("The Daily", "", "en", "https://example.org/news/", "/news/", PageSize: 10);
        var view = new SiteView("The Daily", "", "en", "https://example.org/news/", "/news/", SearchEnabled: true);
        var content = new SiteContent(settings, view, [new TestArticle("kept", "Kept story", published: Day, paragraphs: ["Body."])], [], redirects: redirects);
        Assert.Equal(new[] { "/articles/kept/" }, SearchRecords.EntriesOf(content, new()).Select(entry => entry.Url));
    }

    [Fact]
    public void A_redirect_to_another_site_at_a_page_of_the_site_is_a_warning_and_the_page_stays()
    {
        using var site = new RenderedSite(
        [
            new TestArticle("kept", "Kept story", published: Day, aliases: ["old/kept/"], paragraphs: ["Body."]),
        ], Config, redirects: [new("news/squat.md", "archive/", "https://example.org/a"), new("news/alias.md", "old/kept/", "https://example.org/b")]);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Equal(2, site.Result.Problems.Count);
        Assert.StartsWith("news/squat.md: warning SNS0015: the document's URL '/archive/' is a page or file of the site (archive/index.html)", site.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("news/alias.md: warning SNS0015: the document's URL '/old/kept/'", site.Problems[1], StringComparison.Ordinal);
        Assert.Null(site.Page("archive/index.html").QuerySelector("meta[http-equiv=refresh]"));
        Assert.EndsWith("/news/articles/kept/", site.Page("old/kept/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)//https://example.org/")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("ftp://example.org/file")]
    [InlineData("//evil.example/")]
    [InlineData("/relative/")]
    [InlineData("https://example.org/\"><script>alert(1)</script>")]
    [InlineData("https://example.org/ onmouseover=alert(1)")]
    public void Only_an_http_url_can_be_a_redirect_target(string target)
    {
        var error = Assert.Throws<ArgumentException>(() => new Redirect("news/x.md", "x/", target));

        Assert.Contains("not an absolute http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside/")]
    [InlineData("/etc/")]
    [InlineData("a/../../b/")]
    [InlineData("x/<script>/")]
    public void A_redirect_is_made_only_within_the_site(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => new Redirect("news/x.md", path, "https://example.org/"));

        Assert.Contains("not a path within the site", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allowed_url_with_quotes_and_ampersands_reaches_the_page_escaped()
    {
        const string target = "https://example.org/a?x=1&y='2'#top";
        using var site = new RenderedSite([new TestArticle("kept", "Kept story", published: Day, paragraphs: ["Body."])], Config,
            redirects: [new("news/x.md", "x/", target, "Tom & Jerry's <b>new</b> home")]);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        var html = site.Read("x/index.html");
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("x=1&y", html, StringComparison.Ordinal);
        var page = site.Page("x/index.html");
        Assert.Equal("0; url=" + target, page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal(target, page.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Tom & Jerry's <b>new</b> home", page.QuerySelector("a")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("b"));
    }
}
