namespace StaticNews.Site.Serving;

/// <summary>
/// The preview's site, held in memory: site path ("articles/x/index.html") to file. An update publishes a whole new
/// map in one reference swap, so a request sees the site before an update or after it, never half of one. Only its
/// own entries can be served: there is no folder to step out of. It remembers the pages last asked for, the ones open
/// in a browser, which an update makes at once (the others when asked for, as `hugo server` renders the pages visited).
/// A folder whose files are made together (<see cref="DeferredFolder"/>: the search index) is published with the map and
/// made when one of its files is first asked for.
/// </summary>
public sealed class MemorySite : IServedSite
{
    /// <summary>How many of the pages last asked for are remembered: the tabs a writer keeps open, and then some.</summary>
    public const int VisitedKept = 16;

    private volatile Snapshot _site = new(new Dictionary<string, ServedFile>(StringComparer.Ordinal), []);

    /// <summary>The pages last asked for, the latest last.</summary>
    private readonly LinkedList<string> _visited = new();

    /// <summary>Every file, by site path, as the last update published it.</summary>
    public IReadOnlyDictionary<string, ServedFile> Files => _site.Files;

    /// <summary>The folders published with <see cref="Files"/>, made when first asked for.</summary>
    public IReadOnlyList<DeferredFolder> Folders => _site.Folders;

    /// <summary>
    /// Makes <paramref name="files"/> and <paramref name="folders"/> the site served, together; the caller gives up the
    /// map (it is not copied).
    /// </summary>
    public void Publish(IReadOnlyDictionary<string, ServedFile> files, IReadOnlyList<DeferredFolder>? folders = null) =>
        _site = new Snapshot(files, folders ?? []);

    public ServedFile? Find(string sitePath)
    {
        var site = _site;
        if (Normalize(sitePath) is not { } key)
        {
            return null;
        }
        if (!site.Files.TryGetValue(key, out var file)
            && (site.Folders.FirstOrDefault(folder => folder.Holds(key)) is not { } folder || !folder.Files.TryGetValue(key, out file)))
        {
            return null;
        }
        if (ContentTypes.IsHtml(file.ContentType))
        {
            Visit(key);
        }
        return file;
    }

    /// <summary>The pages last asked for (site paths), at most <see cref="VisitedKept"/>.</summary>
    public IReadOnlySet<string> Visited
    {
        get
        {
            lock (_visited)
            {
                return _visited.ToHashSet(StringComparer.Ordinal);
            }
        }
    }

    private void Visit(string key)
    {
        lock (_visited)
        {
            _visited.Remove(key);
            _visited.AddLast(key);
            if (_visited.Count > VisitedKept)
            {
                _visited.RemoveFirst();
            }
        }
    }

    /// <summary>"a/./b/../c" as "a/c"; null for a path that steps above the site's root or names no file.</summary>
    public static string? Normalize(string sitePath)
    {
        if (IsNormal(sitePath))
        {
            return sitePath;
        }
        var parts = new List<string>();
        foreach (var part in sitePath.Replace('\\', '/').Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }
                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }

    /// <summary>Whether the path is already as <see cref="Normalize"/> makes it: segments joined by '/', none empty, "." or "..".</summary>
    private static bool IsNormal(string path)
    {
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/')
            {
                if (path[i] == '\\')
                {
                    return false;
                }
                continue;
            }
            var segment = path.AsSpan(start, i - start);
            if (segment.Length == 0 || segment is "." or "..")
            {
                return false;
            }
            start = i + 1;
        }
        return true;
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, ServedFile> Files, IReadOnlyList<DeferredFolder> Folders);
}
