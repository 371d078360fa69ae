using StaticNews.Site.Writing;

namespace StaticNews.Site.Search;

/// <summary>
/// Builds the search index into the staged site, before it is swapped in: Pagefind's service indexes one record per
/// article (<see cref="SearchRecords"/>), so it parses no page. When the records and the Pagefind are those the
/// output's index was built from (<see cref="SearchDigest"/>), that index is kept as it is and Pagefind does not run.
/// A failure leaves the previous site (and its index) as it was, and a Pagefind orphaned by a killed build works in
/// that build's staging folder, which the next build deletes. The search page loads <c>pagefind/</c> relative to the
/// base path.
/// </summary>
public static class SearchIndexer
{
    /// <summary>The index's folder in the site (the first shard's).</summary>
    public const string Folder = "pagefind";

    /// <summary>Null on success, else what went wrong.</summary>
    /// <param name="shards">How many indexes the records are split into (<see cref="SearchShards"/>).</param>
    public static string? Run(string pagefindCommand, StagedOutput output, IReadOnlyList<SearchRecord> records, int shards = 1)
    {
        var split = SearchShards.Split(records, shards);
        for (var shard = 0; shard < shards; shard++)
        {
            var folder = SearchShards.Folder(shard);
            var digest = SearchDigest.Of(split[shard], pagefindCommand, $"{shard} of {shards}");
            if (KeepPrevious(output, folder, digest))
            {
                continue;
            }
            try
            {
                using var service = PagefindService.Start(pagefindCommand, output.StagingDirectory);
                FaultPoint.Reach(FaultPoint.Search);
                service.Index(split[shard], Path.Combine(output.StagingDirectory, folder));
            }
            catch (SearchIndexException e)
            {
                return e.Message;
            }
            output.WriteText(folder + "/" + SearchDigest.FileName, digest);
        }
        return null;
    }

    /// <summary>
    /// Puts the output's index into the new site when its digest is <paramref name="digest"/>: every file linked
    /// (or copied where it cannot be), none read through a link. False, with nothing put, when there is none to keep.
    /// </summary>
    private static bool KeepPrevious(StagedOutput output, string folderName, string digest)
    {
        var folder = new DirectoryInfo(Path.Combine(output.OutputDirectory, folderName));
        var digestFile = new FileInfo(Path.Combine(folder.FullName, SearchDigest.FileName));
        try
        {
            if (!folder.Exists || folder.LinkTarget is not null || !digestFile.Exists || digestFile.LinkTarget is not null
                || File.ReadAllText(digestFile.FullName) != digest)
            {
                return false;
            }
            var entries = folder.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).ToList();
            if (entries.Any(entry => entry.LinkTarget is not null))
            {
                return false;
            }
            foreach (var file in entries.OfType<FileInfo>())
            {
                var relative = folderName + "/" + Path.GetRelativePath(folder.FullName, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (!output.KeepIfIntact(relative, _ => true))
                {
                    output.WriteBytes(relative, File.ReadAllBytes(file.FullName));
                }
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Pagefind must not write over a file linked from the live site: what was put is taken away.
            var staged = Path.Combine(output.StagingDirectory, folderName);
            if (Directory.Exists(staged))
            {
                Directory.Delete(staged, recursive: true);
            }
            return false;
        }
    }
}
