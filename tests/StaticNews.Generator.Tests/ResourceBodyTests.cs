using System.Text;
using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// When the build embeds documents (StaticNewsEmbedDocuments), articles read their bodies from the embedded
/// document instead of UTF-8 literals, so the compiler never parses the body text; the content is the same.
/// </summary>
public sealed class ResourceBodyTests
{
    private const string MarkdownText = "---\ntitle: Markdown story\ndescription: Kept as written.\n---\nFirst *line*  \nsecond line.\n\n```\ncode\n\n  indented\n```\n\nLast paragraph.\n\n\n";

    private static (GeneratorRun Run, List<ResourceDescription> Resources) RunEmbedded(params (string Name, byte[] Bytes)[] files)
    {
        var texts = files.Select(f => (AdditionalText)TestData.Document(f.Name, f.Bytes)).Append(TestData.Config()).ToArray();
        var options = new TestOptionsProvider(new Dictionary<string, string> { [TestOptionsProvider.ContentRootKey] = TestData.ContentRoot })
        {
            FileOptions = files.ToDictionary(
                f => TestData.DocumentPath(f.Name),
                f => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.StaticNewsResource"] = "StaticNews.Documents/" + f.Name }),
        };
        var run = GeneratorHarness.Run(texts, options).AssertHealthy();
        var resources = files.Select(f => new ResourceDescription("StaticNews.Documents/" + f.Name, () => new MemoryStream(f.Bytes), isPublic: true)).ToList();
        return (run, resources);
    }

    [Fact]
    public void The_seed_reads_its_23_paragraphs_from_the_embedded_document()
    {
        var (run, resources) = RunEmbedded(("seed.txt", TestData.SeedBytes));

        var source = run.ArticleSource("RussiaExpressesItsReadinessToProvideSupport");
        var part = run.Source(run.ArticlePartHintNames.Single());
        Assert.DoesNotContain("BodyUtf8", source, StringComparison.Ordinal);
        // The resource's name "StaticNews.Documents/seed.txt" as the data writes it: what precedes the end it shares with the
        // source path "seeds/seed.txt" ("s/seed.txt", 10 characters).
        Assert.Contains("19:StaticNews.Document10;", part, StringComparison.Ordinal);
        Assert.DoesNotContain("Following the freefall", part, StringComparison.Ordinal);

        var literal = LoadedContent.Load(GeneratorHarness.Run(new[] { TestData.Document("seed.txt", TestData.SeedBytes), TestData.Config() }, TestData.Options()).OutputCompilation);
        var embedded = LoadedContent.Load(run.OutputCompilation, resources: resources);
        var paragraphs = LoadedContent.Call<IReadOnlyList<string>>(embedded.All.Single(), "GetParagraphs");
        Assert.Equal(23, paragraphs.Count);
        Assert.Equal(LoadedContent.Call<IReadOnlyList<string>>(literal.All.Single(), "GetParagraphs"), paragraphs);
    }

    /// <summary>
    /// A headline, standfirst or editor's note that stands in the document as written is not in the generated data:
    /// the data names its range, and the article reads it from the embedded document. One that the front matter writes
    /// escaped (or YAML folds) is given as a text. Either way the article gives what the literal build gives.
    /// </summary>
    [Fact]
    public void Heading_texts_read_from_the_embedded_document_equal_the_literal_ones()
    {
        var escaped = Encoding.UTF8.GetBytes("---\ntitle: \"A \\\"quoted\\\" headline\"\ndescription: >\n  Folded over\n  two lines.\n---\nBody.\n");
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("\nTítulo 🗳 dos\nEntrada.\nCuerpo.\n")).ToArray();
        var files = new[] { ("seed.txt", TestData.SeedBytes), ("escaped.md", escaped), ("utf16.txt", utf16) };
        var (run, resources) = RunEmbedded(files);

        var data = string.Concat(run.ArticlePartHintNames.Select(h => System.Text.RegularExpressions.Regex.Match(run.Source(h), "const string Data = (.*);").Groups[1].Value));
        Assert.StartsWith("\"StaticNews.Articles/", data, StringComparison.Ordinal);
        Assert.DoesNotContain("Russia expresses its", data, StringComparison.Ordinal);
        Assert.DoesNotContain("This article has been updated", data, StringComparison.Ordinal);
        Assert.DoesNotContain("Entrada.", data, StringComparison.Ordinal);
        Assert.Contains("A \\\"quoted\\\" headline", data, StringComparison.Ordinal);
        Assert.Contains("Folded over two lines.", data, StringComparison.Ordinal);

        using var embedded = LoadedContent.Load(run.OutputCompilation, resources: resources);
        using var literal = LoadedContent.Load(GeneratorHarness.Run(files.Select(f => (AdditionalText)TestData.Document(f.Item1, f.Item2)).Append(TestData.Config()).ToArray(), TestData.Options()).OutputCompilation);
        static IEnumerable<(string, string, string, string?)> Headings(LoadedContent content) => content.All
            .Select(a => (LoadedContent.Get<string>(a, "Slug"), LoadedContent.Get<string>(a, "Title"), LoadedContent.Get<string>(a, "Standfirst"), LoadedContent.Get<string?>(a, "EditorsNote")))
            .OrderBy(h => h.Item1, StringComparer.Ordinal);
        var expected = Headings(literal).ToList();
        Assert.Contains(expected, h => h.Item2 == "Título 🗳 dos" && h.Item3 == "Entrada.");
        Assert.Contains(expected, h => h.Item4 == "This article has been updated to include the announcement of the latest call between Mirzoyan and Lavrov.");
        Assert.Equal(expected, Headings(embedded));
    }

