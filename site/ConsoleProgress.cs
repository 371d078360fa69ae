namespace StaticNews.Site;

/// <summary>
/// "Rendering 1200/10000 pages" on one rewritten line, for large sites rendered in a terminal. Silent
/// when output is redirected (as under MSBuild) or in CI, so logs stay clean.
/// </summary>
public sealed class ConsoleProgress : IProgress<(int Done, int Total)>
{
    public const int MinimumPages = 500;

    private readonly TextWriter _output;
    private long _lastTicks;

    private ConsoleProgress(TextWriter output) => _output = output;

    public static ConsoleProgress? ForTerminal(TextWriter output) =>
        Console.IsOutputRedirected || Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ? null : new ConsoleProgress(output);

    public void Report((int Done, int Total) value)
    {
        if (value.Total < MinimumPages)
        {
            return;
        }
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastTicks);
        if (now - last < 100 || Interlocked.CompareExchange(ref _lastTicks, now, last) != last)
        {
            return;
        }
        lock (_output)
        {
            _output.Write($"\rRendering {value.Done}/{value.Total} pages");
        }
    }

    /// <summary>Blanks the progress line, so the summary that follows starts clean.</summary>
    public void Clear()
    {
        lock (_output)
        {
            _output.Write("\r" + new string(' ', 48) + "\r");
        }
    }
}
