using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace StaticNews.Generator.Content;

/// <summary>
/// A document's bytes as the build gives them to the generator: UTF-8 unless a byte-order mark says UTF-16 or UTF-32
/// (the build passes a UTF-32 document as a UTF-8 copy); bytes that are not valid UTF-8 become U+FFFD, as the
/// compiler reads them on .NET (the parser then reports SN0003). The preview and the build's documents scan read
/// documents with it, so they parse what the generator parses.
/// </summary>
public static class DocumentText
{
    public static SourceText Decode(byte[] bytes)
    {
        if (Starts(bytes, 0xFF, 0xFE, 0x00, 0x00))
        {
            return Utf8Copy(new UTF32Encoding(bigEndian: false, byteOrderMark: true), bytes, 4);
        }
        if (Starts(bytes, 0x00, 0x00, 0xFE, 0xFF))
        {
            return Utf8Copy(new UTF32Encoding(bigEndian: true, byteOrderMark: true), bytes, 4);
        }
        if (Starts(bytes, 0xFF, 0xFE))
        {
            return SourceText.From(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Encoding.Unicode);
        }
        if (Starts(bytes, 0xFE, 0xFF))
        {
            return SourceText.From(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), Encoding.BigEndianUnicode);
        }
        var start = Starts(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return SourceText.From(Encoding.UTF8.GetString(bytes, start, bytes.Length - start), Encoding.UTF8);
    }

    private static SourceText Utf8Copy(Encoding encoding, byte[] bytes, int preamble) =>
        SourceText.From(encoding.GetString(bytes, preamble, bytes.Length - preamble), Encoding.UTF8);

    private static bool Starts(byte[] bytes, params byte[] prefix) => bytes.AsSpan().StartsWith(prefix);
}
