using System.Xml.Linq;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// An article published at its own URL, and its old URLs as redirect pages: a minimal page that refreshes to the
/// article's absolute URL, names it canonical, links it, and asks not to be indexed; listed in no sitemap, feed or list.
/// An old URL that is a page of the site, or an article URL that is, is a warning naming the document, and the site's
/// page stays.
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
            Assert.Null(page.QuerySelector("[data-pagefind-body]"));
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
        Assert.All(site.Result.Problems, problem => Assert.StartsWith("test/moved.txt: warning SNS0015: the old URL '/", problem, StringComparison.Ordinal));
        Assert.Null(site.Page("archive/index.html").QuerySelector("meta[http-equiv=refresh]"));
        Assert.Equal("Other story", site.Page("articles/other/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("<?xml", site.Read("feed.xml"), StringComparison.Ordinal);
        Assert.NotNull(site.Page("fine/index.html").QuerySelector("meta[http-equiv=refresh]"));
    }

    [Fact]
    public void An_article_whose_url_is_a_page_of_the_site_is_left_out_with_a_warning()
    {
        using var site = new RenderedSite(
        [
            new TestArticle("squatter", "Squatter", published: Day, url: "search/", paragraphs: ["Body."]),
            new TestArticle("other", "Other story", published: Day.AddDays(-1), paragraphs: ["Body."]),
        ], Config);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        var warning = Assert.Single(site.Result.Problems);
        Assert.StartsWith("test/squatter.txt: warning SNS0016: the article's URL '/search/'", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Squatter", site.Read("search/index.html"), StringComparison.Ordinal);
    }
}
