using System;
using System.Collections.Generic;

namespace StaticNews.Generator.Naming;

/// <summary>Where the documents that are pages are: the documents folder's <c>pages/</c>, compared as '/'-separated absolute paths.</summary>
public static class PagesFolders
{
    public const string Name = "pages";

    /// <summary>The documents folder's pages/, ending in '/', with "." and ".." resolved; null without a documents folder.</summary>
    public static string? Of(string? documentsFolder) =>
        string.IsNullOrWhiteSpace(documentsFolder) ? null : Normalize(documentsFolder!).TrimEnd('/') + "/" + Name + "/";

    /// <summary>Whether the document at <paramref name="filePath"/> is in <paramref name="pagesFolder"/> (at any depth).</summary>
    public static bool Holds(string? pagesFolder, string filePath) =>
        pagesFolder is not null && Normalize(filePath).StartsWith(pagesFolder, StringComparison.Ordinal);

    /// <summary><paramref name="relative"/> under <paramref name="folder"/>, unless it is absolute itself.</summary>
    public static string Combine(string folder, string relative)
    {
        var path = relative.Replace('\\', '/');
        return path.StartsWith("/", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':')
            ? path
            : folder.Replace('\\', '/').TrimEnd('/') + "/" + path;
    }

    private static string Normalize(string path)
    {
        var segments = new List<string>();
        var text = path.Replace('\\', '/');
        foreach (var segment in text.Split('/'))
        {
            if (segment == "." || (segment.Length == 0 && segments.Count > 0))
            {
                continue;
            }
            if (segment == ".." && segments.Count > 1)
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return string.Join("/", segments);
    }
}
