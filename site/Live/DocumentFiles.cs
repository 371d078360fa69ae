using StaticNews.Configuration;
using StaticNews.Site.Loading;

namespace StaticNews.Site.Live;

/// <summary>
/// The documents the build compiles: the files below the folder that <see cref="DocumentSelection"/> takes (as the
/// build's scan does), following a link only where it stays inside.
/// </summary>
public static class DocumentFiles
{
    /// <summary>Full paths, as the build names them to the compiler (through the folder as written, not a link's target).</summary>
    public static List<string> List(string folder, DocumentSelection selection)
    {
        var documents = new List<string>();
        if (!Directory.Exists(folder))
        {
            return documents;
        }
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var path in Directory.EnumerateFiles(folder, "*", options))
        {
            if (selection.IsDocument(Path.GetRelativePath(folder, path)) && (new FileInfo(path).LinkTarget is null && !HasLinkedFolder(folder, path) || RealPath.IsInside(folder, path)))
            {
                documents.Add(path);
            }
        }
        documents.Sort(StringComparer.Ordinal);
        return documents;
    }

    private static bool HasLinkedFolder(string folder, string path)
    {
        for (var dir = Path.GetDirectoryName(path); dir is not null && dir.Length > folder.Length; dir = Path.GetDirectoryName(dir))
        {
            if (new DirectoryInfo(dir).LinkTarget is not null)
            {
                return true;
            }
        }
        return false;
    }
}
