namespace StaticNews.Site.Serving;

/// <summary>
/// The preview's site, held in memory: site path ("articles/x/index.html") to file. An update publishes a whole new
/// map in one reference swap, so a request sees the site before an update or after it, never half of one. Only its
/// own entries can be served: there is no folder to step out of.
/// </summary>
public sealed class MemorySite : IServedSite
{
    private volatile IReadOnlyDictionary<string, ServedFile> _files = new Dictionary<string, ServedFile>(StringComparer.Ordinal);

    /// <summary>Every file, by site path, as the last update published it.</summary>
    public IReadOnlyDictionary<string, ServedFile> Files => _files;

    /// <summary>Makes <paramref name="files"/> the site served; the caller gives up the map (it is not copied).</summary>
    public void Publish(IReadOnlyDictionary<string, ServedFile> files) => _files = files;

    public ServedFile? Find(string sitePath) => Normalize(sitePath) is { } key && _files.TryGetValue(key, out var file) ? file : null;

    /// <summary>"a/./b/../c" as "a/c"; null for a path that steps above the site's root or names no file.</summary>
    public static string? Normalize(string sitePath)
    {
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
}
