using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

public sealed class FrontPageTests
{
    private static TestArticle Dated(int day) =>
        new($"story-{day:00}", $"Story {day:00}", $"Standfirst {day:00}", published: new DateTimeOffset(2025, 1, day, 12, 0, 0, TimeSpan.Zero), paragraphs: ["Body."]);

    [Fact]
    public void The_first_article_leads_and_the_next_ones_follow_up_to_the_page_size()
    {
        var articles = Enumerable.Range(1, 10).Reverse().Select(Dated).ToList();
        using var site = new RenderedSite(articles, config: "page_size: 4\n");

        var page = site.Page("index.html");
        Assert.Equal("Story 10", page.QuerySelector(".lead-headline")!.TextContent);
        Assert.Equal("/articles/story-10/", page.QuerySelector(".lead-headline a")!.GetAttribute("href"));
        Assert.Equal(["Story 09", "Story 08", "Story 07"],
            page.QuerySelectorAll(".story-headline").Select(h => h.TextContent));
        Assert.Equal(["Standfirst 09", "Standfirst 08", "Standfirst 07"],
            page.QuerySelectorAll(".story .standfirst").Select(h => h.TextContent));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public void The_article_lead_names_leads_whatever_its_date_and_the_others_follow_newest_first()
    {
        var articles = Enumerable.Range(1, 10).Reverse().Select(Dated).ToList();
        using var site = new RenderedSite(articles, config: "page_size: 4\nlead: story-03\n");

        var page = site.Page("index.html");
        Assert.Equal("Story 03", page.QuerySelector(".lead-headline")!.TextContent);
        Assert.Equal(["Story 10", "Story 09", "Story 08"], page.QuerySelectorAll(".story-headline").Select(h => h.TextContent));
        // Every article is listed once across the pages, the lead on the first.
        var listed = new[] { "page/2/index.html", "page/3/index.html" }
            .SelectMany(p => site.Page(p).QuerySelectorAll(".story-headline").Select(h => h.TextContent)).ToList();
        Assert.Equal(["Story 07", "Story 06", "Story 05", "Story 04", "Story 02", "Story 01"], listed);
    }

    [Theory]
    [InlineData("lead: no-such-story\n")]
    [InlineData("lead: ''\n")]
    public void A_lead_that_names_no_published_article_leaves_the_newest_leading(string config)
    {
        var articles = Enumerable.Range(1, 5).Reverse().Select(Dated).ToList();
        using var site = new RenderedSite(articles, config: config);

        Assert.Equal("Story 05", site.Page("index.html").QuerySelector(".lead-headline")!.TextContent);
    }

    [Fact]
    public void Older_stories_are_paginated_with_next_and_previous_links()
    {
        var articles = Enumerable.Range(1, 10).Reverse().Select(Dated).ToList();
        using var site = new RenderedSite(articles, config: "page_size: 4\n");

        Assert.Equal("/page/2/", site.Page("index.html").QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        var second = site.Page("page/2/index.html");
        Assert.Equal(["Story 06", "Story 05", "Story 04", "Story 03"], second.QuerySelectorAll(".story-headline").Select(h => h.TextContent));
        Assert.Equal("/", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/page/3/", second.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        var last = site.Page("page/3/index.html");
        Assert.Equal(["Story 02", "Story 01"], last.QuerySelectorAll(".story-headline").Select(h => h.TextContent));
        Assert.Null(last.QuerySelector(".pagination a[rel=next]"));
        Assert.False(File.Exists(Path.Combine(site.Output, "page", "4", "index.html")));
    }

    [Fact]
    public void An_empty_site_still_has_a_front_page_and_a_404_page()
    {
        using var site = new RenderedSite([]);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Contains("No articles yet", site.Page("index.html").Body!.TextContent);
        Assert.Equal("Page not found", site.Page("404.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_404_page_uses_root_relative_links_under_the_base_path()
    {
        using var site = new RenderedSite([Dated(1)], baseUrl: "https://example.github.io/StaticNews/");

        var page = site.Page("404.html");
        Assert.Equal("/StaticNews/assets/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')),
            href => Assert.StartsWith("/StaticNews/", href));
    }

    [Fact]
    public void GitHub_Pages_files_and_the_stylesheet_are_written()
    {
        using var site = new RenderedSite([Dated(1)]);

        Assert.True(File.Exists(Path.Combine(site.Output, ".nojekyll")));
        Assert.Contains("prefers-color-scheme: dark", site.Read("assets/site.css"));
    }
}
