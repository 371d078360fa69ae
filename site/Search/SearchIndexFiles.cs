using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticNews.Site.Search;

/// <summary>
/// Writes a <see cref="SearchIndex"/> as the files the search page reads (site/assets/search.js; the format is in
/// docs/design-notes.md, "Search"), all JSON, under the index's folder:
/// <c>meta.json</c> (how many documents, their lengths, and the first word of each chunk of words),
/// <c>terms/K.json</c> (chunk K: each word's postings, document numbers delta-encoded; cut by <see cref="TermChunks"/>) and <c>docs/F.json</c> (documents
/// F × <see cref="DocumentsPerFile"/> onwards, each one's URL, headline, language and text, loaded only for the results
/// shown). A query loads the meta, one chunk a word and at most ten document files a page of results: a reader never
/// downloads the whole index.
/// </summary>
public static class SearchIndexFiles
{
    public const int FormatVersion = 2;

    /// <summary>
    /// How many documents share a file. One file per article was 10,000 files at 10,000 articles, 43 % of the site's
    /// files; creating a file costs far more than its bytes on some file systems (ext4 without a journal just after a
    /// clean: 2.7 s for 10,000 small files against 0.1 s for the same bytes in 100, bench/README.md). Eight keep a page of
    /// ten results at most ten files of about 43 KB at 5.4 KB an article.
    /// </summary>
    public const int DocumentsPerFile = 8;

    /// <summary>Written after the words and before the documents.</summary>
    public const string MetaFile = "meta.json";

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Calls <paramref name="write"/> with each file of the words and the meta, its path in the index's folder and its bytes.</summary>
    public static void WriteIndex(SearchIndex index, Action<string, ReadOnlyMemory<byte>> write)
    {
        var chunks = WriteTerms(index, write);
        WriteMeta(index.Lengths, chunks, write);
    }

    /// <summary>
    /// Document file <paramref name="file"/> (<see cref="DocumentFileName"/>): an array of its documents, in order, each
    /// one's URL, headline, language and text; <paramref name="documents"/> are those <see cref="DocumentsIn"/> gives.
    /// </summary>
    public static void WriteDocuments(int file, IReadOnlyList<SearchRecord> documents, ArrayBufferWriter<byte> buffer, Action<string, ReadOnlyMemory<byte>> write)
    {
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            json.WriteStartArray();
            foreach (var document in documents)
            {
                json.WriteStartObject();
                json.WriteString("url", document.Url.TrimStart('/'));
                json.WriteString("title", document.Title);
                json.WriteString("language", document.Language);
                json.WriteString("text", document.Content);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        write(DocumentFileName(file), buffer.WrittenMemory);
    }

    /// <summary>How many document files an index of <paramref name="documents"/> documents has.</summary>
    public static int DocumentFiles(int documents) => (documents + DocumentsPerFile - 1) / DocumentsPerFile;

    /// <summary>The document file that holds document <paramref name="document"/>.</summary>
    public static int DocumentFileOf(int document) => document / DocumentsPerFile;

    /// <summary>The numbers of the documents file <paramref name="file"/> holds, in an index of <paramref name="documents"/> documents.</summary>
    public static IEnumerable<int> DocumentsIn(int file, int documents) =>
        Enumerable.Range(file * DocumentsPerFile, Math.Min(DocumentsPerFile, documents - file * DocumentsPerFile));

    /// <summary>Where document <paramref name="document"/> stands in its file's array.</summary>
    public static int PlaceInFile(int document) => document % DocumentsPerFile;

    public static string DocumentFileName(int file) => "docs/" + file.ToString(CultureInfo.InvariantCulture) + ".json";

    public static string ChunkFile(int chunk) => "terms/" + chunk.ToString(CultureInfo.InvariantCulture) + ".json";

    /// <summary>Writes the chunks of words (<see cref="TermChunks"/>); returns the first word of each.</summary>
    private static IReadOnlyList<string> WriteTerms(SearchIndex index, Action<string, ReadOnlyMemory<byte>> write)
    {
        var chunks = new TermChunks((chunk, bytes) => write(ChunkFile(chunk), bytes));
        foreach (var (term, postings) in index.Terms)
        {
            chunks.Add(term, postings);
        }
        chunks.Finish();
        return chunks.Firsts;
    }

    /// <summary>The meta: how many documents, their lengths in words and the first word of each chunk.</summary>
    public static void WriteMeta(IReadOnlyList<int> lengths, IReadOnlyList<string> chunks, Action<string, ReadOnlyMemory<byte>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteNumber("documents", lengths.Count);
            json.WriteNumber("documentsPerFile", DocumentsPerFile);
            json.WriteNumber("averageLength", lengths.Count == 0 ? 0 : Math.Round(lengths.Average(), 3));
            json.WriteStartArray("lengths");
            foreach (var length in lengths)
            {
                json.WriteNumberValue(length);
            }
            json.WriteEndArray();
            json.WriteStartArray("chunks");
            foreach (var first in chunks)
            {
                json.WriteStringValue(first);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        write(MetaFile, buffer.WrittenMemory);
    }
}
