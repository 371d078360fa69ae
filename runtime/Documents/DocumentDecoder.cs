using System.Text;

namespace StaticNews.Content.Documents;

/// <summary>
/// A document's bytes as the compiler reads an additional file: by its byte-order mark (UTF-32 before UTF-16, whose
/// mark begins UTF-32's little-endian one), UTF-8 without one. The body ranges index into this text, and the
/// generator embeds only documents read this way.
/// </summary>
internal static class DocumentDecoder
{
    public static string Decode(byte[] bytes)
    {
        var length = bytes.Length;
        if (length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes, 4, length - 4);
        }
        if (length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetString(bytes, 4, length - 4);
        }
        if (length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, length - 2);
        }
        if (length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, length - 2);
        }
        var start = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, length - start);
    }
}
