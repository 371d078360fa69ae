using StaticNews.Site.Loading;

namespace StaticNews.Site.Serving;

/// <summary>
/// A built site in a folder (`serve --no-watch`): nothing outside the folder is reachable, not even through a link in
/// it (a <c>_site/etcdir -> /etc</c> serves no password file). Resolved on every request: a build may replace the
/// folder (or what a link in it points at) while the server runs.
/// </summary>
public sealed class FolderSite(string siteDirectory) : IServedSite
{
    private readonly string _root = Path.GetFullPath(siteDirectory);

    public ServedFile? Find(string sitePath)
    {
        var path = Path.GetFullPath(Path.Combine(_root, sitePath));
        if (!RealPath.IsUnder(_root, path) || !File.Exists(path) || !RealPath.IsInside(_root, path))
        {
            return null;
        }
        try
        {
            return ServedFile.Of(path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
