namespace StaticNews.Site.Serving;

/// <summary>How the preview server runs: what it serves, where, and whether it rebuilds on changes.</summary>
public sealed class ServeOptions
{
    public string SiteDirectory { get; set; } = "_site";
    public string BasePath { get; set; } = "/";
    public int Port { get; set; } = 5000;
    public bool Watch { get; set; } = true;

    /// <summary>How long nothing must change for a burst of changes to end, be taken in and reload the open pages.</summary>
    public TimeSpan Settle { get; set; } = ChangeWatcher.DefaultSettle;

    /// <summary>The site project to rebuild on changes; found from the working folder when not given.</summary>
    public string? Project { get; set; }
}
