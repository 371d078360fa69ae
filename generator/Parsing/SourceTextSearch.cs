using System;
using Microsoft.CodeAnalysis.Text;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// Finds characters in a document's whole text a chunk at a time, with the span searches (vectorized), where reading
/// <c>SourceText</c> character by character makes a virtual call per character: every document is searched this way
/// for NULs, noncharacters and replacement characters before it is parsed.
/// </summary>
public static class SourceTextSearch
{
    private const int ChunkLength = 4096;

    [ThreadStatic]
    private static char[]? _chunk;

    /// <summary>The position of the first <paramref name="wanted"/> at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOf(SourceText text, char wanted, int start = 0) => IndexOfAny(text, wanted, wanted, wanted, start);

    /// <summary>The position of the first of the three characters at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOfAny(SourceText text, char first, char second, char third, int start = 0)
    {
        var chunk = _chunk ??= new char[ChunkLength];
        for (var at = start; at < text.Length; at += ChunkLength)
        {
            var length = Math.Min(ChunkLength, text.Length - at);
            text.CopyTo(at, chunk, 0, length);
            var found = chunk.AsSpan(0, length).IndexOfAny(first, second, third);
            if (found >= 0)
            {
                return at + found;
            }
        }
        return -1;
    }
}