    /// <summary>
    /// The data joins the ranges of Markdown lines one line break apart, and the runtime reads each line break in a range
    /// as '\n': every one-character line break the compiler knows ('\n', a lone '\r', U+0085, U+2028, U+2029) comes
    /// back as the literal gives it, mixed with "\r\n" (two characters, never joined).
    /// </summary>
    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Markdown_lines_joined_in_one_range_come_back_as_the_literal_gives_them(string lineBreak)
    {
        var text = "---\ntitle: Breaks\ndescription: Lead.\n---\nOne" + lineBreak + "two" + lineBreak + lineBreak + "three\r\nfour" + lineBreak + "five";
        var bytes = Encoding.UTF8.GetBytes(text);
        var (run, resources) = RunEmbedded(("breaks.md", bytes));

        using var embedded = LoadedContent.Load(run.OutputCompilation, resources: resources);
        using var literal = LoadedContent.Load(GeneratorHarness.Run(new[] { TestData.Document("breaks.md", bytes), TestData.Config() }, TestData.Options()).OutputCompilation);

        var expected = LoadedContent.Call<string>(literal.All.Single(), "GetMarkdown");
        Assert.Equal("One\ntwo\n\nthree\nfour\nfive", expected);
        Assert.Equal(expected, LoadedContent.Call<string>(embedded.All.Single(), "GetMarkdown"));
        Assert.DoesNotContain("BodyUtf8", run.ArticleSource(run.ArticleClassNames.Single()), StringComparison.Ordinal);
    }

    /// <summary>Most bodies: every line ends in '\n' alone, so the body is one range of the document, taken as it stands.</summary>
    [Fact]
    public void A_body_whose_lines_end_in_newlines_alone_comes_back_whole()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: One run\ndescription: Lead.\n---\nFirst line\nsecond line.\n\n> Quoted.\n\nLast paragraph, last word.\n");
        var (run, resources) = RunEmbedded(("one-run.md", bytes));

        using var embedded = LoadedContent.Load(run.OutputCompilation, resources: resources);

        Assert.Equal("First line\nsecond line.\n\n> Quoted.\n\nLast paragraph, last word.", LoadedContent.Call<string>(embedded.All.Single(), "GetMarkdown"));
        Assert.DoesNotContain("BodyUtf8", run.ArticleSource(run.ArticleClassNames.Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_with_crlf_and_a_bom_comes_back_exactly_as_the_literal_gives_it()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(MarkdownText.Replace("\n", "\r\n"))).ToArray();
        var (run, resources) = RunEmbedded(("story.md", bytes));

        var embedded = LoadedContent.Load(run.OutputCompilation, resources: resources);
        var literal = LoadedContent.Load(GeneratorHarness.Run(new[] { TestData.Document("story.md", bytes), TestData.Config() }, TestData.Options()).OutputCompilation);

        var expected = LoadedContent.Call<string>(literal.All.Single(), "GetMarkdown");
        Assert.Equal("First *line*  \nsecond line.\n\n```\ncode\n\n  indented\n```\n\nLast paragraph.", expected);
        Assert.Equal(expected, LoadedContent.Call<string>(embedded.All.Single(), "GetMarkdown"));
    }

