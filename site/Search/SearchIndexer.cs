using System.Runtime.ExceptionServices;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Search;

/// <summary>
/// Builds the search index into the staged site, before it is swapped in: Pagefind's service indexes one record per
/// article (<see cref="SearchRecords"/>), so it parses no page. When the entries and the Pagefind are those the
/// output's index was built from (<see cref="SearchDigest"/>), that index is kept as it is, Pagefind does not run and
/// no record is made.
/// A failure leaves the previous site (and its index) as it was, and a Pagefind orphaned by a killed build works in
/// that build's staging folder, which the next build deletes. The search page loads <c>pagefind/</c> relative to the
/// base path.
/// </summary>
public static class SearchIndexer
{
    /// <summary>The index's folder in the site (the first shard's).</summary>
    public const string Folder = "pagefind";

    /// <summary>
    /// How many Pagefinds index at once: each keeps about one core busy (its service indexes on one thread) and holds
    /// its shard's index in memory, so at most four.
    /// </summary>
    public static readonly int ConcurrentShards = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <inheritdoc cref="Run(string, StagedOutput, IReadOnlyList{SearchEntry}, int)"/>
    public static string? Run(string pagefindCommand, StagedOutput output, IReadOnlyList<SearchRecord> records, int shards = 1) =>
        Run(pagefindCommand, output, records.Select(SearchEntry.Of).ToList(), shards);

    /// <summary>Null on success, else what went wrong (the first failed shard's error).</summary>
    /// <param name="shards">How many indexes the entries are split into (<see cref="SearchShards"/>).</param>
    public static string? Run(string pagefindCommand, StagedOutput output, IReadOnlyList<SearchEntry> entries, int shards = 1)
    {
        var split = SearchShards.Split(entries, shards);
        var digests = Enumerable.Range(0, shards).Select(shard => SearchDigest.Of(split[shard], pagefindCommand, $"{shard} of {shards}")).ToArray();
        var changed = Enumerable.Range(0, shards).Where(shard => !KeepPrevious(output, SearchShards.Folder(shard), digests[shard])).ToList();
        var errors = new string?[shards];
        try
        {
            Parallel.ForEach(changed, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentShards }, (shard, loop) => Index(shard, loop));
        }
        catch (AggregateException e)
        {
            // What the build handles (an output that cannot be written) reaches it as itself.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return errors.FirstOrDefault(error => error is not null);

        void Index(int shard, ParallelLoopState loop)
        {
            var folder = SearchShards.Folder(shard);
            try
            {
                output.Claim(folder);
                using var service = PagefindService.Start(pagefindCommand, output.StagingDirectory);
                FaultPoint.Reach(FaultPoint.Search);
                service.Index(split[shard].Select(entry => entry.Record()).ToList(), Path.Combine(output.StagingDirectory, folder));
                output.WriteText(folder + "/" + SearchDigest.FileName, digests[shard]);
            }
            catch (SearchIndexException e)
            {
                errors[shard] = e.Message;
                loop.Stop();
            }
        }
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
