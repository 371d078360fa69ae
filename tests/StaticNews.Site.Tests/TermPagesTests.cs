using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>Tag, author and archive pages, bylines, related links, languages and Markdown bodies.</summary>
public sealed class TermPagesTests
{
    private static readonly TestArticle[] Articles =
    [
        new("vote", "Parliament votes", "The budget.", published: new DateTimeOffset(2025, 4, 2, 10, 0, 0, TimeSpan.FromHours(4)),
            authors: ["Ani Hovhannisyan", "Sona Ghazaryan"], tags: ["Politics", "Budget"], related: ["march-talks"],
            markdown: "# A heading\n\nSome *emphasis*, [a safe link](https://example.org/x), [a bad one](javascript:alert(1)), [site](/about/) and <script>alert(2)</script>.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
        new("march-talks", "Talks in March", "Ministers met.", published: new DateTimeOffset(2025, 3, 20, 9, 0, 0, TimeSpan.FromHours(3)),
            authors: ["Ani Hovhannisyan"], tags: ["politics"], language: "ar", paragraphs: ["نص."]),
        new("undated", "An undated note", "No date.", paragraphs: ["Body."]),
    ];

    [Fact]
    public void Tags_authors_and_the_archive_have_index_and_list_pages()
    {
        using var site = new RenderedSite(Articles, config: "authors:\n  Ani Hovhannisyan:\n    bio: Covers parliament.\n    url: https://example.org/ani\n");
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        Assert.Equal(["Budget", "Politics"], site.Page("tags/index.html").QuerySelectorAll(".term-list a").Select(a => a.TextContent));
        Assert.Equal(["Parliament votes", "Talks in March"], site.Page("tags/politics/index.html").QuerySelectorAll(".story-headline").Select(h => h.TextContent));

        var ani = site.Page("authors/ani-hovhannisyan/index.html");
        Assert.Equal("Ani Hovhannisyan", ani.QuerySelector("h1")!.TextContent);
        Assert.Contains("Covers parliament.", ani.QuerySelector(".author-profile")!.TextContent);
        Assert.Equal(2, ani.QuerySelectorAll(".story").Length);

        Assert.Equal(["April 2025", "March 2025", "Undated"], site.Page("archive/index.html").QuerySelectorAll(".term-list a").Select(a => a.TextContent));
        Assert.Equal(["Parliament votes"], site.Page("archive/2025/04/index.html").QuerySelectorAll(".story-headline").Select(h => h.TextContent));
        Assert.Equal(["An undated note"], site.Page("archive/undated/index.html").QuerySelectorAll(".story-headline").Select(h => h.TextContent));
    }

    [Fact]
    public void An_article_shows_its_byline_tags_related_and_language()
    {
        using var site = new RenderedSite(Articles);

        var vote = site.Page("articles/vote/index.html");
        Assert.Equal(["/authors/ani-hovhannisyan/", "/authors/sona-ghazaryan/"], vote.QuerySelectorAll(".byline a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["Politics", "Budget"], vote.QuerySelectorAll("a[rel=tag]").Select(a => a.TextContent));
        Assert.Equal("/articles/march-talks/", vote.QuerySelector(".related a")!.GetAttribute("href"));

        var arabic = site.Page("articles/march-talks/index.html");
        Assert.Equal("ar", arabic.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", arabic.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ltr", vote.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public void A_markdown_body_becomes_safe_html_under_the_page_heading()
    {
        using var site = new RenderedSite(Articles, baseUrl: "https://example.github.io/StaticNews/");

        var body = site.Page("articles/vote/index.html").QuerySelector(".article-body")!;
        Assert.Equal("A heading", body.QuerySelector("h2")!.TextContent);
        Assert.Null(body.QuerySelector("h1"));
        Assert.NotNull(body.QuerySelector("em"));
        Assert.NotNull(body.QuerySelector("table td"));
        Assert.Equal(["https://example.org/x", "/StaticNews/about/"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!));
        Assert.Contains("a bad one", body.TextContent);
        Assert.Empty(body.QuerySelectorAll("script"));
        // Raw HTML passes through the allow-list: a script is removed with its code, never shown as text.
        Assert.DoesNotContain("alert(2)", body.TextContent);
        Assert.DoesNotContain("<script", body.TextContent);
    }
}
