using System.Diagnostics;
using System.Globalization;
using StaticNews.Site.Loading;
using StaticNews.Site.Pages;
using StaticNews.Site.Rendering;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Views;

namespace StaticNews.Benchmarks;

/// <summary>
/// What a page's fingerprint costs beside rendering the page (a stopwatch, not a benchmark): every page of the
/// benchmark corpus planned, then fingerprinted and rendered on one thread, each pass three times (the first warms
/// the JIT and the templates), and the renderer's version made once.
/// </summary>
internal static class FingerprintBreakdown
{
    public static void Run(int articles)
    {
        var sources = Corpus.Articles(articles).OrderByDescending(a => a.Date).ToList();
        var list = sources.Select(BenchArticle.From).ToList<StaticNews.Content.Article>();
        var options = RenderBenchmarks.Options(Path.Combine(Path.GetTempPath(), "unused"));
        var (settings, _) = SiteLoader.Load(options);
        var site = new SiteView(settings!.Title, settings.Description, settings.Language, settings.BaseUrl, settings.BasePath, SearchEnabled: false);
        var clock = Stopwatch.StartNew();
        var version = RendererVersion.Current;
        Report($"the renderer's version ({version.Length} bytes)", clock.Elapsed);
        clock.Restart();
        var jobs = SitePlan.Plan(new SiteContent(settings, site, list, []));
        Report($"plan: {jobs.Count} pages", clock.Elapsed);
        var templates = new TemplateCatalog(options.BuiltInTemplatesDirectory, options.TemplatesDirectory);
        clock.Restart();
        var digest = templates.Digest();
        Report("the templates' digest", clock.Elapsed);
        var renderer = new PageRenderer(templates, site);
        for (var round = 1; round <= 3; round++)
        {
            // A new instance each round: each article's digest is made once per build, as in a build.
            var fingerprints = new PageFingerprints(site, digest, version);
            clock.Restart();
            var unfingerprinted = jobs.Count(job => fingerprints.Of(job) is null);
            var fingerprinting = clock.Elapsed;
            clock.Restart();
            var characters = jobs.Sum(job => (long)renderer.Render(job).Length);
            var rendering = clock.Elapsed;
            Report($"round {round}: fingerprint every page ({unfingerprinted} without one)", fingerprinting);
            Report($"round {round}: render every page ({characters:N0} characters); fingerprints cost {fingerprinting / rendering:P1} of it", rendering);
        }
        // By kind of page, with each article's digest already made (as it is for all but the first page that shows it).
        var warm = new PageFingerprints(site, digest, version);
        foreach (var job in jobs)
        {
            warm.Of(job);
        }
        foreach (var kind in jobs.GroupBy(job => job.GetType().Name))
        {
            clock.Restart();
            foreach (var job in kind)
            {
                warm.Of(job);
            }
            Report($"fingerprint the {kind.Count()} pages of {kind.Key}, each article's digest made", clock.Elapsed);
        }
    }

    private static void Report(string what, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds,10:F1} ms  {what}"));
}
