using System.Buffers;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Search;

/// <summary>
/// Builds the search index into the staged site, before it is swapped in: one record per article
/// (<see cref="SearchRecords"/>), numbered in the order of their URLs, indexed in this process (<see cref="SearchIndex"/>)
/// and written as the files the search page reads (<see cref="SearchIndexFiles"/>); no page is parsed and no other program
/// runs. What the output's index was built from (<see cref="SearchDigest"/>) decides how much is done: nothing changed,
/// the index is kept as it is; the same documents with some of them changed (an edit), only those are indexed again and
/// only their records made; anything else (a document added or removed, other code), the index is built whole.
/// A file equal to the output's is linked, not written.
/// </summary>
public static class SearchIndexer
{
    /// <summary>The index's folder in the site; the search page loads it relative to the base path.</summary>
    public const string Folder = "search-index";

    /// <inheritdoc cref="Run(StagedOutput, IReadOnlyList{SearchEntry})"/>
    public static SearchIndexing Run(StagedOutput output, IReadOnlyList<SearchRecord> records) =>
        Run(output, records.Select(SearchEntry.Of).ToList());

    public static SearchIndexing Run(StagedOutput output, IReadOnlyList<SearchEntry> entries)
    {
        var documents = InDocumentOrder(entries);
        var digest = SearchDigest.Of(documents);
        var previous = PreviousIndex(output);
        SearchIndexing done;
        if (previous is { Digest: var kept } && kept == digest && Kept(() => Keep(output, previous.Files)))
        {
            FaultPoint.Reach(FaultPoint.Search);
            done = SearchIndexing.Kept;
        }
        else if (previous is not null && SearchDigest.Changed(previous.Digest, digest) is { } changed && Kept(() => Update(output, previous, documents, changed)))
        {
            done = new SearchIndexing(changed.Count, Whole: false);
        }
        else
        {
            var records = documents.AsParallel().AsOrdered().Select(entry => entry.Record()).ToList();
            var files = Enumerable.Range(0, SearchIndexFiles.DocumentFiles(records.Count)).ToList();
            Write(output, SearchIndex.Of(records), files, number => records[number]);
            done = new SearchIndexing(records.Count, Whole: true);
        }
        output.WriteText(Folder + "/" + SearchDigest.FileName, digest);
        return done;
    }

