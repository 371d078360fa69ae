namespace StaticNews.Site.Writing;

/// <summary>
/// Makes the output folder hold exactly the staged site when it cannot be swapped in whole (the output is a mount
/// point, on another file system than its parent, or a link to a folder): entries the new site does not have are
/// deleted, then each file whose bytes differ is written beside its place and renamed over it, so every single file
/// is whole at every moment, though the site as a whole is not. A marker in the workspace says the output is being
/// written; a build killed meanwhile leaves it, so the MSBuild stamp is not trusted and the next build renders again
/// (comparing every file, which repairs whatever was half done). Nothing is written through a link in the output.
/// </summary>
public static class InPlaceWriter
{
    private const string TemporarySuffix = ".staticnews-new";

    /// <summary>Returns how many files were written (the others already held the same bytes).</summary>
    public static int Write(string staging, string output, OutputWorkspace workspace)
    {
        File.WriteAllBytes(workspace.InPlaceMarker, []);
        var staged = OutputSnapshot.Of(staging);
        Directory.CreateDirectory(output);
        foreach (var entry in Unwanted(OutputSnapshot.Of(output), staged))
        {
            FolderMoves.DeleteIfExists(Path.Combine(output, entry.Path));
        }
        var written = 0;
        var files = staged.Entries.Where(e => !e.IsFolder && !e.IsLink).ToList();
        for (var i = 0; i < files.Count; i++)
        {
            if (i == files.Count / 2)
            {
                FaultPoint.Reach(FaultPoint.InPlace);
            }
            var relative = files[i].Path;
            var source = Path.Combine(staging, relative);
            var target = Path.Combine(output, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var content = File.ReadAllBytes(source);
            if (HoldsOwnFile(target, content))
            {
                continue;
            }
            var temporary = target + TemporarySuffix;
            FileBytes.Write(temporary, content);
            File.Move(temporary, target, overwrite: true);
            written++;
        }
        File.Delete(workspace.InPlaceMarker);
        return written;
    }

    /// <summary>True when the file is the output's own (not a link) and holds exactly these bytes.</summary>
    private static bool HoldsOwnFile(string path, byte[] content)
    {
        if (NativeFiles.OpenNoFollow(path) is { } handle)
        {
            using (handle)
            {
                return FileBytes.Holds(handle, content);
            }
        }
        return !NativeFiles.IsLinux && File.Exists(path) && new FileInfo(path).LinkTarget is null && FileBytes.Holds(path, content);
    }

    /// <summary>
    /// The output's entries the staged site does not have, or has as another kind (a folder where a file goes, a link
    /// anywhere), except those inside an unwanted folder (they go with it).
    /// </summary>
    private static List<OutputEntry> Unwanted(OutputSnapshot output, OutputSnapshot staged)
    {
        var unwantedFolders = new HashSet<string>(StringComparer.Ordinal);
        var unwanted = new List<OutputEntry>();
        foreach (var entry in output.Entries)
        {
            if (Path.GetDirectoryName(entry.Path) is { Length: > 0 } parent && unwantedFolders.Contains(parent))
            {
                unwantedFolders.Add(entry.Path);
                continue;
            }
            var wanted = !entry.IsLink && (entry.IsFolder ? staged.Folders : staged.Files).Contains(entry.Path);
            if (!wanted)
            {
                unwanted.Add(entry);
                unwantedFolders.Add(entry.Path);
            }
        }
        return unwanted;
    }
}
