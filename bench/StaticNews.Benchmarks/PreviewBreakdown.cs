using System.Diagnostics;
using System.Globalization;
using StaticNews.Site.Live;
using StaticNews.Site.Loading;

namespace StaticNews.Benchmarks;

/// <summary>
/// A stopwatch profile of the preview's update (not a benchmark, and not the measure, which is
/// bench/preview.sh): the content and render <c>serve</c> keeps, over a folder bench/preview.sh made, taking in a new
/// document dated now, then its deletion, again and again, with the front page open. The collector is handled as
/// <see cref="LivePreview"/> handles it (collected after each update, held off through the next), so the stages are
/// the update's own CPU; medians of each.
/// </summary>
internal static class PreviewBreakdown
{
    /// <summary>Half of them a new document, half its deletion; the first four are left out of the medians.</summary>
    private static readonly int Updates = int.TryParse(Environment.GetEnvironmentVariable("STATICNEWS_BREAKDOWN_UPDATES"), out var updates) ? updates : 40;

    public static void Run(int articles)
    {
        var root = Path.Combine(Path.GetTempPath(), "staticnews-bench", $"preview-staticnews-{articles}");
        if (!File.Exists(Path.Combine(root, "staticnews.yml")))
        {
            Console.Error.WriteLine($"{root} holds no preview site: run bench/preview.sh {articles} first");
            return;
        }
        var clock = Stopwatch.StartNew();
        var content = new LiveContent(root);
        var render = new LiveRender();
        var options = new BuildOptions
        {
            ConfigFile = Path.Combine(root, "staticnews.yml"),
            ContentRoot = root,
            BaseUrl = "http://127.0.0.1:5000/",
            Pages = content.Pages,
            BuiltInTemplatesDirectory = Path.Combine(root, "site", "templates"),
            AssetsDirectory = Path.Combine(root, "site", "assets"),
            Search = true,
        };
        var open = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        render.Render(content.Articles, content.Tags, options, content.Redirects, now: open);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start: {content.Articles.Count} articles read and the site planned in {clock.Elapsed.TotalSeconds:F2} s"));

        var stages = new Dictionary<string, List<double>>();
        var heldHeap = new List<long>();
        void Note(string stage, TimeSpan time) => (stages.TryGetValue(stage, out var list) ? list : stages[stage] = []).Add(time.TotalMilliseconds);
        for (var i = 0; i < Updates; i++)
        {
            // Update i writes story i / 2 (even i) or deletes it (odd i).
            var path = Path.Combine(content.DocumentsFolder, $"breakdown-new-{i / 2}.md");
            var edit = i % 2 == 0 ? "new" : "delete";
            if (edit == "new")
            {
                File.WriteAllText(path, $"---\ntitle: \"Breakdown story {i / 2} arrives\"\nstandfirst: \"A new story.\"\ndate: {DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssK}\n---\nIts body.\n");
            }
            else
            {
                File.Delete(path);
            }
            LivePreview.CollectThenHold();
            // What each update leaves after the preview's idle collection: flat, or the preview grows with every edit.
            heldHeap.Add(GC.GetTotalMemory(forceFullCollection: false));
            clock.Restart();
            content.Update([path]);
            var contentTime = clock.Elapsed;
            var result = render.Render(content.Articles, content.Tags, options, content.Redirects, now: open, settleLater: true);
            var total = clock.Elapsed;
            render.Settle();
            if (!result.Succeeded || content.LastUpdateCompiledAll || result.PagesRendered != 1)
            {
                Console.Error.WriteLine($"update {i} ({edit}): succeeded {result.Succeeded}, compiled all {content.LastUpdateCompiledAll}, open pages rendered {result.PagesRendered}");
            }
            if (i >= 4)
            {
                Note($"{edit}: content", contentTime);
                Note($"{edit}: model", result.PlanTime);
                Note($"{edit}: pages", result.RenderTime);
                Note($"{edit}: whole update", total);
            }
        }
        LivePreview.ReleaseCollector();
        foreach (var file in Directory.EnumerateFiles(content.DocumentsFolder, "breakdown-new-*.md"))
        {
            File.Delete(file);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"heap after the collection before each update: {heldHeap[0] / 1_000_000} MB before the first, {heldHeap[^1] / 1_000_000} MB before the last"));
        foreach (var (stage, times) in stages)
        {
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{times[times.Count / 2],8:F1} ms  {stage} (median of {times.Count}; {times[0]:F1}-{times[^1]:F1})"));
        }
    }
}
