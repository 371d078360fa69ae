namespace StaticNews.Tasks.Scanning;

/// <summary>What a document's bytes are, as far as the compiler is concerned.</summary>
internal enum DocumentKind
{
    Text,
    /// <summary>Binary data (NUL bytes): the compiler stops the whole build on it (error CS2015).</summary>
    Binary,
    /// <summary>UTF-32 little-endian by its byte order mark, which the compiler would read as UTF-16 (the marks start
    /// alike): passed to it as a UTF-8 copy.</summary>
    Utf32LittleEndian,
    /// <summary>UTF-32 big-endian by its byte order mark, which the compiler cannot decode: passed to it as a UTF-8
    /// copy.</summary>
    Utf32BigEndian,
}

internal static class DocumentBytes
{
    /// <summary>
    /// Binary data has NUL bytes; so has text in UTF-16 and UTF-32, which a byte order mark announces. The compiler
    /// decodes UTF-16 by its mark, and calls a text binary when it holds two NUL characters in a row: that is what is
    /// checked for these. UTF-32 (its mark checked first: little-endian's starts with UTF-16's) is decoded by the scan.
    /// </summary>
    public static DocumentKind Classify(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return DocumentKind.Utf32BigEndian;
        }
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0)
        {
            return DocumentKind.Utf32LittleEndian;
        }
        var utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!utf16)
        {
            return System.Array.IndexOf(bytes, (byte)0) >= 0 ? DocumentKind.Binary : DocumentKind.Text;
        }
        for (var i = 2; i + 3 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0 && bytes[i + 1] == 0 && bytes[i + 2] == 0 && bytes[i + 3] == 0)
            {
                return DocumentKind.Binary;
            }
        }
        return DocumentKind.Text;
    }

    /// <summary>The text of a UTF-32 document (its byte order mark left out); what is not a character decodes as
    /// U+FFFD, as the runtime decodes it.</summary>
    public static string DecodeUtf32(byte[] bytes, bool bigEndian) =>
        new System.Text.UTF32Encoding(bigEndian, byteOrderMark: false).GetString(bytes, 4, bytes.Length - 4);
}
