namespace StaticNews.Site.Writing;

/// <summary>
/// Deleting entries of a folder tree without following links: a link is deleted itself, never what it points to, so
/// nothing outside the tree is touched.
/// </summary>
public static class FolderMoves
{
    public static void DeleteIfExists(string path)
    {
        if (IsFolder(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>A real folder, not a link to one.</summary>
    public static bool IsFolder(string path) => Directory.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReparsePoint) == 0;

    /// <summary>Anything at all, a dangling link included.</summary>
    public static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
}
