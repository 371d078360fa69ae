namespace StaticNews.Site.Rendering;

/// <summary>The outcome of one render: success, what was written, and every problem met on the way.</summary>
public sealed record BuildResult(bool Succeeded, int Pages, int OtherFiles, TimeSpan Elapsed, IReadOnlyList<string> Problems)
{
    public static BuildResult Failed(TimeSpan elapsed, IReadOnlyList<string> problems) => new(false, 0, 0, elapsed, problems);
}
