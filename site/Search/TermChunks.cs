using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticNews.Site.Search;

/// <summary>
/// Cuts the index's words, in order, into the chunk files the search page loads (<c>terms/K.json</c>: an object of
/// each word's postings, document numbers delta-encoded), and writes them. A chunk ends after a word the word itself
/// chooses: its hash falls under a share of the hash's range that grows with the word's postings (a word of
/// <see cref="TargetBytes"/> always ends one, most words of a few bytes almost never), once the chunk holds
/// <see cref="MinimumBytes"/>; or after any word past <see cref="MaximumBytes"/>. So where chunks end depends on the words
/// at the ends, not on how many bytes came before them: an edit that changes some words' postings changes the chunks of
/// those words, and the chunks after them end where they did (<see cref="SearchIndexUpdate"/> rewrites only those).
/// </summary>
public sealed class TermChunks
{
    /// <summary>About how many bytes of postings a chunk holds.</summary>
    public const int TargetBytes = 64 * 1024;

    /// <summary>A chunk holds at least this much before a word may end it: no chunk of a few small words.</summary>
    public const int MinimumBytes = 8 * 1024;

    /// <summary>A chunk ends after the word that takes it past this, whichever word it is (never met but by a freak of hashes).</summary>
    public const int MaximumBytes = 1024 * 1024;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(TargetBytes * 2);
    private readonly Utf8JsonWriter _json;
    private readonly Action<int, ReadOnlyMemory<byte>> _write;
    private readonly List<string> _firsts = [];
    private bool _open;
    private bool _ended;

    /// <param name="write">Told each chunk written: its number and its file's bytes.</param>
    public TermChunks(Action<int, ReadOnlyMemory<byte>> write)
    {
        _write = write;
        _json = new Utf8JsonWriter(_buffer, Json);
    }

    /// <summary>Each chunk's first word, in order; the first chunk's is "" (every word has a chunk).</summary>
    public IReadOnlyList<string> Firsts => _firsts;

    /// <summary>True when the next word starts a chunk: none is open, or the last word ended it.</summary>
    public bool AtChunkStart => !_open || _ended;

    /// <summary>Adds the next word (in ordinal order) with its postings: document number and count, in pairs, by document.</summary>
    public void Add(string term, List<int> postings)
    {
        if (_ended)
        {
            Close();
        }
        if (!_open)
        {
            Open(term);
        }
        var before = Position;
        _json.WriteStartArray(term);
        var previous = 0;
        for (var i = 0; i < postings.Count; i += 2)
        {
            _json.WriteNumberValue(postings[i] - previous);
            _json.WriteNumberValue(postings[i + 1]);
            previous = postings[i];
        }
        _json.WriteEndArray();
        var bytes = Position;
        _ended = bytes >= MaximumBytes || bytes >= MinimumBytes && EndsChunk(term, bytes - before);
    }

    /// <summary>
    /// Takes the next chunk as one that stands as it was written before (<see cref="SearchIndexUpdate"/>): it is numbered,
    /// not written. Only <see cref="AtChunkStart"/>, and the chunk must end where it ended before.
    /// </summary>
    /// <returns>Its number.</returns>
    public int Pass(string first)
    {
        if (_ended)
        {
            Close();
        }
        _firsts.Add(_firsts.Count == 0 ? "" : first);
        return _firsts.Count - 1;
    }

    /// <summary>Writes the open chunk; an index without a word still has its one chunk, an empty object.</summary>
    public void Finish()
    {
        if (!_open && _firsts.Count == 0)
        {
            Open("");
        }
        if (_open)
        {
            Close();
        }
        _json.Dispose();
    }

    private long Position => _json.BytesPending + _buffer.WrittenCount;

    private void Open(string first)
    {
        _firsts.Add(_firsts.Count == 0 ? "" : first);
        _json.WriteStartObject();
        _open = true;
    }

    private void Close()
    {
        _json.WriteEndObject();
        _json.Flush();
        _write(_firsts.Count - 1, _buffer.WrittenMemory);
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        (_open, _ended) = (false, false);
    }

    /// <summary>
    /// Whether a word whose postings take <paramref name="size"/> bytes ends its chunk: its hash (FNV-1a of its UTF-16
    /// units, the same in every process) falls under size / <see cref="TargetBytes"/> of the hash's range.
    /// </summary>
    private static bool EndsChunk(string term, long size)
    {
        var hash = 2166136261u;
        foreach (var unit in term)
        {
            hash = (hash ^ unit) * 16777619u;
        }
        return (ulong)hash * TargetBytes < (ulong)Math.Min(size, TargetBytes) << 32;
    }
}
