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

    /// <summary>The build's workspace beside the output (present only while a build runs, or after one was killed).</summary>
    public string Workspace => _temp.Combine("._site.staticnews");

    public SiteTree Tree() => SiteTree.Of(Path);

    /// <summary>Everything in the parent folder besides the output itself.</summary>
    public List<string> Beside() =>
        Directory.GetFileSystemEntries(Parent).Select(System.IO.Path.GetFileName).Where(name => name != "_site").ToList()!;

    public void Dispose() => _temp.Dispose();
}
