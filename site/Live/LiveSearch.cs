using System.Buffers;
using StaticNews.Site.Pages;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Search;
using StaticNews.Site.Serving;

namespace StaticNews.Site.Live;

/// <summary>
/// The preview's search index: the same files <c>dotnet build</c> writes (<see cref="SearchIndexer"/>), made in memory
/// when the search page first asks for one of them, never within an update. After an edit the index is brought up to date
/// from the last one made, indexing again only the articles whose record changed (<see cref="SearchIndex.With"/>), as
/// the build does; an article added or removed builds it whole. A document file is made when it is asked for (a page
/// of results asks for at most ten).
/// </summary>
public sealed class LiveSearch(ArticleBodyDigests bodies, Action<string>? failed = null)
{
    private readonly object _gate = new();
    private Made? _last;
    private int _indexed;

    /// <summary>How many articles' records have been indexed since the preview started (all of them for a whole index).</summary>
    public int DocumentsIndexed => Volatile.Read(ref _indexed);

    /// <summary>The index of <paramref name="content"/>'s articles, as a folder made when first asked for.</summary>
    public DeferredFolder Folder(SiteContent content) => new(SearchIndexer.Folder, () => Make(content));

    private IReadOnlyDictionary<string, ServedFile> Make(SiteContent content)
    {
        lock (_gate)
        {
            try
            {
                var documents = SearchIndexer.InDocumentOrder(SearchRecords.EntriesOf(content, bodies));
                var digest = SearchDigest.Of(documents);
                if (_last is { } last && last.Digest == digest)
                {
                    return last.Files;
                }
                var made = _last is { } previous && SearchDigest.Changed(previous.Digest, digest) is { } changed
                    ? Update(previous, documents, digest, changed)
                    : Whole(documents, digest);
                _last = made;
                return made.Files;
            }
            catch (Exception e)
            {
                // A bug must not take the preview down: the search page says search is unavailable, the terminal says why.
                failed?.Invoke($"error SNS0020: the preview's search index could not be made: {e.GetType().Name}: {e.Message}");
                return new Dictionary<string, ServedFile>(StringComparer.Ordinal);
            }
        }
    }

    private Made Whole(List<SearchEntry> documents, string digest)
    {
        var records = documents.AsParallel().AsOrdered().Select(entry => entry.Record()).ToList();
        Interlocked.Add(ref _indexed, records.Count);
        var files = new Dictionary<string, ServedFile>(SearchIndexFiles.DocumentFiles(documents.Count) + 64, StringComparer.Ordinal);
        for (var file = 0; file < SearchIndexFiles.DocumentFiles(documents.Count); file++)
        {
            AddDocuments(files, file, documents);
        }
        return Finish(documents, digest, SearchIndex.Of(records), files);
    }

    private Made Update(Made previous, List<SearchEntry> documents, string digest, List<int> changed)
    {
        var changes = changed.AsParallel().AsOrdered()
            .Select(number => (Document: number, Before: previous.Documents[number].Record(), After: documents[number].Record()))
            .ToList();
        Interlocked.Add(ref _indexed, changes.Count);
        var files = new Dictionary<string, ServedFile>(previous.Files, StringComparer.Ordinal);
        foreach (var file in changed.Select(SearchIndexFiles.DocumentFileOf).Distinct())
        {
            AddDocuments(files, file, documents);
        }
        return Finish(documents, digest, previous.Index.With(changes), files);
    }

    /// <summary>The words and the meta (which replace the previous ones: the chunks may be fewer) and the digest, beside the documents' files.</summary>
    private static Made Finish(List<SearchEntry> documents, string digest, SearchIndex index, Dictionary<string, ServedFile> files)
    {
        foreach (var path in files.Keys.Where(path => !path.StartsWith(SearchIndexer.Folder + "/docs/", StringComparison.Ordinal)).ToList())
        {
            files.Remove(path);
        }
        SearchIndexFiles.WriteIndex(index, (file, bytes) => Add(files, file, bytes.ToArray()));
        Add(files, SearchDigest.FileName, System.Text.Encoding.UTF8.GetBytes(digest));
        return new Made(documents, digest, index, files);
    }

    /// <summary>Document file <paramref name="file"/>, made from its documents' entries when asked for.</summary>
    private static void AddDocuments(Dictionary<string, ServedFile> files, int file, List<SearchEntry> documents)
    {
        var path = SearchIndexer.Folder + "/" + SearchIndexFiles.DocumentFileName(file);
        var entries = SearchIndexFiles.DocumentsIn(file, documents.Count).Select(number => documents[number]).ToList();
        files[path] = ServedFile.Deferred(path, () =>
        {
            var bytes = Array.Empty<byte>();
            SearchIndexFiles.WriteDocuments(file, entries.Select(entry => entry.Record()).ToList(), new ArrayBufferWriter<byte>(), (_, written) => bytes = written.ToArray());
            return bytes;
        });
    }

    private static void Add(Dictionary<string, ServedFile> files, string file, byte[] bytes)
    {
        var path = SearchIndexer.Folder + "/" + file;
        files[path] = ServedFile.Of(path, bytes);
    }

    /// <summary>The last index made: its documents in order, its digest, the index and its files.</summary>
    private sealed record Made(List<SearchEntry> Documents, string Digest, SearchIndex Index, IReadOnlyDictionary<string, ServedFile> Files);
}
