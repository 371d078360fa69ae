using StaticNews.Content;
using StaticNews.Site.Loading;

namespace StaticNews.Site.Images;

/// <summary>
/// Where an article's <c>image:</c> is on disk: relative to its document ("photo.jpg", "img/photo.jpg"), or from the
/// content root when it starts with '/' ("/images/photo.jpg"). It must really lie inside the content root: a path or a
/// link that leads outside is refused, never read.
/// </summary>
public static class LeadImageFile
{
    /// <summary>The picture's full path, or null with the reason (a diagnostic's words) when there is no file to read there.</summary>
    public static string? Find(Article article, string contentRoot, out string? problem)
    {
        problem = null;
        var image = article.Image!;
        var root = Path.GetFullPath(contentRoot);
        var folder = image.StartsWith('/') ? root : Path.GetDirectoryName(Path.Combine(root, article.SourcePath)) ?? root;
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
