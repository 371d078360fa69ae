using System.Text;
using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Documents saved as UTF-16 or UTF-32 (little- or big-endian, with a byte-order mark) are articles like UTF-8 ones:
/// the compiler decodes them by the mark, and the runtime reads the embedded document's bytes back to the same text.
/// </summary>
public sealed class UnicodeEncodingTests
{
    private static readonly string LongParagraph = string.Concat(Enumerable.Repeat("Ünïcödé wörds, 語 and \U0001F680 again. ", 12));

    private static readonly string PlainText = TestData.PlainText("Café in Yerevan", "Երեւան’s terraces reopen.", LongParagraph, "Second paragraph: ёлка.");

    private const string Markdown = "---\ntitle: Déjà vu\ndescription: A standfirst.\ntags: [café]\n---\nFirst *line*  \nsecond 語.\n\n```\ncode \U0001F680\n\n  indented\n```\n\nLast paragraph.\n";

    public static TheoryData<string> Encodings => new() { "utf-16LE", "utf-16BE", "utf-32LE", "utf-32BE" };

    private static Encoding EncodingNamed(string name) => name switch
    {
        "utf-16LE" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        "utf-32LE" => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        "utf-32BE" => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>The text with its byte-order mark, as an editor saves it (CRLF line ends, as on Windows).</summary>
    private static byte[] Saved(string text, Encoding encoding) => encoding.GetPreamble().Concat(encoding.GetBytes(text.Replace("\n", "\r\n"))).ToArray();

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_document_with_a_byte_order_mark_is_read_as_its_text(string encodingName)
    {
        var encoding = EncodingNamed(encodingName);
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            TestData.Document("plain.txt", Saved(PlainText, encoding)),
            TestData.Document("deja-vu.md", Saved(Markdown, encoding)),
        }, TestData.Options()).AssertHealthy();

        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "SN0003" or "SN0007" or "SN0025");
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(new[] { "cafe-in-yerevan", "deja-vu" }, content.AllSlugs.Order(StringComparer.Ordinal));
        var plain = content.BySlug("cafe-in-yerevan")!;
        Assert.Equal("Երեւան’s terraces reopen.", LoadedContent.Get<string>(plain, "Standfirst"));
        Assert.Equal(new[] { LongParagraph.Trim(), "Second paragraph: ёлка." }, LoadedContent.Call<IReadOnlyList<string>>(plain, "GetParagraphs"));
        Assert.Equal("First *line*  \nsecond 語.\n\n```\ncode \U0001F680\n\n  indented\n```\n\nLast paragraph.", LoadedContent.Call<string>(content.BySlug("deja-vu")!, "GetMarkdown"));
    }

    /// <summary>
    /// With documents embedded (as the site builds), the body is read from the document's bytes at run time, at
    /// character ranges the generator took from the compiler's text: both must decode the bytes alike. The excerpt
    /// reads only the start of the document, so its byte bound must hold for four bytes a character too.
    /// </summary>
    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_embedded_document_gives_the_same_body_and_excerpt_as_the_text(string encodingName)
    {
        var encoding = EncodingNamed(encodingName);
        var files = new (string Name, byte[] Bytes)[] { ("plain.txt", Saved(PlainText, encoding)), ("story.md", Saved(Markdown, encoding)) };
        var texts = files.Select(f => (AdditionalText)TestData.Document(f.Name, f.Bytes)).ToArray();
        var options = new TestOptionsProvider(new Dictionary<string, string> { [TestOptionsProvider.ContentRootKey] = TestData.ContentRoot })
        {
            FileOptions = files.ToDictionary(
                f => TestData.DocumentPath(f.Name),
                f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.StaticNewsResource"] = "StaticNews.Documents/" + f.Name }),
        };
        var resources = files.Select(f => new ResourceDescription("StaticNews.Documents/" + f.Name, () => new MemoryStream(f.Bytes), isPublic: true)).ToList();

        var embeddedRun = GeneratorHarness.Run(texts, options).AssertHealthy();
        var literalRun = GeneratorHarness.Run(texts, TestData.Options()).AssertHealthy();

        Assert.All(embeddedRun.ArticleClassNames, name => Assert.DoesNotContain("BodyUtf8", embeddedRun.ArticleSource(name), StringComparison.Ordinal));
        using var literal = LoadedContent.Load(literalRun.OutputCompilation);
        var expected = Bodies(literal);
        Assert.StartsWith(LongParagraph.Trim() + "\n\n", expected["cafe-in-yerevan"].Paragraphs, StringComparison.Ordinal);
        Assert.EndsWith("…", expected["cafe-in-yerevan"].Excerpt, StringComparison.Ordinal);
        var directory = Directory.CreateTempSubdirectory("staticnews-content-");
        try
        {
            using var fromBytes = LoadedContent.Load(embeddedRun.OutputCompilation, resources: resources);
            using var fromFile = LoadedContent.LoadFromFile(embeddedRun.OutputCompilation, directory.FullName, resources);
            Assert.Equal(expected, Bodies(fromBytes));
            Assert.Equal(expected, Bodies(fromFile));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static Dictionary<string, (string Paragraphs, string? Markdown, string Excerpt)> Bodies(LoadedContent content) =>
        content.All.ToDictionary(
            a => LoadedContent.Get<string>(a, "Slug"),
            a => (string.Join("\n\n", LoadedContent.Call<IReadOnlyList<string>>(a, "GetParagraphs")), LoadedContent.Call<string?>(a, "GetMarkdown"), LoadedContent.Get<string>(a, "Excerpt")));
}
