namespace StaticNews.Site.Loading;

/// <summary>
/// Where a path really leads once every symbolic link (or junction) along it is followed, so that a file reached
/// through a link can be held to the folder it belongs to: a check on the path as written is passed by
/// <c>templates/leak.sbn -> /etc/passwd</c>.
/// </summary>
public static class RealPath
{
    /// <summary>As many links as a path may pass through before it is taken for a loop (Linux's own limit).</summary>
    private const int MaxLinks = 40;

    /// <summary>The absolute path with every link resolved, or null when the links loop.</summary>
    public static string? Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>True when <paramref name="path"/> really lies inside <paramref name="folder"/> (both resolved; not the folder itself).</summary>
    public static bool IsInside(string folder, string path) =>
        Of(folder) is { } realFolder && Of(path) is { } realPath && IsUnder(realFolder, realPath);

    /// <summary>True when <paramref name="path"/> is below <paramref name="folder"/> as written, both absolute and normalized.</summary>
    public static bool IsUnder(string folder, string path) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var current = root;
        var parts = fullPath[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            // A relative target is relative to the folder holding the link.
            var resolved = Resolve(Path.GetFullPath(target, current), ref links);
            if (resolved is null)
            {
                return null;
            }
            current = resolved;
        }
        return current;
    }
}
