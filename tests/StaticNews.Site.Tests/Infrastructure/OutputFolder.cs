namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>
/// An output folder alone in a parent folder of its own, so whatever a build leaves beside it (a workspace, a staging
/// or set-aside folder) shows.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly TempDirectory _temp = new();

    public string Parent => _temp.Path;

    public string Path => _temp.Combine("_site");

    /// <summary>The build's workspace beside the output (between builds it holds only the spare site, on Linux).</summary>
    public string Workspace => _temp.Combine("._site.staticnews");

    /// <summary>The site before the output's, which the next build stages in.</summary>
    public string Spare => System.IO.Path.Combine(Workspace, "spare");

    public SiteTree Tree() => SiteTree.Of(Path);

    /// <summary>Everything in the parent folder besides the output itself and a workspace holding nothing but the spare.</summary>
    public List<string> Beside() =>
        Directory.GetFileSystemEntries(Parent).Select(System.IO.Path.GetFileName).Where(name => name != "_site" && !(name == "._site.staticnews" && HoldsOnlyTheSpare(Workspace))).ToList()!;

    /// <summary>True when a build's workspace holds the spare site and nothing else (no lock, no staging folder).</summary>
    public static bool HoldsOnlyTheSpare(string workspace) =>
        Directory.GetFileSystemEntries(workspace).Select(System.IO.Path.GetFileName).SequenceEqual(["spare"]);

    public void Dispose() => _temp.Dispose();
}
