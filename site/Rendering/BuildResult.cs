namespace StaticNews.Site.Rendering;

/// <summary>The outcome of one render: success, what was written, and every problem met on the way.</summary>
public sealed record BuildResult(bool Succeeded, int PagesWritten, TimeSpan Elapsed, IReadOnlyList<string> Problems);
