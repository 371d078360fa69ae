using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// An AdditionalFile held in memory. Text given as bytes is decoded the way the compiler decodes additional
/// files (Roslyn's EncodedStringText): strictly as UTF-8 (a UTF-8, UTF-16 or UTF-32 byte-order mark wins), and when the bytes are not
/// valid UTF-8, again with a fallback encoding. The compiler's fallback is the system's ANSI code page, which is a
/// single-byte code page such as windows-1252 on Windows; on Linux and macOS there is none and the compiler falls
/// back to UTF-8 with U+FFFD replacements (<see cref="CompilerFallbackOnThisMachine"/>). Tests choose either.
/// </summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, Encoding.UTF8))
    {
    }

    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    /// <summary>The single-byte code page a Windows compiler (ANSI code page 1252) falls back to.</summary>
    public static Encoding Windows1252 { get; } = GetCodePage(1252);

    /// <summary>
    /// The fallback Roslyn's EncodedStringText.CreateFallbackEncoding picks on this machine: the ANSI code page
    /// (<c>Encoding.GetEncoding(0)</c>) with the code-pages provider registered, else windows-1252.
    /// </summary>
    public static Encoding CompilerFallbackOnThisMachine { get; } = GetCodePage(0);

    /// <summary>Bytes decoded like the compiler does; bytes that are not UTF-8 are read as <paramref name="fallback"/> (windows-1252 by default).</summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes, Encoding? fallback = null) => new(path, Decode(bytes, fallback));

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>
    /// Decodes bytes like the compiler's EncodedStringText: by a UTF-32 byte-order mark, else UTF-8 first (where
    /// SourceText.From reads a UTF-8 or UTF-16 mark), the fallback encoding after. SourceText.From alone takes UTF-32
    /// LE's mark for UTF-16 LE's and UTF-32 BE's for no mark; the compiler tells them apart.
    /// </summary>
    public static SourceText Decode(byte[] bytes, Encoding? fallback = null)
    {
        if (Utf32ByByteOrderMark(bytes) is { } utf32)
        {
            return SourceText.From(utf32.GetString(bytes, 4, bytes.Length - 4), utf32, SourceHashAlgorithm.Sha256);
        }
        try
        {
            return SourceText.From(bytes, bytes.Length, StrictUtf8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: false);
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(bytes, bytes.Length, fallback ?? Windows1252, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: false);
        }
    }

    private static Encoding? Utf32ByByteOrderMark(byte[] bytes) =>
        bytes.Length < 4 ? null
        : bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0 ? new UTF32Encoding(bigEndian: false, byteOrderMark: true)
        : bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF ? new UTF32Encoding(bigEndian: true, byteOrderMark: true)
        : null;

    private static Encoding GetCodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage) ?? Encoding.GetEncoding(1252);
    }

    public override string ToString() => Path;
}
