using System.Security.Cryptography;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>
/// Every file of a site folder by its relative path, with a hash of its bytes: two trees are equal when they hold the
/// same files with the same bytes. Links are listed as what they are, never followed.
/// </summary>
public sealed record SiteTree(IReadOnlyDictionary<string, string> Files)
{
    public static SiteTree Of(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            Walk(root, root, files);
        }
        return new SiteTree(files);
    }

    public bool SameAs(SiteTree other) => Files.Count == other.Files.Count && Files.All(f => other.Files.TryGetValue(f.Key, out var hash) && hash == f.Value);

    /// <summary>How this tree differs from <paramref name="other"/>, for a failing assertion's message.</summary>
    public string Difference(SiteTree other)
    {
        var missing = other.Files.Keys.Except(Files.Keys).Take(5).ToList();
        var extra = Files.Keys.Except(other.Files.Keys).Take(5).ToList();
        var changed = Files.Keys.Intersect(other.Files.Keys).Where(k => Files[k] != other.Files[k]).ToList();
        return $"{Files.Count} files vs {other.Files.Count}; missing [{string.Join(", ", missing)}], extra [{string.Join(", ", extra)}], {changed.Count} differ [{string.Join(", ", changed.Take(5))}]";
    }

    private static void Walk(string root, string folder, SortedDictionary<string, string> files)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var relative = Path.GetRelativePath(root, entry).Replace('\\', '/');
            var info = new FileInfo(entry);
            if (info.LinkTarget is { } target)
            {
                files[relative] = "link to " + target;
            }
            else if (Directory.Exists(entry))
            {
                Walk(root, entry, files);
            }
            else
            {
                files[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)));
            }
        }
    }
}
