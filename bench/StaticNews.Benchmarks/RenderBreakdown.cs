using System.Diagnostics;
using System.Globalization;
using StaticNews.Site;

namespace StaticNews.Benchmarks;

/// <summary>A quick stopwatch profile of the render (not a benchmark): into a fresh folder, again over it, and the delete.</summary>
internal static class RenderBreakdown
{
    public static void Run(int articles)
    {
        var benchmark = new RenderBenchmarks { Articles = articles };
        var clock = Stopwatch.StartNew();
        benchmark.Setup();
        Report($"setup: {articles} articles made, first render into a fresh folder", clock.Elapsed);
        foreach (var root in new[] { Path.GetTempPath(), "/dev/shm" }.Where(Directory.Exists))
        {
            var options = RenderBenchmarks.Options(Path.Combine(root, "staticnews-render-breakdown-" + Environment.ProcessId));
            clock.Restart();
            var result = SiteBuilder.Build(benchmark.ArticleList, benchmark.TagList, options);
            Report($"render into a fresh folder under {root} ({result.Pages} pages, {result.OtherFiles} other files; its own clock {result.Elapsed.TotalMilliseconds:F0} ms)", clock.Elapsed);
            clock.Restart();
            SiteBuilder.Build(benchmark.ArticleList, benchmark.TagList, options);
            Report($"render again over the previous site under {root} (moves it aside and deletes it)", clock.Elapsed);
            clock.Restart();
            Directory.Delete(options.OutputDirectory, recursive: true);
            Report($"delete the output folder under {root}", clock.Elapsed);
        }
        benchmark.Cleanup();
    }

    private static void Report(string what, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds,10:F1} ms  {what}"));
}