    [Fact]
    public void From_an_assembly_file_the_bodies_are_read_at_their_offsets_and_are_the_same()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(MarkdownText.Replace("\n", "\r\n"))).ToArray();
        var (run, resources) = RunEmbedded(("seed.txt", TestData.SeedBytes), ("story.md", bytes), ("short.txt", Encoding.UTF8.GetBytes("Short\nStandfirst.\nOne line.\n")));
        var directory = Directory.CreateTempSubdirectory("staticnews-content-");
        try
        {
            using var fromBytes = LoadedContent.Load(run.OutputCompilation, resources: resources);
            using var fromFile = LoadedContent.LoadFromFile(run.OutputCompilation, directory.FullName, resources);

            // Loaded from bytes there is no file: the runtime's own lookup serves. From a file, the offsets table does.
            Assert.Null(EmbeddedDocuments(fromBytes));
            Assert.NotNull(EmbeddedDocuments(fromFile));
            var expected = fromBytes.All.ToDictionary(a => LoadedContent.Get<string>(a, "Slug"), a => LoadedContent.Call<IReadOnlyList<string>>(a, "GetParagraphs"));
            Assert.Equal(3, expected.Count);
            foreach (var article in fromFile.All)
            {
                Assert.Equal(expected[LoadedContent.Get<string>(article, "Slug")], LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs"));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_excerpt_read_from_the_start_of_a_document_is_the_one_cut_from_its_whole_first_paragraph()
    {
        // Three-byte characters after a long standfirst: the excerpt reads only the start of the document, so too few
        // bytes would end the text before the first paragraph's 201st unit. Emoji are four bytes for two units.
        var cjk = string.Concat(Enumerable.Repeat("語", 120)) + " " + string.Concat(Enumerable.Repeat("語", 200));
        var emoji = "x" + string.Concat(Enumerable.Repeat("\U0001F680", 150));
        var standfirst = string.Concat(Enumerable.Repeat("Ünïcödé standfirst. ", 30));
        var documents = new (string Name, byte[] Bytes)[]
        {
            ("cjk.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestData.PlainText("Kanji", standfirst, cjk, "Second."))).ToArray()),
            ("emoji.txt", Encoding.UTF8.GetBytes(TestData.PlainText("Rockets", standfirst, emoji))),
            ("short.txt", Encoding.UTF8.GetBytes(TestData.PlainText("Short", standfirst, "A short first paragraph.", "Second."))),
            ("brief.txt", Encoding.UTF8.GetBytes("Brief\nOnly a standfirst.\n")),
        };
        var (run, resources) = RunEmbedded(documents);
        using var literal = LoadedContent.Load(GeneratorHarness.Run(documents.Select(d => (AdditionalText)TestData.Document(d.Name, d.Bytes)).Append(TestData.Config()).ToArray(), TestData.Options()).OutputCompilation);
        var expected = literal.All.ToDictionary(a => LoadedContent.Get<string>(a, "Slug"), a => LoadedContent.Get<string>(a, "Excerpt"));
        Assert.Equal(string.Concat(Enumerable.Repeat("語", 120)) + "…", expected["kanji"]);
        Assert.Equal("A short first paragraph.", expected["short"]);
        Assert.Equal("Only a standfirst.", expected["brief"]);
        var directory = Directory.CreateTempSubdirectory("staticnews-content-");
        try
        {
            using var fromBytes = LoadedContent.Load(run.OutputCompilation, resources: resources);
            using var fromFile = LoadedContent.LoadFromFile(run.OutputCompilation, directory.FullName, resources);
            foreach (var content in new[] { fromBytes, fromFile })
            {
                Assert.Equal(expected, content.All.ToDictionary(a => LoadedContent.Get<string>(a, "Slug"), a => LoadedContent.Get<string>(a, "Excerpt")));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>The runtime's table of the content assembly's resource offsets (null when it reads through the runtime's lookup).</summary>
    private static object? EmbeddedDocuments(LoadedContent content)
    {
        var documentsType = content.ArticleType.Assembly.GetType("StaticNews.Content.Documents.ContentDocuments", throwOnError: true)!;
        var documents = documentsType.GetMethod("Of", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.Invoke(null, new object[] { content.Assembly })!;
        var lazy = documentsType.GetField("_mapped", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(documents)!;
        return lazy.GetType().GetProperty("Value")!.GetValue(lazy);
    }

    [Fact]
    public void A_document_that_is_not_utf8_keeps_its_body_as_a_literal()
    {
        var (run, _) = RunEmbedded(("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 headline\nStandfirst.\nCr\u00e8me br\u00fbl\u00e9e.\n")));

        var source = run.ArticleSource(run.ArticleClassNames.Single());
        Assert.Contains("BodyUtf8", source, StringComparison.Ordinal);
        Assert.DoesNotContain("StaticNews.Documents/latin1.txt", run.Source(run.ArticlePartHintNames.Single()), StringComparison.Ordinal);
    }
}
