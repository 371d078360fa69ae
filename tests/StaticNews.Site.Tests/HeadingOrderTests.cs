using AngleSharp.Html.Parser;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>No page skips a heading level (an h3 straight after the h1 is what the W3C checker reported on archive/undated/).</summary>
public sealed class HeadingOrderTests
{
    private static readonly TestArticle[] Articles =
    [
        new("dated", "A dated story", published: new DateTimeOffset(2025, 4, 2, 10, 0, 0, TimeSpan.Zero), authors: ["Ani Hovhannisyan"], tags: ["Politics"],
            related: ["undated"], markdown: "Intro.\n\n### Deep first\n\nText.\n\n# Top\n\n#### Deeper\n\n###### Deepest\n\n## Back up\n"),
        new("second", "A second story", published: new DateTimeOffset(2025, 3, 2, 10, 0, 0, TimeSpan.Zero), authors: ["Sona Ghazaryan"], tags: ["Budget"], paragraphs: ["Body."]),
        new("third", "A third story", published: new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.Zero), paragraphs: ["Body."]),
        new("undated", "An undated story", tags: ["Politics"], paragraphs: ["Body."]),
    ];

    [Fact]
    public void No_page_of_any_kind_skips_a_heading_level()
    {
        // Two articles a page, so the front page has older pages and a list spans pages.
        using var site = new RenderedSite(Articles, config: "page_size: 2\n");
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        // Every kind of page is here.
        Assert.Superset(new HashSet<string>
        {
            "index.html", "page/2/index.html", "articles/dated/index.html", "tags/index.html", "tags/politics/index.html",
            "authors/index.html", "authors/ani-hovhannisyan/index.html", "archive/index.html", "archive/2025/03/index.html",
            "archive/undated/index.html", "404.html", "search/index.html",
        }, pages.ToHashSet());

        var skips = new List<string>();
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var levels = parser.ParseDocument(site.Read(page)).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            if (levels.Count == 0 || levels[0] != 1)
            {
                skips.Add($"{page}: begins with {(levels.Count == 0 ? "no heading" : "h" + levels[0])}, not h1");
            }
            for (var i = 1; i < levels.Count; i++)
            {
                if (levels[i] > levels[i - 1] + 1)
                {
                    skips.Add($"{page}: h{levels[i]} follows h{levels[i - 1]}");
                }
            }
        }
        Assert.Empty(skips);
    }
}
