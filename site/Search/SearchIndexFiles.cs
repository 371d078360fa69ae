using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticNews.Site.Search;

/// <summary>
/// Writes a <see cref="SearchIndex"/> as the files the search page reads (site/assets/search.js; the format is in
/// docs/design-notes.md, "Search"), all JSON, under the index's folder:
/// <c>meta.json</c> (how many documents, their lengths, and the first word of each chunk of words),
/// <c>terms/K.json</c> (chunk K: each word's postings, document numbers delta-encoded) and <c>docs/F.json</c> (documents
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

    /// <summary>About how many bytes of postings a chunk holds before the next word starts a new one.</summary>
    public const int ChunkBytes = 64 * 1024;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Calls <paramref name="write"/> with each file of the words and the meta, its path in the index's folder and its bytes.</summary>
    public static void WriteIndex(SearchIndex index, Action<string, ReadOnlyMemory<byte>> write)
    {
        var chunks = WriteTerms(index, write);
        WriteMeta(index, chunks, write);
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

    /// <summary>Writes the chunks of words; returns the first word of each (the first chunk's is "", so every word has one).</summary>
    private static List<string> WriteTerms(SearchIndex index, Action<string, ReadOnlyMemory<byte>> write)
    {
        var firsts = new List<string> { "" };
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes * 2);
        var json = new Utf8JsonWriter(buffer, Json);
        json.WriteStartObject();
        void Close()
        {
            json.WriteEndObject();
            json.Flush();
            write(ChunkFile(firsts.Count - 1), buffer.WrittenMemory);
            buffer.ResetWrittenCount();
            json.Reset(buffer);
            json.WriteStartObject();
        }
        foreach (var (term, postings) in index.Terms)
        {
            if (json.BytesPending + buffer.WrittenCount >= ChunkBytes)
            {
                Close();
                firsts.Add(term);
            }
            json.WriteStartArray(term);
            var previous = 0;
            for (var i = 0; i < postings.Count; i += 2)
            {
                json.WriteNumberValue(postings[i] - previous);
                json.WriteNumberValue(postings[i + 1]);
                previous = postings[i];
            }
            json.WriteEndArray();
        }
        Close();
        json.Dispose();
        return firsts;
    }

    private static void WriteMeta(SearchIndex index, List<string> chunks, Action<string, ReadOnlyMemory<byte>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteNumber("documents", index.Lengths.Count);
            json.WriteNumber("documentsPerFile", DocumentsPerFile);
            json.WriteNumber("averageLength", index.Lengths.Count == 0 ? 0 : Math.Round(index.Lengths.Average(), 3));
            json.WriteStartArray("lengths");
            foreach (var length in index.Lengths)
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
