using System.Globalization;

namespace StaticNews.Site.Writing;

/// <summary>
/// The hidden folder beside the output where a build works: <c>&lt;parent&gt;/.&lt;name&gt;.staticnews/</c> (for
/// <c>_site/</c>, <c>.​_site.staticnews/</c>). It holds the lock, the new site while it is staged, the old site while it
/// is deleted, and a marker while the output is written in place. Beside the output, it is on the same file system,
/// so the staged site can be swapped in with one rename. Between builds it holds only the spare: the site before the
/// output's, which the next build stages in (<see cref="TakeSpare"/>) instead of linking every file into an empty
/// folder and deleting the old site. What a killed build left is removed by the next build; its lock file, left
/// behind, tells the MSBuild render target not to trust its stamp.
/// </summary>
public sealed class OutputWorkspace
{
    private const string StagingPrefix = "staging-";
    private const string PreviousPrefix = "previous-";

    public OutputWorkspace(string outputDirectory)
    {
        Output = outputDirectory;
        Root = Path.Combine(Path.GetDirectoryName(outputDirectory)!, "." + Path.GetFileName(outputDirectory) + ".staticnews");
    }

    /// <summary>The output folder, a full path.</summary>
    public string Output { get; }

    public string Root { get; }

    public string LockFile => Path.Combine(Root, "lock");

    /// <summary>The site before the output's, kept for the next build to stage in (Linux only: it relies on hard links).</summary>
    public string SparePath => Path.Combine(Root, "spare");

    /// <summary>Present while the output is written file by file (it could not be swapped): the next build renders in full.</summary>
    public string InPlaceMarker => Path.Combine(Root, "writing-in-place");

    /// <summary>A new staging folder's path, unique to this build (whatever may still write into an earlier one cannot reach it).</summary>
    public string NewStagingPath() => Path.Combine(Root, StagingPrefix + UniqueSuffix());

    /// <summary>Where the previous site waits while the new one takes its name, where folders cannot be swapped in one step.</summary>
    public string NewPreviousPath() => Path.Combine(Root, PreviousPrefix + UniqueSuffix());

    /// <summary>The set-aside previous sites (more than one only if something else put them there).</summary>
    public IEnumerable<string> PreviousSites() =>
        Directory.Exists(Root) ? Directory.EnumerateDirectories(Root, PreviousPrefix + "*").Order(StringComparer.Ordinal) : [];

    /// <summary>
    /// Moves the spare to a new staging path and returns that path, or null when there is none (or it is not a real
    /// folder). Called under the lock, before <see cref="RemoveLeftovers"/>.
    /// </summary>
    public string? TakeSpare()
    {
        if (!FolderMoves.IsFolder(SparePath))
        {
            return null;
        }
        var staging = NewStagingPath();
        Directory.Move(SparePath, staging);
        return staging;
    }

    /// <summary>Keeps <paramref name="folder"/> (a site no longer served) as the spare; false when it cannot be moved there.</summary>
    public bool KeepAsSpare(string folder)
    {
        try
        {
            FolderMoves.DeleteIfExists(SparePath);
            Directory.Move(folder, SparePath);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Puts back the previous site when a build was killed between the two renames of the fallback swap (the output
    /// is gone, its previous content waits here). Called under the lock, before anything else.
    /// </summary>
    public bool RestoreInterruptedSwap()
    {
        if (FolderMoves.Exists(Output))
        {
            return false;
        }
        var previous = PreviousSites().LastOrDefault();
        if (previous is null)
        {
            return false;
        }
        Directory.Move(previous, Output);
        return true;
    }

    /// <summary>
    /// Deletes what killed builds left: their staging and set-aside folders here, and the <c>&lt;name&gt;.staging-PID</c>
    /// and <c>&lt;name&gt;.previous-PID</c> folders that earlier versions kept beside the output (only of processes that
    /// are gone). Called under the lock, so none of it belongs to a running build. True when anything was removed.
    /// </summary>
    public bool RemoveLeftovers(string? keep)
    {
        var removed = false;
        if (Directory.Exists(Root))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(Root))
            {
                if (entry != LockFile && entry != InPlaceMarker && entry != keep)
                {
                    removed |= TryDelete(entry);
                }
            }
        }
        var parent = Path.GetDirectoryName(Output)!;
        var name = Path.GetFileName(Output);
        foreach (var legacy in Directory.EnumerateDirectories(parent, name + ".*"))
        {
            // The pattern also matches the output itself (".*" may match nothing).
            if (Path.GetFileName(legacy).Length <= name.Length + 1)
            {
                continue;
            }
            var suffix = Path.GetFileName(legacy)[(name.Length + 1)..];
            var dash = suffix.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && suffix[..dash] is "staging" or "previous"
                && int.TryParse(suffix[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                removed |= TryDelete(legacy);
            }
        }
        return removed;
    }

    /// <summary>Removes the workspace once it holds nothing but the lock (the caller still holds it, and deletes it first); one holding the spare stays.</summary>
    public void RemoveIfEmpty()
    {
        try
        {
            Directory.Delete(Root);
        }
        catch (IOException)
        {
            // Something is still in it (something still writing into an old staging folder): the next build removes it.
        }
    }

    /// <summary>
    /// Deletes a leftover folder; one that cannot be deleted now (something still writing into it) is
    /// left for the next build rather than failing this one.
    /// </summary>
    private static bool TryDelete(string path)
    {
        try
        {
            FolderMoves.DeleteIfExists(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string UniqueSuffix() =>
        Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
}