    /// <summary>The entries numbered as the index numbers its documents: in the order of their URLs.</summary>
    public static List<SearchEntry> InDocumentOrder(IEnumerable<SearchEntry> entries) =>
        entries.OrderBy(entry => entry.Url, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Brings the output's index up to date when only <paramref name="changed"/> documents changed: their records made and
    /// their words indexed again, only the chunks of the words that changed made again (<see cref="SearchIndexUpdate"/>),
    /// the other files kept. False, with nothing written, when the output's index cannot be read back (it is then built whole).
    /// </summary>
    private static bool Update(StagedOutput output, PreviousSearchIndex previous, List<SearchEntry> documents, List<int> changed)
    {
        if (SearchIndexReader.ReadMeta(previous.Folder, documents.Count) is not { } meta)
        {
            return false;
        }
        var changes = changed.AsParallel().AsOrdered()
            .Select(number => (Document: number, Before: SearchIndexReader.ReadDocument(previous.Folder, number), After: documents[number].Record()))
            .ToList();
        if (changes.Any(change => change.Before is null))
        {
            return false;
        }
        var (words, lengths) = SearchIndex.Edit(changes.Select(change => (change.Document, change.Before!, change.After)).ToList(), meta.Lengths);
        if (SearchIndexUpdate.Of(previous.Folder, documents.Count, meta.Chunks, words) is not { } chunks)
        {
            return false;
        }
        var byPath = previous.Files.ToDictionary(file => file.Relative, file => file.Path, StringComparer.Ordinal);
        if (chunks.Kept.Any(chunk => !byPath.ContainsKey(Folder + "/" + SearchIndexFiles.ChunkFile(chunk.From))))
        {
            // A chunk the meta names is gone from the output: the index is built whole.
            return false;
        }
        var moved = chunks.Kept.Where(chunk => chunk.From != chunk.To)
            .Select(chunk => (File: SearchIndexFiles.ChunkFile(chunk.To), Bytes: File.ReadAllBytes(byPath[Folder + "/" + SearchIndexFiles.ChunkFile(chunk.From)])))
            .ToList();
        foreach (var (file, bytes) in chunks.Made.Concat(moved))
        {
            output.WriteBytes(Folder + "/" + file, bytes);
        }
        var standing = chunks.Kept.Where(chunk => chunk.From == chunk.To).Select(chunk => Folder + "/" + SearchIndexFiles.ChunkFile(chunk.From));
        if (!Keep(output, standing.Select(relative => (relative, byPath[relative]))))
        {
            return false;
        }
        WriteMeta(output, lengths, chunks.Firsts);

        // A changed document's file holds others too: theirs are made again from their entries, as a whole build makes them.
        var after = changes.ToDictionary(change => change.Document, change => change.After);
        var files = changed.Select(SearchIndexFiles.DocumentFileOf).Distinct().Order().ToList();
        var rewritten = files.Select(file => Folder + "/" + SearchIndexFiles.DocumentFileName(file)).ToHashSet(StringComparer.Ordinal);
        WriteDocuments(output, documents.Count, files, number => after.TryGetValue(number, out var record) ? record : documents[number].Record());
        return Keep(output, previous.Files.Where(file => file.Relative.StartsWith(Folder + "/docs/", StringComparison.Ordinal) && !rewritten.Contains(file.Relative)));
    }

    /// <summary>The index's words and meta, then the given document files (in parallel), each of the records <paramref name="record"/> gives for its documents.</summary>
    private static void Write(StagedOutput output, SearchIndex index, IReadOnlyList<int> files, Func<int, SearchRecord> record)
    {
        SearchIndexFiles.WriteIndex(index, (file, bytes) =>
        {
            output.WriteBytes(Folder + "/" + file, bytes.Span);
            if (file == SearchIndexFiles.MetaFile)
            {
                FaultPoint.Reach(FaultPoint.Search);
            }
        });
        WriteDocuments(output, index.Lengths.Count, files, record);
    }

    private static void WriteMeta(StagedOutput output, IReadOnlyList<int> lengths, IReadOnlyList<string> chunks) =>
        SearchIndexFiles.WriteMeta(lengths, chunks, (file, bytes) =>
        {
            output.WriteBytes(Folder + "/" + file, bytes.Span);
            FaultPoint.Reach(FaultPoint.Search);
        });

    /// <summary>The given document files (in parallel), each of the records <paramref name="record"/> gives for its documents.</summary>
    private static void WriteDocuments(StagedOutput output, int count, IReadOnlyList<int> files, Func<int, SearchRecord> record) =>
        Parallel.For(0, files.Count, () => new ArrayBufferWriter<byte>(), (i, _, buffer) =>
        {
            var records = SearchIndexFiles.DocumentsIn(files[i], count).Select(record).ToList();
            SearchIndexFiles.WriteDocuments(files[i], records, buffer, (file, bytes) => output.WriteBytes(Folder + "/" + file, bytes.Span));
            return buffer;
        }, _ => { });

    /// <summary>
    /// The output's index, when it has one with a digest and nothing in it is a link (never read through one): its folder,
    /// its digest's text and its files. Null when there is none to keep or update.
    /// </summary>
    private static PreviousSearchIndex? PreviousIndex(StagedOutput output)
    {
        var folder = new DirectoryInfo(Path.Combine(output.OutputDirectory, Folder));
        var digestFile = new FileInfo(Path.Combine(folder.FullName, SearchDigest.FileName));
        try
        {
            if (!folder.Exists || folder.LinkTarget is not null || !digestFile.Exists || digestFile.LinkTarget is not null)
            {
                return null;
            }
            var text = File.ReadAllText(digestFile.FullName);
            var entries = folder.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).ToList();
            if (entries.Any(entry => entry.LinkTarget is not null))
            {
                return null;
            }
            var files = entries.OfType<FileInfo>()
                .Where(file => file.FullName != digestFile.FullName)
                .Select(file => (Relative: Folder + "/" + Path.GetRelativePath(folder.FullName, file.FullName).Replace(Path.DirectorySeparatorChar, '/'), Path: file.FullName))
                .ToList();
            return new PreviousSearchIndex(folder.FullName, text, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether keeping the output's files worked: one that cannot be read leaves the index to be written whole, which
    /// replaces each file kept so far.
    /// </summary>
    private static bool Kept(Func<bool> keep)
    {
        try
        {
            return keep();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Puts the output's files into the new site: each linked (or copied where it cannot be), none read through a link.</summary>
    private static bool Keep(StagedOutput output, IEnumerable<(string Relative, string Path)> files)
    {
        foreach (var (relative, path) in files)
        {
            if (!output.KeepIfIntact(relative, _ => true))
            {
                output.WriteBytes(relative, File.ReadAllBytes(path));
            }
        }
        return true;
    }

    /// <summary>The output's index: its folder, its digest's text and its other files (path in the site, full path).</summary>
    private sealed record PreviousSearchIndex(string Folder, string Digest, List<(string Relative, string Path)> Files);
}

/// <summary>What a build did to the search index: kept it (nothing indexed), brought it up to date, or built it whole.</summary>
public sealed record SearchIndexing(int DocumentsIndexed, bool Whole)
{
    public static readonly SearchIndexing Kept = new(0, false);
}
