using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace StaticNews.Benchmarks;

/// <summary>
/// A quick stopwatch profile of one full generator run (not a benchmark): wall time without step tracking, the
/// driver's own timing, then one run with step tracking to sum the time of each named pipeline step.
/// </summary>
internal static class GeneratorBreakdown
{
    public static void Run(int documents)
    {
        var clock = Stopwatch.StartNew();
        var texts = Corpus.AdditionalTexts(documents);
        Report($"corpus of {documents} txt documents made and read", clock.Elapsed);
        var compilation = GeneratorBenchmarks.CreateCompilation();
        var options = Corpus.Options(texts);

        for (var round = 1; round <= 3; round++)
        {
            clock.Restart();
            var driver = GeneratorBenchmarks.CreateDriver(texts, options).RunGenerators(compilation);
            var wall = clock.Elapsed;
            GeneratorBenchmarks.Check(driver, documents);
            var timing = driver.GetTimingInfo();
            Report($"full run {round}, untracked: wall", wall);
            Report($"full run {round}, untracked: the generator (driver timing)", timing.ElapsedTime);

            clock.Restart();
            var edited = driver.ReplaceAdditionalText(texts[1 + documents / 2], new StaticNews.Generator.Tests.Infrastructure.InMemoryAdditionalText(
                texts[1 + documents / 2].Path, texts[1 + documents / 2].GetText()!.ToString().Replace("title: \"", "title: \"Edited ", StringComparison.Ordinal)));
            Report($"one document edited {round}: ReplaceAdditionalText", clock.Elapsed);
            clock.Restart();
            edited = edited.RunGenerators(compilation);
            Report($"one document edited {round}: RunGenerators", clock.Elapsed);
        }

        if (documents > 3_000)
        {
            // Step tracking records every input of every step: at 10,000 documents one tracked run took 240 s.
            Console.WriteLine("(the per-step breakdown needs step tracking, which is too slow above 3,000 documents: run `breakdown 3000`)");
            return;
        }

        clock.Restart();
        var tracked = GeneratorBenchmarks.CreateDriver(texts, options, trackSteps: true).RunGenerators(compilation);
        Report("full run, tracked: wall", clock.Elapsed);
        var result = tracked.GetRunResult().Results.Single();
        foreach (var (name, steps) in result.TrackedSteps.OrderByDescending(s => s.Value.Sum(step => step.ElapsedTime.Ticks)))
        {
            Report($"  step {name} ({steps.Length} runs)", TimeSpan.FromTicks(steps.Sum(step => step.ElapsedTime.Ticks)));
        }
        foreach (var (name, steps) in result.TrackedOutputSteps)
        {
            Report($"  output {name} ({steps.Length} runs)", TimeSpan.FromTicks(steps.Sum(step => step.ElapsedTime.Ticks)));
        }
        foreach (var group in result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{group.Count()} x {group.Key} ({group.First().Severity})");
        }
        var generatedChars = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.GeneratedSources.Length} generated files, {generatedChars / 1e6:F1} M characters; GC heap {GC.GetTotalMemory(false) / 1e6:F0} MB, {GC.CollectionCount(2)} gen-2 collections"));
    }

    private static void Report(string what, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds,10:F1} ms  {what}"));
}
