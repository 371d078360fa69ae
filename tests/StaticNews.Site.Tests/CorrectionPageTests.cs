using System.Text.Json;
using System.Xml.Linq;
using StaticNews.Content;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// <c>corrections:</c> on the built files: a dated corrections block on the page, in the page's language; JSON-LD
/// <c>correction</c> entries of type CorrectionComment; and the article's updated moment (dateModified, the page's
/// "Updated" line, the feeds' and the sitemap's) is the latest correction when that is later than <c>updated:</c>.
/// </summary>
public sealed class CorrectionPageTests
{
    private const string BaseUrl = "https://example.org/";

    private static readonly DateTimeOffset Published = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(4));

    private static readonly DateTimeOffset Updated = new(2026, 3, 11, 12, 0, 0, TimeSpan.FromHours(4));

    private static readonly Correction First = new(new DateTimeOffset(2026, 3, 11, 8, 0, 0, TimeSpan.FromHours(4)), "The minister's name was misspelt.");

    private static readonly Correction Latest = new(new DateTimeOffset(2026, 3, 12, 18, 30, 0, TimeSpan.FromHours(4)), "The vote was 61 to 40, not 60 to 41 & <final>.");

    private static Article[] Articles() =>
    [
        new NewsArticle("corrected", "The vote", Published, Updated, corrections: [First, Latest]),
        new NewsArticle("clean", "Another story", Published.AddHours(-1)),
    ];

    [Fact]
    public void The_page_shows_a_dated_corrections_block_and_updated_follows_the_latest_correction()
    {
        using var site = new RenderedSite(Articles(), baseUrl: BaseUrl);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        var page = site.Page("articles/corrected/index.html");
        var block = page.QuerySelector("aside.corrections")!;
        Assert.Equal("Corrections", block.QuerySelector("h2")!.TextContent);
        var items = block.QuerySelectorAll("li").ToList();
        Assert.Equal(["11 March 2026: The minister's name was misspelt.", "12 March 2026: The vote was 61 to 40, not 60 to 41 & <final>."],
            items.Select(li => li.TextContent));
        Assert.Equal(["2026-03-11T08:00:00+04:00", "2026-03-12T18:30:00+04:00"], items.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal("2026-03-12T18:30:00+04:00", page.QuerySelector(".updated time")!.GetAttribute("datetime"));
        Assert.Equal("2026-03-12T18:30:00+04:00", page.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));
        Assert.Null(site.Page("articles/clean/index.html").QuerySelector(".corrections"));
    }

    [Fact]
    public void Json_ld_has_a_correction_comment_for_each_and_date_modified_is_the_latest()
    {
        using var site = new RenderedSite(Articles(), baseUrl: BaseUrl);

        var json = JsonDocument.Parse(site.Page("articles/corrected/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        var corrections = json.GetProperty("correction").EnumerateArray().ToList();
        Assert.Equal(2, corrections.Count);
        Assert.All(corrections, c => Assert.Equal("CorrectionComment", c.GetProperty("@type").GetString()));
        Assert.Equal([First.Text, Latest.Text], corrections.Select(c => c.GetProperty("text").GetString()));
        Assert.Equal([First.Date, Latest.Date], corrections.Select(c => DateTimeOffset.Parse(c.GetProperty("datePublished").GetString()!)));
        Assert.Equal(Latest.Date, DateTimeOffset.Parse(json.GetProperty("dateModified").GetString()!));
        var clean = JsonDocument.Parse(site.Page("articles/clean/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.False(clean.TryGetProperty("correction", out _));
    }

    [Fact]
    public void Feeds_and_the_sitemap_give_the_latest_correction_as_updated()
    {
        using var site = new RenderedSite(Articles(), baseUrl: BaseUrl);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Load(Path.Combine(site.Output, "feed.xml")).Root!.Elements(atom + "entry")
            .Single(e => e.Element(atom + "id")!.Value == BaseUrl + "articles/corrected/");
        Assert.Equal(Latest.Date, DateTimeOffset.Parse(entry.Element(atom + "updated")!.Value));
        var item = JsonDocument.Parse(site.Read("feed.json")).RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("url").GetString() == BaseUrl + "articles/corrected/");
        Assert.Equal(Latest.Date, DateTimeOffset.Parse(item.GetProperty("date_modified").GetString()!));
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var url = XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Elements(sitemap + "url")
            .Single(u => u.Element(sitemap + "loc")!.Value == BaseUrl + "articles/corrected/");
        Assert.Equal(Latest.Date, DateTimeOffset.Parse(url.Element(sitemap + "lastmod")!.Value));
    }

    [Theory]
    [InlineData("hy", "Ուղղումներ", "12 մարտի 2026 թ.")]
    [InlineData("ru", "Исправления", "12")]
    [InlineData("ka", "შესწორებები", "12")]
    public void The_block_is_in_the_page_language(string language, string heading, string date)
    {
        using var site = new RenderedSite(Articles(), config: $"title: The Daily\nlanguage: {language}\n", baseUrl: BaseUrl);

        var block = site.Page("articles/corrected/index.html").QuerySelector("aside.corrections")!;
        Assert.Equal(heading, block.QuerySelector("h2")!.TextContent);
        var latest = block.QuerySelectorAll("li")[1].QuerySelector("time")!.TextContent;
        Assert.StartsWith(date, latest, StringComparison.Ordinal);
        Assert.DoesNotContain("March", latest, StringComparison.Ordinal);
    }
}
