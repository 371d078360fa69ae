using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// The harness must hand the generator the text the compiler would. These tests compare its decoding with
/// Roslyn's own (internal) EncodedStringText, the code the compiler uses to read AdditionalFiles.
/// </summary>
public sealed class AdditionalTextDecodingTests
{
    private static readonly byte[] Latin1Title = Encoding.Latin1.GetBytes("Caf\u00e9 news\nA standfirst\nA paragraph.\n");

    /// <summary>Roslyn's internal EncodedStringText.Create(Stream, Encoding? defaultEncoding, SourceHashAlgorithm, bool canBeEmbedded).</summary>
    private static SourceText CompilerDecode(byte[] bytes)
    {
        var type = typeof(SourceText).Assembly.GetType("Microsoft.CodeAnalysis.Text.EncodedStringText", throwOnError: true)!;
        var create = type.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
            .Single(m => m.Name == "Create" && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(
                new[] { typeof(Stream), typeof(Encoding), typeof(SourceHashAlgorithm), typeof(bool) }));
        using var stream = new MemoryStream(bytes);
        return (SourceText)create.Invoke(null, new object?[] { stream, null, SourceHashAlgorithm.Sha256, false })!;
    }

    [Fact]
    public void Valid_UTF8_is_decoded_as_UTF8_like_the_compiler()
    {
        var bytes = TestData.SeedBytes;

        var ours = InMemoryAdditionalText.Decode(bytes);
        var compiler = CompilerDecode(bytes);

        Assert.Equal(compiler.ToString(), ours.ToString());
        Assert.Equal(65001, ours.Encoding!.CodePage);
        Assert.Equal(compiler.Encoding!.CodePage, ours.Encoding.CodePage);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Title\n")).ToArray();

        Assert.Equal("Title\n", InMemoryAdditionalText.Decode(bytes).ToString());
        Assert.Equal(CompilerDecode(bytes).ToString(), InMemoryAdditionalText.Decode(bytes).ToString());
    }

    /// <summary>
    /// The compiler reads UTF-16 and UTF-32 by their byte-order marks (UTF-32 LE's mark begins with UTF-16 LE's, and is
    /// told apart), so such documents reach the generator as their text; the runtime decodes embedded ones alike.
    /// </summary>
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void UTF16_and_UTF32_with_a_byte_order_mark_are_decoded_as_their_text_like_the_compiler(bool bigEndian, bool utf32)
    {
        const string text = "Caf\u00e9 \u8a9e \U0001F680\nStandfirst.\n";
        Encoding encoding = utf32 ? new UTF32Encoding(bigEndian, byteOrderMark: true) : new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        var compiler = CompilerDecode(bytes);

        Assert.Equal(text, compiler.ToString());
        Assert.Equal(encoding.CodePage, compiler.Encoding!.CodePage);
        Assert.Equal(text, InMemoryAdditionalText.Decode(bytes).ToString());
        Assert.Equal(encoding.CodePage, InMemoryAdditionalText.Decode(bytes).Encoding!.CodePage);
    }

    [Fact]
    public void Invalid_UTF8_falls_back_to_the_same_encoding_the_compiler_uses_on_this_machine()
    {
        var ours = InMemoryAdditionalText.Decode(Latin1Title, InMemoryAdditionalText.CompilerFallbackOnThisMachine);
        var compiler = CompilerDecode(Latin1Title);

        Assert.Equal(compiler.Encoding!.WebName, ours.Encoding!.WebName);
        Assert.Equal(compiler.ToString(), ours.ToString());
    }

    [Fact]
    public void Invalid_UTF8_read_with_the_Windows_code_page_keeps_the_accented_letter()
    {
        var text = InMemoryAdditionalText.Decode(Latin1Title);

        Assert.Equal("windows-1252", text.Encoding!.WebName);
        Assert.StartsWith("Caf\u00e9 news", text.ToString(), StringComparison.Ordinal);
    }
}
