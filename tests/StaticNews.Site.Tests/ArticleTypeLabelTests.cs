using System.Text.Json;
using StaticNews.Content;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// <c>type:</c> on the built pages: an opinion, analysis or review carries a visible label, in the page's language, on its
/// page and wherever it is listed, and its JSON-LD is OpinionNewsArticle, AnalysisNewsArticle or ReviewNewsArticle; news
/// has no label and stays NewsArticle.
/// </summary>
public sealed class ArticleTypeLabelTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static Article[] Articles() =>
    [
        new NewsArticle("opinion", "We should vote", Day.AddHours(4), type: ArticleType.Opinion),
        new NewsArticle("analysis", "What the vote means", Day.AddHours(3), type: ArticleType.Analysis),
        new NewsArticle("review", "A play about a vote", Day.AddHours(2), type: ArticleType.Review),
        new NewsArticle("news", "The vote is on Monday", Day.AddHours(1)),
    ];

    private static string JsonLdType(RenderedSite site, string slug) =>
        JsonDocument.Parse(site.Page($"articles/{slug}/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent)
            .RootElement.GetProperty("@type").GetString()!;

    private static string? Label(RenderedSite site, string slug) =>
        site.Page($"articles/{slug}/index.html").QuerySelector(".article-header .article-type")?.TextContent;

    [Fact]
    public void Each_type_has_its_label_and_its_schema_org_type()
    {
        using var site = new RenderedSite(Articles());
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        Assert.Equal(("Opinion", "OpinionNewsArticle"), (Label(site, "opinion"), JsonLdType(site, "opinion")));
        Assert.Equal(("Analysis", "AnalysisNewsArticle"), (Label(site, "analysis"), JsonLdType(site, "analysis")));
        Assert.Equal(("Review", "ReviewNewsArticle"), (Label(site, "review"), JsonLdType(site, "review")));
        Assert.Equal((null, "NewsArticle"), (Label(site, "news"), JsonLdType(site, "news")));
    }

    [Fact]
    public void Lists_label_each_item_that_is_not_news()
    {
        using var site = new RenderedSite(Articles());

        var front = site.Page("index.html");
        // The newest (the opinion) leads the front page; the others are its latest stories.
        Assert.Equal("Opinion", front.QuerySelector(".lead-story .article-type")!.TextContent);
        var items = front.QuerySelectorAll(".story-list .story")
            .Select(item => (item.QuerySelector(".story-headline a")!.TextContent, item.QuerySelector(".article-type")?.TextContent))
            .ToList();
        Assert.Equal([("What the vote means", "Analysis"), ("A play about a vote", "Review"), ("The vote is on Monday", (string?)null)], items);
        var archive = site.Page("archive/2026/03/index.html").QuerySelectorAll(".story")
            .Select(item => item.QuerySelector(".article-type")?.TextContent).ToList();
        Assert.Equal(["Opinion", "Analysis", "Review", null], archive);
    }

    [Theory]
    [InlineData("hy", "Կարծիք", "Վերլուծություն", "Գրախոսություն")]
    [InlineData("ru", "Мнение", "Анализ", "Рецензия")]
    [InlineData("ka", "მოსაზრება", "ანალიზი", "რეცენზია")]
    public void The_label_is_in_the_page_language(string language, string opinion, string analysis, string review)
    {
        using var site = new RenderedSite(Articles(), config: $"title: The Daily\nlanguage: {language}\n");

        Assert.Equal([opinion, analysis, review], new[] { "opinion", "analysis", "review" }.Select(slug => Label(site, slug)));
    }
}
