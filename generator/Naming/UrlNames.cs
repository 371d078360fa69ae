using System;
using System.IO;
using System.Text.RegularExpressions;

namespace StaticNews.Generator.Naming;

/// <summary>
/// The name a Markdown post's URL keeps, as Hugo and Jekyll give it: its file name without Jekyll's date prefix
/// ("2013-05-06-my-post.md" → "my-post"), or a Hugo page bundle's folder ("my-post/index.md" → "my-post").
/// </summary>
public static class UrlNames
{
    private static readonly Regex DatePrefix = new(@"^\d{4}-\d{1,2}-\d{1,2}-", RegexOptions.CultureInvariant);

    /// <summary>The slug of the file's own name; null when it has none to give (Hugo's "_index.md", or no letters or digits).</summary>
    /// <param name="sourcePath">The document's path relative to the content root, '/'-separated or not.</param>
    public static string? FromSourcePath(string sourcePath)
    {
        var segments = sourcePath.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }
        var name = Path.GetFileNameWithoutExtension(segments[segments.Length - 1]);
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase))
        {
            if (segments.Length < 2)
            {
                return null;
            }
            name = segments[segments.Length - 2];
        }
        if (name.StartsWith("_", StringComparison.Ordinal))
        {
            return null;
        }
        name = DatePrefix.Replace(name, "");
        var slug = SlugBuilder.FromTitle(name);
        return slug.StartsWith("article-", StringComparison.Ordinal) && slug == "article-" + Words.StableHash(name) ? null : slug;
    }
}
