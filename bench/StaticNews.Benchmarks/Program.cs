using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/StaticNews.Benchmarks -- --filter '*'            every benchmark
// dotnet run -c Release --project bench/StaticNews.Benchmarks -- --filter '*Render*'     one class
// dotnet run -c Release --project bench/StaticNews.Benchmarks -- breakdown [N]           stopwatch profile of the generator
// dotnet run -c Release --project bench/StaticNews.Benchmarks -- breakdown-render [N]    stopwatch profile of the render (fresh, unchanged, one article edited)
// dotnet run -c Release --project bench/StaticNews.Benchmarks -- breakdown-parse [N]     what each phase of parsing the documents allocates and takes
// dotnet run -c Release --project bench/StaticNews.Benchmarks -- breakdown-fingerprint [N] what the render cache's page fingerprints cost beside rendering
// dotnet run -c Release --project bench/StaticNews.Benchmarks -- breakdown-preview [N]   the preview's update for a new and a deleted document, stage by stage
//     (over bench/preview.sh's folder; with DOTNET_gcConcurrent=0 DOTNET_TieredPGO=0, the site's own settings)
// dotnet run -c Release --project bench/StaticNews.Benchmarks -- profile full|edit|body|unrelated N SECONDS   a loop to attach dotnet-trace to
if (args is ["profile", var operation, var documents, var seconds])
{
    StaticNews.Benchmarks.GeneratorProfileLoop.Run(operation,
        int.Parse(documents, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args is [var mode and ("breakdown" or "breakdown-render" or "breakdown-parse" or "breakdown-fingerprint" or "breakdown-preview"), .. var rest])
{
    var count = rest is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    Action<int> breakdown = mode switch
    {
        "breakdown" => StaticNews.Benchmarks.GeneratorBreakdown.Run,
        "breakdown-render" => StaticNews.Benchmarks.RenderBreakdown.Run,
        "breakdown-fingerprint" => StaticNews.Benchmarks.FingerprintBreakdown.Run,
        "breakdown-preview" => StaticNews.Benchmarks.PreviewBreakdown.Run,
        _ => StaticNews.Benchmarks.ParseBreakdown.Run,
    };
    breakdown(count);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(StaticNews.Benchmarks.Repo).Assembly).Run(args);
