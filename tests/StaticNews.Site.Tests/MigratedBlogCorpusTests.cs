using System.Globalization;
using AngleSharp.Html.Parser;
using StaticNews.Content;
using StaticNews.Site.Live;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// tests/Fixtures/MigratedBlogs: 55 posts as Hugo (TOML and YAML, page bundles, slugs, url, aliases), Jekyll (dated file
/// names, dates with offsets, redirect_from, permalink, Liquid), Zola (path, [taxonomies], [extra]) and a Go-style YAML
/// blog (by:, summary:, template calls) write them, with shortcodes and raw HTML, and a Jekyll document that only
/// redirects to another host; expected.tsv says what each must keep
/// (make_fixtures.py writes both). Built with the generator's own parsing, at least 98% keep title, date, byline,
/// standfirst (where given) and URL, and no page shows a reader raw markup.
/// </summary>
public sealed class MigratedBlogCorpusTests
{
    private static readonly string Root = Path.Combine(RepoPaths.Root, "tests", "Fixtures", "MigratedBlogs");

    private sealed record Expected(string Path, string Title, string Published, string[] Authors, string Standfirst, string Url);

    private static List<Expected> ReadExpected() =>
        File.ReadAllLines(Path.Combine(Root, "expected.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => new Expected(f[0], f[1], f[2], f[3].Split('|', StringSplitOptions.RemoveEmptyEntries), f[4], f[5]))
            .ToList();

    private static string? Mismatch(Expected expected, Article? article)
    {
        if (article is null)
        {
            return "no article";
        }
        var published = article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var problems = new List<string>();
        if (article.Title != expected.Title) problems.Add($"title '{article.Title}'");
        if (published != expected.Published) problems.Add($"date '{published}'");
        if (!article.Authors.SequenceEqual(expected.Authors)) problems.Add($"byline '{string.Join("|", article.Authors)}'");
        if (expected.Standfirst.Length > 0 && article.Standfirst != expected.Standfirst) problems.Add($"standfirst '{article.Standfirst}'");
        if (article.Url != expected.Url) problems.Add($"url '{article.Url}'");
        return problems.Count == 0 ? null : string.Join(", ", problems);
    }

    [Fact]
    public void At_least_98_percent_of_the_posts_keep_their_metadata_and_url_and_no_page_shows_raw_markup()
    {
        var expected = ReadExpected();
        Assert.True(expected.Count >= 50, $"the corpus has {expected.Count} posts");
        var live = new LiveContent(Root);
        var bySource = live.Articles.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
        Assert.Equal(expected.Count, live.Articles.Count);

        var mismatches = expected
            .Select(e => (e.Path, Problem: Mismatch(e, bySource.GetValueOrDefault("posts/" + e.Path))))
            .Where(m => m.Problem is not null)
            .ToList();
        Assert.True(mismatches.Count * 100 <= expected.Count * 2,
            $"{mismatches.Count} of {expected.Count} posts lost something:\n" + string.Join("\n", mismatches.Select(m => $"{m.Path}: {m.Problem}")));
        // Nothing about URLs is wrong in the corpus: no path or old URL is reported.
        Assert.DoesNotContain(live.AllDiagnostics, d => d.Id is "SN0035" or "SN0036" or "SN0037" or "SN0038");

        using var site = new RenderedSite(live.Articles, File.ReadAllText(Path.Combine(Root, "staticnews.yml")), redirects: live.Redirects);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        var parser = new HtmlParser();
        foreach (var article in live.Articles)
        {
            var page = parser.ParseDocument(site.Read(Path.Combine(article.Url, "index.html")));
            // What another generator would have run is shown as written, in code; outside code, a reader sees no
            // shortcode, Liquid tag or template call, and no escaped HTML tag.
            foreach (var code in page.QuerySelectorAll("pre, code, script").ToList())
            {
                code.Remove();
            }
            var body = page.QuerySelector("main")!;
            foreach (var raw in new[] { "{{<", "{{%", "{%", "{{ ", "%}", ">}}" })
            {
                Assert.False(body.TextContent.Contains(raw, StringComparison.Ordinal), $"{article.SourcePath} shows '{raw}' outside code");
            }
            Assert.False(body.InnerHtml.Contains("&lt;", StringComparison.Ordinal), $"{article.SourcePath} shows an escaped tag: {body.InnerHtml}");
        }
        // Old URLs of every convention are redirect pages.
        foreach (var alias in new[] { "old/hugo/0/index.html", "p/0.html", "2013/05/01/election/index.html", "j/21/index.html", "zola-old/35/index.html" })
        {
            Assert.Contains("http-equiv=\"refresh\"", site.Read(alias), StringComparison.Ordinal);
        }
        // A post that moved to another host keeps its URL, as a redirect page there.
        Assert.Equal("https://medium.com/@parker/moved-to-medium-1a2b",
            site.Page("articles/moved-to-medium/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
