using StaticNews.Site.Loading;

namespace StaticNews.Site.Images;

/// <summary>
/// Where a picture a document names is on disk: relative to the document ("photo.jpg", "img/photo.jpg"), or from the
/// content root when it starts with '/' ("/images/photo.jpg"). It must really lie inside the content root: a path or a
/// link that leads outside is refused, never read. Serves the lead picture's <c>image:</c> and the body's images alike.
/// </summary>
public static class PictureFile
{
    /// <summary>The picture's full path, or null with the reason (a diagnostic's words) when there is no file to read there.</summary>
    /// <param name="image">The path as the document writes it.</param>
    /// <param name="sourcePath">The document's path from the content root (<c>Article.SourcePath</c>).</param>
    public static string? Find(string image, string sourcePath, string contentRoot, out string? problem)
    {
        problem = null;
        var root = Path.GetFullPath(contentRoot);
        var folder = image.StartsWith('/') ? root : Path.GetDirectoryName(Path.Combine(root, sourcePath)) ?? root;
        var path = Path.GetFullPath(Path.Combine(folder, image.TrimStart('/')));
        if (!RealPath.IsUnder(root, path))
        {
            problem = $"is outside the content root {root}";
            return null;
        }
        if (!File.Exists(path))
        {
            problem = $"was not found (looked for {path})";
            return null;
        }
        if (!RealPath.IsInside(root, path))
        {
            problem = $"is a link to a file outside the content root {root}; copy the picture into the folder";
            return null;
        }
        return path;
    }
}
