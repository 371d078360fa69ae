using System.Diagnostics;
using System.Globalization;
using StaticNews.Content;
using StaticNews.Site;

namespace StaticNews.Benchmarks;

/// <summary>
/// A quick stopwatch profile of the render (not a benchmark), under the temp folder and /dev/shm: into a fresh
/// folder, again over it with nothing changed, again with one article edited, and the delete of the output.
/// </summary>
internal static class RenderBreakdown
{
    public static void Run(int articles)
    {
        var benchmark = new RenderBenchmarks { Articles = articles, Site = "unchanged" };
        var clock = Stopwatch.StartNew();
        benchmark.Setup();
        Report($"setup: {articles} articles made, first render into a fresh folder", clock.Elapsed);
        foreach (var root in new[] { Path.GetTempPath(), "/dev/shm" }.Where(Directory.Exists))
        {
            var options = RenderBenchmarks.Options(Path.Combine(root, "staticnews-render-breakdown-" + Environment.ProcessId));
            Render(benchmark.ArticleList, $"into a fresh folder under {root}");
            Render(benchmark.ArticleList, $"again over it under {root}, nothing changed");
            Render(benchmark.EditedArticleList, $"again over it under {root}, one article edited");
            Render(benchmark.ArticleList, $"again over it under {root}, the edit undone");
            clock.Restart();
            Directory.Delete(options.OutputDirectory, recursive: true);
            Report($"delete the output folder under {root}", clock.Elapsed);

            void Render(IReadOnlyList<Article> list, string what)
            {
                clock.Restart();
                var result = SiteBuilder.Build(list, benchmark.TagList, options);
                Report($"render {what}: {result.Pages} pages, {result.OtherFiles} other files; {result.FilesWritten} files written, {result.EntriesRemoved} removed", clock.Elapsed);
            }
        }
        benchmark.Cleanup();
    }

    private static void Report(string what, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds,10:F1} ms  {what}"));
}
