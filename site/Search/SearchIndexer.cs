using StaticNews.Site.Writing;

namespace StaticNews.Site.Search;

/// <summary>
/// Builds the search index into the staged site, before it is swapped in: one record per article
/// (<see cref="SearchRecords"/>), indexed in this process (<see cref="SearchIndex"/>) and written as the files the
/// search page reads (<see cref="SearchIndexFiles"/>); no page is parsed and no other program runs. A file equal to
/// the output's is linked, not written. When the entries are those the output's index was built from
/// (<see cref="SearchDigest"/>), that index is kept as it is and no record is made.
/// </summary>
public static class SearchIndexer
{
    /// <summary>The index's folder in the site; the search page loads it relative to the base path.</summary>
    public const string Folder = "search-index";

    /// <inheritdoc cref="Run(StagedOutput, IReadOnlyList{SearchEntry})"/>
    public static void Run(StagedOutput output, IReadOnlyList<SearchRecord> records) =>
        Run(output, records.Select(SearchEntry.Of).ToList());

    public static void Run(StagedOutput output, IReadOnlyList<SearchEntry> entries)
    {
        var digest = SearchDigest.Of(entries);
        if (KeepPrevious(output, digest))
        {
            FaultPoint.Reach(FaultPoint.Search);
            return;
        }
        var index = SearchIndex.Of(entries.AsParallel().AsOrdered().Select(entry => entry.Record()));
        SearchIndexFiles.Write(index, (file, bytes) =>
        {
            output.WriteBytes(Folder + "/" + file, bytes.Span);
            if (file == SearchIndexFiles.MetaFile)
            {
                FaultPoint.Reach(FaultPoint.Search);
            }
        });
        output.WriteText(Folder + "/" + SearchDigest.FileName, digest);
    }

    /// <summary>
    /// Puts the output's index into the new site when its digest is <paramref name="digest"/>: every file linked
    /// (or copied where it cannot be), none read through a link. False, with nothing put, when there is none to keep.
    /// </summary>
    private static bool KeepPrevious(StagedOutput output, string digest)
    {
        var folder = new DirectoryInfo(Path.Combine(output.OutputDirectory, Folder));
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
                var relative = Folder + "/" + Path.GetRelativePath(folder.FullName, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (!output.KeepIfIntact(relative, _ => true))
                {
                    output.WriteBytes(relative, File.ReadAllBytes(file.FullName));
                }
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Whatever was kept stays: the index written now replaces each of its files.
            return false;
        }
    }
}
