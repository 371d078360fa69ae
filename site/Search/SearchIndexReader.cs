using System.Text.Json;

namespace StaticNews.Site.Search;

/// <summary>
/// Reads back what <see cref="SearchIndexFiles"/> wrote, for a build that brings the previous index up to date rather
/// than indexing every document again. Anything unexpected reads as nothing (null): the index is then built whole.
/// </summary>
public static class SearchIndexReader
{
    /// <summary>The meta of the index in <paramref name="folder"/> (each document's length, each chunk's first word), when it holds <paramref name="documents"/> documents.</summary>
    public static (List<int> Lengths, List<string> Chunks)? ReadMeta(string folder, int documents)
    {
        try
        {
            using var meta = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, SearchIndexFiles.MetaFile)));
            var root = meta.RootElement;
            if (root.GetProperty("version").GetInt32() != SearchIndexFiles.FormatVersion || root.GetProperty("documents").GetInt32() != documents
                || root.GetProperty("documentsPerFile").GetInt32() != SearchIndexFiles.DocumentsPerFile)
            {
                return null;
            }
            var lengths = root.GetProperty("lengths").EnumerateArray().Select(length => length.GetInt32()).ToList();
            var chunks = root.GetProperty("chunks").EnumerateArray().Select(first => first.GetString()!).ToList();
            if (lengths.Count != documents || chunks.Count == 0 || chunks[0] != "")
            {
                return null;
            }
            return (lengths, chunks);
        }
        catch (Exception e) when (Unreadable(e))
        {
            return null;
        }
    }

    /// <summary>Chunk <paramref name="chunk"/>'s words, in order, each with its postings (document and count, in pairs); null when it cannot be read.</summary>
    public static List<(string Term, List<int> Postings)>? ReadChunk(string folder, int chunk, int documents)
    {
        try
        {
            var terms = new List<(string Term, List<int> Postings)>();
            return ReadChunk(File.ReadAllBytes(Path.Combine(folder, SearchIndexFiles.ChunkFile(chunk))), documents, terms) ? terms : null;
        }
        catch (Exception e) when (Unreadable(e))
        {
            return null;
        }
    }

    /// <summary>What a file that is missing, unreadable or not what the writer wrote throws.</summary>
    private static bool Unreadable(Exception e) =>
        e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException or FormatException
            or IndexOutOfRangeException;

    /// <summary>Document <paramref name="number"/>'s record, from its document file in <paramref name="folder"/>.</summary>
    public static SearchRecord? ReadDocument(string folder, int number)
    {
        try
        {
            var name = SearchIndexFiles.DocumentFileName(SearchIndexFiles.DocumentFileOf(number));
            using var file = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, name)));
            var root = file.RootElement[SearchIndexFiles.PlaceInFile(number)];
            return new SearchRecord("/" + root.GetProperty("url").GetString(), root.GetProperty("language").GetString()!,
                root.GetProperty("title").GetString()!, root.GetProperty("text").GetString()!);
        }
        catch (Exception e) when (Unreadable(e))
        {
            return null;
        }
    }

    /// <summary>One chunk's words (each an array of document deltas and counts, in pairs) added to <paramref name="terms"/>, in order.</summary>
    private static bool ReadChunk(byte[] bytes, int documents, List<(string Term, List<int> Postings)> terms)
    {
        var reader = new Utf8JsonReader(bytes);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        // Each word's postings are read into one reused list and kept as an exact copy: lists grown a doubling at a time
        // would leave about as much again as garbage, for every word of the index.
        var postings = new List<int>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var term = reader.GetString()!;
            if (terms.Count > 0 && string.CompareOrdinal(terms[^1].Term, term) >= 0 || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }
            postings.Clear();
            var document = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.Number)
            {
                document += reader.GetInt32();
                if (!reader.Read() || reader.TokenType != JsonTokenType.Number || document >= documents)
                {
                    return false;
                }
                postings.Add(document);
                postings.Add(reader.GetInt32());
            }
            if (reader.TokenType != JsonTokenType.EndArray)
            {
                return false;
            }
            terms.Add((term, new List<int>(postings)));
        }
        return reader.TokenType == JsonTokenType.EndObject;
    }
}
