using System.IO.Enumeration;

namespace StaticNews.Site.Writing;

/// <summary>
/// The output folder as a build finds it: every entry by its path relative to the folder, each folder before its
/// contents. A link to a folder is listed as a link and never followed, so nothing the build writes, keeps or
/// moves lies outside the folder.
/// </summary>
public sealed class OutputSnapshot
{
    private OutputSnapshot(bool exists, List<OutputEntry> entries)
    {
        Exists = exists;
        Entries = entries;
        Files = entries.Where(e => !e.IsLink && !e.IsFolder).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        Folders = entries.Where(e => !e.IsLink && e.IsFolder).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
    }

    public bool Exists { get; }

    public IReadOnlyList<OutputEntry> Entries { get; }

    /// <summary>The files (a link to a file among them: comparing reads through it, replacing renames over it).</summary>
    public IReadOnlySet<string> Files { get; }

    /// <summary>The folders that are not links.</summary>
    public IReadOnlySet<string> Folders { get; }

    public static OutputSnapshot Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new OutputSnapshot(false, []);
        }
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        // Each folder is asked once whether it is a link (a file-system call), when the listing would go into it; those
        // it does not go into are the links. (At 13,000 folders, asking again for the entry was a tenth of a second.)
        var links = new HashSet<string>(StringComparer.Ordinal);
        var entries = new FileSystemEnumerable<OutputEntry>(folder, (ref FileSystemEntry entry) =>
            new OutputEntry(Path.GetRelativePath(folder, entry.ToFullPath()), entry.IsDirectory, IsLink: false), options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) =>
            {
                if (!IsFolderLink(entry))
                {
                    return true;
                }
                links.Add(Path.GetRelativePath(folder, entry.ToFullPath()));
                return false;
            },
        }.ToList();
        if (links.Count > 0)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (entries[i].IsFolder && links.Contains(entries[i].Path))
                {
                    entries[i] = entries[i] with { IsLink = true };
                }
            }
        }
        return new OutputSnapshot(true, entries);
    }

    /// <summary>
    /// Only a link to a folder could lead a write outside: a file is replaced by renaming onto its path, which replaces
    /// a link itself. (Reading an entry's attributes is a file-system call, so files are not asked.)
    /// </summary>
    private static bool IsFolderLink(in FileSystemEntry entry) => entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}

/// <summary>One file, folder or link to a folder in the output folder, by its path relative to the folder.</summary>
public readonly record struct OutputEntry(string Path, bool IsFolder, bool IsLink);
