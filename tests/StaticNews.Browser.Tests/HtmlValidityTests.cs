using System.Diagnostics;
using StaticNews.Browser.Tests.Infrastructure;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Browser.Tests;

/// <summary>
/// html-validate (npm, pinned to 10.9.0 in package.json: the 11.x line needs Node 22) over every HTML page of the
/// built site, at / and under /StaticNews/, with the repository's .htmlvalidate.json. That config is
/// html-validate:recommended with one rule relaxed:
/// <list type="bullet">
/// <item><c>long-title</c> (titles over 70 characters): an article's title is its headline plus " · " and the site's
/// name, and news headlines are often longer. The limit is search-engine advice about truncation in results, not an
/// HTML or accessibility requirement, and shortening would cut the content itself.</item>
/// </list>
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class HtmlValidityTests(BuiltSite site)
{
    [NodeFact]
    public void Every_page_of_the_built_site_passes_html_validate()
    {
        var validator = HtmlValidate.Script;

        var pages = new[] { site.RootSite, site.BasePathSite }
            .SelectMany(root => Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        // At least, per site: the front page and its two older pages, every article, 404, search and the page of pages/.
        foreach (var root in new[] { site.RootSite, site.BasePathSite })
        {
            var required = new[] { "index.html", "page/2/index.html", "page/3/index.html", "404.html", "search/index.html", BuiltSite.AboutPage + "index.html" }
                .Concat(BuiltSite.ArticleSlugs.Select(slug => $"articles/{slug}/index.html"));
            foreach (var page in required)
            {
                Assert.Contains(Path.Combine(root, page), pages);
            }
        }

        var (exitCode, output) = Run("node", [validator, "--config", Path.Combine(RepoPaths.Root, ".htmlvalidate.json"), "--formatter", "text", .. pages]);

        Assert.True(exitCode == 0, $"html-validate found problems (exit code {exitCode}):\n{output}");
    }

    private static (int ExitCode, string Output) Run(string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("html-validate did not finish in 2 minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
