using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>Every internal link, asset and fragment resolves, at the domain root and under a project base path.</summary>
public sealed class LinkTests
{
    private static List<TestArticle> Articles() =>
        Enumerable.Range(1, 7).Reverse().Select(day => new TestArticle(
            $"story-{day}", $"Story {day}", $"Standfirst {day}",
            editorsNote: day == 3 ? "Updated." : null,
            published: new DateTimeOffset(2025, 2, day, 10, 0, 0, TimeSpan.FromHours(4)),
            paragraphs: ["One.", "Two."])).ToList();

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("https://example.github.io/StaticNews/")]
    public void No_internal_link_is_broken(string baseUrl)
    {
        using var site = new RenderedSite(Articles(), config: "page_size: 3\n", baseUrl: baseUrl);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        Assert.Empty(LinkChecker.BrokenLinks(site.Output, baseUrl));
    }

    [Fact]
    public void The_checker_finds_a_broken_link()
    {
        using var site = new RenderedSite(Articles(), baseUrl: "https://example.org/");
        Directory.Delete(Path.Combine(site.Output, "articles", "story-2"), recursive: true);

        var broken = LinkChecker.BrokenLinks(site.Output, "https://example.org/");

        Assert.Contains(broken, b => b.Contains("/articles/story-2/") && b.Contains("no file"));
    }

    [Fact]
    public void Under_a_base_path_every_root_relative_link_carries_it()
    {
        using var site = new RenderedSite(Articles(), baseUrl: "https://example.github.io/StaticNews/");

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            var hrefs = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!).Where(h => h.StartsWith('/'));
            Assert.All(hrefs, href => Assert.StartsWith("/StaticNews/", href));
        }
    }
}
