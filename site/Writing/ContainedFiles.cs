namespace StaticNews.Site.Writing;

/// <summary>
/// The files of a folder that really belong to it: a link is followed only when its real path (every link on the way
/// resolved) is inside the folder's own real path, so a link such as <c>leak.txt -&gt; /etc/passwd</c> in the assets
/// never publishes a file from outside. Each link refused is one warning naming it (SNS0010); the rest is kept.
/// </summary>
public static class ContainedFiles
{
    /// <summary>The files under <paramref name="root"/>, ordered by path; refused links are added to <paramref name="warnings"/>.</summary>
    public static List<string> In(string root, List<string> warnings)
    {
        var files = new List<string>();
        if (!Directory.Exists(root))
        {
            return files;
        }
        var realRoot = NativeFiles.RealPath(root) ?? Path.GetFullPath(root);
        var visited = new HashSet<string>(StringComparer.Ordinal) { realRoot };
        Walk(root, root, realRoot, visited, files, warnings);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Walk(string root, string folder, string realRoot, HashSet<string> visited, List<string> files, List<string> warnings)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var link = new FileInfo(entry).LinkTarget;
            if (link is not null)
            {
                var real = NativeFiles.RealPath(entry);
                if (real is null || !real.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    warnings.Add($"{entry}: warning SNS0010: this is a link to '{link}', which is outside {root}; it is left out of the site (copy the file into the folder to publish it)");
                    continue;
                }
                if (Directory.Exists(entry))
                {
                    // A link to a folder inside the root: its files are published under the link's name too, once.
                    if (visited.Add(real))
                    {
                        Walk(root, entry, realRoot, visited, files, warnings);
                    }
                    continue;
                }
                files.Add(entry);
            }
            else if (Directory.Exists(entry))
            {
                Walk(root, entry, realRoot, visited, files, warnings);
            }
            else
            {
                files.Add(entry);
            }
        }
    }
}
