using StaticNews.Site.Serving;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Live;

/// <summary>
/// A site `dotnet build` wrote (after a change to the site's code, which the running preview cannot load), read into
/// memory to be served as the preview serves its own: only the folder's files, a link out of it left out.
/// </summary>
public static class BuiltSite
{
    public static Dictionary<string, ServedFile> Read(string folder, List<string> warnings)
    {
        var files = new Dictionary<string, ServedFile>(StringComparer.Ordinal);
        foreach (var file in ContainedFiles.In(folder, warnings))
        {
            var path = Path.GetRelativePath(folder, file).Replace('\\', '/');
            try
            {
                files[path] = ServedFile.Of(path, File.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add($"{file}: warning SNS0020: the built file could not be read ({e.Message}); it is not served");
            }
        }
        return files;
    }
}
