using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

public sealed class ArticlePageTests
{
    private static readonly TestArticle Seedlike = new(
        "armenia-and-russia", "Armenia and Russia", "Relations appear to be warming.",
        editorsNote: "This article has been updated.",
        published: new DateTimeOffset(2025, 4, 2, 9, 30, 0, TimeSpan.FromHours(4)),
        paragraphs: ["First paragraph.", "Second paragraph.", "Third paragraph."]);

    [Fact]
    public void Article_page_shows_headline_standfirst_note_and_every_paragraph()
    {
        using var site = new RenderedSite([Seedlike]);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        var page = site.Page("articles/armenia-and-russia/index.html");
        Assert.Equal("Armenia and Russia", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("Relations appear to be warming.", page.QuerySelector(".article-header .standfirst")!.TextContent);
        Assert.Contains("This article has been updated.", page.QuerySelector("aside.editors-note")!.TextContent);
        Assert.Equal(["First paragraph.", "Second paragraph.", "Third paragraph."],
            page.QuerySelectorAll(".article-body p").Select(p => p.TextContent));
        Assert.Equal("2025-04-02T09:30:00+04:00", page.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Article_page_has_landmarks_language_and_an_absolute_canonical_link()
    {
        using var site = new RenderedSite([Seedlike], config: "title: The Daily\nlanguage: hy\nbase_url: https://news.example/\n");

        var page = site.Page("articles/armenia-and-russia/index.html");
        Assert.Equal("hy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("https://news.example/articles/armenia-and-russia/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Equal("#main", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.Equal("Armenia and Russia · The Daily", page.Title);
    }

    [Fact]
    public void An_article_without_editors_note_has_no_note_box()
    {
        using var site = new RenderedSite([new TestArticle("plain", "Plain", paragraphs: ["Body."])]);

        Assert.Null(site.Page("articles/plain/index.html").QuerySelector(".editors-note"));
    }

    [Fact]
    public void A_two_megabyte_paragraph_is_written_whole()
    {
        var huge = string.Concat(Enumerable.Repeat("word ", 400_000)) + "END";
        using var site = new RenderedSite([new TestArticle("huge", "Huge", paragraphs: [huge])]);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        var paragraph = site.Page("articles/huge/index.html").QuerySelector(".article-body p")!.TextContent;
        Assert.Equal(huge.Length, paragraph.Length);
        Assert.EndsWith("END", paragraph);
    }
}
