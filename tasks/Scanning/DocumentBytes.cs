namespace StaticNews.Tasks.Scanning;

/// <summary>What a document's bytes are, as far as the compiler is concerned.</summary>
internal enum DocumentKind
{
    Text,
    /// <summary>Binary data (NUL bytes): the compiler stops the whole build on it (error CS2015).</summary>
    Binary,
    /// <summary>UTF-32 big-endian, which the compiler cannot decode.</summary>
    Utf32BigEndian,
}

internal static class DocumentBytes
{
    /// <summary>
    /// Binary data has NUL bytes; so has text in UTF-16 and UTF-32, which a byte order mark announces. The compiler
    /// decodes UTF-16 by its mark (UTF-32 little-endian starts with UTF-16's), and calls a text binary when it holds
    /// two NUL characters in a row: that is what is checked for these.
    /// </summary>
    public static DocumentKind Classify(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
        {
            return DocumentKind.Utf32BigEndian;
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
}
