using System.Diagnostics;

namespace StaticNews.Benchmarks;

/// <summary>
/// Repeats one generator benchmark's operation for a while after its setup, for a profiler to attach to:
/// <c>profile full|edit|body|unrelated N SECONDS</c> prints "looping" when the setup is done (attach
/// <c>dotnet-trace collect -p PID --profile cpu-sampling</c> then).
/// </summary>
internal static class GeneratorProfileLoop
{
    public static void Run(string operation, int documents, int seconds)
    {
        var benchmark = new GeneratorBenchmarks { Documents = documents };
        Func<Microsoft.CodeAnalysis.GeneratorDriver> run;
        switch (operation)
        {
            case "full":
                benchmark.SetupFullRun();
                run = benchmark.FullRun;
                break;
            case "edit":
                benchmark.SetupOneDocumentEdited();
                run = benchmark.OneDocumentEdited;
                break;
            case "body":
                benchmark.SetupOneBodyEdited();
                run = benchmark.OneBodyEdited;
                break;
            case "unrelated":
                benchmark.SetupUnrelatedCSharpEdit();
                run = benchmark.UnrelatedCSharpEdit;
                break;
            default:
                throw new ArgumentException($"unknown operation '{operation}': full, edit, body or unrelated");
        }
        Console.WriteLine($"looping {operation} over {documents} documents for {seconds} s in process {Environment.ProcessId}");
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            run();
            count++;
        }
        Console.WriteLine($"{count} operations, {clock.Elapsed.TotalMilliseconds / count:F1} ms each");
    }
}
