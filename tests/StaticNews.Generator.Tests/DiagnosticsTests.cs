using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// One test per diagnostic: id, severity, file and 1-based line/column, and that a broken document never takes
/// the rest of the site with it (the good document still compiles into Articles.All).
/// </summary>
public sealed class DiagnosticsTests
{
    private const string GoodSlug = "good-news";

    private static InMemoryAdditionalText Good() =>
        TestData.Document("good.txt", TestData.PlainText("Good news", "Everything is fine.", "The body of a good article."));

    private static GeneratorRun Run(params AdditionalText[] documents) =>
        GeneratorHarness.Run(documents, TestData.Options()).AssertHealthy();

    private static void AssertAt(Diagnostic diagnostic, string id, DiagnosticSeverity severity, string path, int line, int? column = null)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        if (column is not null)
        {
            Assert.Equal(column, span.StartLinePosition.Character + 1);
        }
        // Every message names the problem in words, not just an id.
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage()));
    }

    /// <summary>Articles.All of the compiled output, as slugs.</summary>
    private static IReadOnlyList<string> PublishedSlugs(GeneratorRun run)
    {
        using var content = LoadedContent.Load(run.OutputCompilation);
        return content.AllSlugs;
    }

    [Fact]
    public void SN0001_empty_file_is_left_out()
    {
        var run = Run(TestData.Document("empty.txt", ""), Good());

        AssertAt(Assert.Single(run.Diagnostics), "SN0001", DiagnosticSeverity.Warning, TestData.DocumentPath("empty.txt"), 1, 1);
        Assert.Contains("seeds/empty.txt", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new[] { GoodSlug }, PublishedSlugs(run));
    }

    [Fact]
    public void SN0001_whitespace_only_file_is_left_out()
    {
        var run = Run(TestData.Document("blank.txt", "  \n\t\n \u00A0 \r\n\n"), Good());

        AssertAt(Assert.Single(run.Diagnostics), "SN0001", DiagnosticSeverity.Warning, TestData.DocumentPath("blank.txt"), 1, 1);
        Assert.Equal(new[] { GoodSlug }, PublishedSlugs(run));
    }

    [Fact]
    public void SN0002_title_only_is_reported_at_the_title_and_the_article_is_kept()
    {
        var run = Run(TestData.Document("title-only.txt", "\n\n   Only a headline\n\n"), Good());

        AssertAt(Assert.Single(run.Diagnostics), "SN0002", DiagnosticSeverity.Warning, TestData.DocumentPath("title-only.txt"), 3, 1);
        Assert.Equal(new[] { GoodSlug, "only-a-headline" }, PublishedSlugs(run));
    }

    public static TheoryData<string, string, string> Fallbacks => new()
    {
        // A Windows compiler reads such bytes with the ANSI code page: the letter survives.
        { "windows-1252", "Caf\u00e9 news", "cafe-news" },
        // The compiler on Linux and macOS has no ANSI code page and reads UTF-8 with replacement characters.
        { "utf-8", "Caf\uFFFD news", "caf-news" },
    };

    [Theory]
    [MemberData(nameof(Fallbacks))]
    public void SN0003_Latin1_bytes_are_reported_at_the_first_affected_character_and_the_article_is_built(string fallback, string expectedTitle, string expectedSlug)
    {
        var encoding = fallback == "utf-8" ? InMemoryAdditionalText.CompilerFallbackOnThisMachine : InMemoryAdditionalText.Windows1252;
        Assert.Equal(fallback, encoding.WebName);
        var bytes = Encoding.Latin1.GetBytes("\nCaf\u00e9 news\nA standfirst, in Latin-1.\nA paragraph.\n");
        var path = TestData.DocumentPath("latin1.txt");

        var run = Run(InMemoryAdditionalText.FromBytes(path, bytes, encoding), Good());

        var diagnostic = Assert.Single(run.Diagnostics);
        AssertAt(diagnostic, "SN0003", DiagnosticSeverity.Warning, path, 2, 4);
        Assert.Contains(fallback == "utf-8" ? "replacement" : "windows-1252", diagnostic.GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(new[] { expectedSlug, GoodSlug }, content.AllSlugs);
        Assert.Equal(expectedTitle, LoadedContent.Get<string>(content.BySlug(expectedSlug)!, "Title"));
    }

    [Fact]
    public void SN0003_is_reported_once_at_the_first_non_UTF8_line()
    {
        var bytes = Encoding.UTF8.GetBytes("Plain title\nPlain standfirst\n")
            .Concat(Encoding.Latin1.GetBytes("na\u00efve \u00fcber line\nand \u00e9 again\n")).ToArray();

        var run = Run(TestData.Document("later.txt", bytes), Good());

        AssertAt(Assert.Single(run.Diagnostics), "SN0003", DiagnosticSeverity.Warning, TestData.DocumentPath("later.txt"), 3, 3);
    }

    [Fact]
    public void SN0004_duplicate_slug_is_reported_on_the_later_file_and_both_articles_survive()
    {
        // Given in reverse order: the names are assigned in ordinal order of the path, not input order.
        var run = Run(
            TestData.Document("b.txt", TestData.PlainText("CON article", "Second.", "B body.")),
            TestData.Document("a.txt", TestData.PlainText("CON", "First.", "A body.")),
            Good());

        // "CON" is a reserved device name, so its slug is "con-article", which "CON article" also wants;
        // the class names (Con, ConArticle) differ, so this is a slug clash alone.
        var diagnostic = Assert.Single(run.Diagnostics);
        AssertAt(diagnostic, "SN0004", DiagnosticSeverity.Warning, TestData.DocumentPath("b.txt"), 1, 1);
        Assert.Contains("'con-article-2'", diagnostic.GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal("A body.", LoadedContent.Call<IReadOnlyList<string>>(content.BySlug("con-article")!, "GetParagraphs").Single());
        Assert.Equal("B body.", LoadedContent.Call<IReadOnlyList<string>>(content.BySlug("con-article-2")!, "GetParagraphs").Single());
        Assert.Equal(3, content.All.Count);
    }

    [Fact]
    public void SN0004_and_SN0005_for_the_same_title_twice()
    {
        var run = Run(
            TestData.Document("2025/second.txt", "\n" + TestData.PlainText("Same headline", "Second.", "Body two.")),
            TestData.Document("2024/first.txt", TestData.PlainText("Same headline", "First.", "Body one.")),
            Good());

        var path = TestData.DocumentPath("2025/second.txt");
        Assert.Collection(run.Diagnostics,
            d => AssertAt(d, "SN0004", DiagnosticSeverity.Warning, path, 2, 1),
            d => AssertAt(d, "SN0005", DiagnosticSeverity.Warning, path, 2, 1));
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(new[] { GoodSlug, "same-headline", "same-headline-2" }, content.AllSlugs);
        Assert.Equal(new[] { "GoodNews", "SameHeadline", "SameHeadline2" }, content.AllClassNames);
        Assert.Equal("seeds/2025/second.txt", LoadedContent.Get<string>(content.BySlug("same-headline-2")!, "SourcePath"));
    }

    [Fact]
    public void SN0005_duplicate_class_name_alone()
    {
        // Different slugs, but class names are cut at 44 characters, where both titles agree.
        var run = Run(
            TestData.Document("a.txt", TestData.PlainText("Government announces sweeping reforms of the pension system", "A.", "A.")),
            TestData.Document("b.txt", TestData.PlainText("Government announces sweeping reforms of the pension system today", "B.", "B.")),
            Good());

        var diagnostic = Assert.Single(run.Diagnostics);
        AssertAt(diagnostic, "SN0005", DiagnosticSeverity.Warning, TestData.DocumentPath("b.txt"), 1, 1);
        Assert.Contains("'GovernmentAnnouncesSweepingReformsOfThe2'", diagnostic.GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Contains("GovernmentAnnouncesSweepingReformsOfThe", content.AllClassNames);
        Assert.Contains("GovernmentAnnouncesSweepingReformsOfThe2", content.AllClassNames);
        Assert.Equal(3, content.All.Count);
    }

    [Fact]
    public void SN0006_boilerplate_removal_is_info_at_its_line()
    {
        var run = Run(
            TestData.Config("boilerplate:\n  - '^Subscribe to our newsletter'\n"),
            TestData.Document("promo.txt", TestData.PlainText("Title", "Standfirst.", "Real paragraph.", "Subscribe to our newsletter for more!", "Another paragraph.")),
            Good());

        AssertAt(Assert.Single(run.Diagnostics), "SN0006", DiagnosticSeverity.Info, TestData.DocumentPath("promo.txt"), 4, 1);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(new[] { "Real paragraph.", "Another paragraph." }, LoadedContent.Call<IReadOnlyList<string>>(content.BySlug("title")!, "GetParagraphs"));
    }

    [Fact]
    public void SN0007_text_with_a_NUL_is_left_out_at_the_NUL()
    {
        var run = Run(TestData.Document("nul.txt", "Title\nStand\0first\nBody.\n"), Good());

        AssertAt(Assert.Single(run.Diagnostics), "SN0007", DiagnosticSeverity.Warning, TestData.DocumentPath("nul.txt"), 2, 6);
        Assert.Equal(new[] { GoodSlug }, PublishedSlugs(run));
    }

    [Fact]
    public void SN0007_a_real_binary_file_named_txt_is_left_out()
    {
        // The start of a PNG file: not UTF-8 (0x89); after "\r\n", 0x1A and "\n" the NUL bytes start line 3.
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 };

        var run = Run(TestData.Document("image.txt", png), Good());

        AssertAt(Assert.Single(run.Diagnostics), "SN0007", DiagnosticSeverity.Warning, TestData.DocumentPath("image.txt"), 3, 1);
        Assert.Equal(new[] { GoodSlug }, PublishedSlugs(run));
    }

    [Fact]
    public void SN0008_invalid_YAML_is_reported_where_the_parser_stopped()
    {
        var run = Run(TestData.Config("title: StaticNews\ndescription: \"unterminated\n"), Good());

        var diagnostic = Assert.Single(run.Diagnostics);
        AssertAt(diagnostic, "SN0008", DiagnosticSeverity.Warning, TestData.ConfigPath, 2, 14);
        Assert.Contains("not valid YAML", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new[] { GoodSlug }, PublishedSlugs(run));
    }

    [Fact]
    public void SN0008_unknown_setting_is_reported_at_its_key()
    {
        var run = Run(TestData.Config("title: StaticNews\n\ncolour: red\n"), Good());

        var diagnostic = Assert.Single(run.Diagnostics);
        AssertAt(diagnostic, "SN0008", DiagnosticSeverity.Warning, TestData.ConfigPath, 3, 1);
        Assert.Contains("unknown setting 'colour'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new[] { GoodSlug }, PublishedSlugs(run));
    }

    [Fact]
    public void SN0008_invalid_regular_expression_is_reported_where_it_is_written_and_the_valid_patterns_still_apply()
    {
        var run = Run(
            TestData.Config("title: StaticNews\nboilerplate:\n  - '^Donate'\n  - '(unclosed'\n"),
            TestData.Document("appeal.txt", TestData.PlainText("Title", "Standfirst.", "Donate today!", "Body.")),
            Good());

        Assert.Collection(run.Diagnostics,
            d => AssertAt(d, "SN0006", DiagnosticSeverity.Info, TestData.DocumentPath("appeal.txt"), 3, 1),
            d => AssertAt(d, "SN0008", DiagnosticSeverity.Warning, TestData.ConfigPath, 4, 5));
        Assert.Contains("'(unclosed' is not a valid regular expression", run.Diagnostics[1].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new[] { GoodSlug, "title" }, PublishedSlugs(run));
    }

    [Fact]
    public void SN0008_an_unknown_time_zone_is_reported_at_its_value_even_when_other_text_repeats_it()
    {
        var run = Run(TestData.Config("title: Mars/Olympus News\ntime_zone: Mars/Olympus\n"), Good());

        var diagnostic = Assert.Single(run.Diagnostics);
        AssertAt(diagnostic, "SN0008", DiagnosticSeverity.Warning, TestData.ConfigPath, 2, 12);
        Assert.Contains("the time zone 'Mars/Olympus' is not known", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new[] { GoodSlug }, PublishedSlugs(run));
    }

    /// <summary>
    /// SN0009 is the last line of defence: an exception anywhere in processing one document. The honest trigger is a
    /// host that fails to read a file (an IDE whose file vanished, a network share): GetText throws. The generator
    /// must turn that into SN0009 for that file, not throw (CS8785 would drop every article).
    /// </summary>
    [Fact]
    public void SN0009_a_document_that_cannot_be_read_is_left_out_and_the_rest_builds()
    {
        var path = TestData.DocumentPath("unreadable.txt");

        var run = Run(new ThrowingAdditionalText(path), Good());

        var diagnostic = Assert.Single(run.Diagnostics);
        AssertAt(diagnostic, "SN0009", DiagnosticSeverity.Warning, path, 1, 1);
        Assert.Contains("IOException", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(new[] { GoodSlug }, PublishedSlugs(run));
    }

    [Fact]
    public void SN0009_a_configuration_that_cannot_be_read_is_reported_and_the_rest_builds()
    {
        var run = Run(new ThrowingAdditionalText(TestData.ConfigPath), Good());

        AssertAt(Assert.Single(run.Diagnostics), "SN0009", DiagnosticSeverity.Warning, TestData.ConfigPath, 1, 1);
        Assert.Equal(new[] { GoodSlug }, PublishedSlugs(run));
    }

    [Fact]
    public void Every_descriptor_has_a_unique_id_a_help_link_and_is_enabled()
    {
        var descriptors = typeof(Diagnostics.DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

        // SN0001 to SN0025 without gaps, and no repeats; later numbers are handed out in ranges (SN0030-SN0033 are the
        // documents scan's, SN0034-SN0041 front matter's, SN0042-SN0045 Markdown bodies'), so they may leave gaps.
        Assert.True(descriptors.Count >= 9);
        var ids = descriptors.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(ids.Distinct(), ids);
        Assert.All(ids, id => Assert.Matches("^SN[0-9]{4}$", id));
        Assert.Equal(Enumerable.Range(1, 25).Select(i => $"SN{i:D4}"), ids.Take(25));
        Assert.All(descriptors, d =>
        {
            Assert.True(d.IsEnabledByDefault);
            Assert.Equal("StaticNews", d.Category);
            Assert.EndsWith("#" + d.Id.ToLowerInvariant(), d.HelpLinkUri, StringComparison.Ordinal);
        });
        Assert.Equal(DiagnosticSeverity.Info, descriptors.Single(d => d.Id == "SN0006").DefaultSeverity);
    }

    public static IEnumerable<(string Name, AdditionalText Text)> Garbage()
    {
        for (var seed = 1; seed <= 4; seed++)
        {
            var random = new Random(seed);
            var bytes = new byte[4096 * seed];
            random.NextBytes(bytes);
            yield return ($"random-{seed}", TestData.Document($"random-{seed}.txt", bytes));

            // Without NUL bytes, so the text gets past the binary check and into the parser.
            var noNul = bytes.Select(b => b == 0 ? (byte)1 : b).ToArray();
            yield return ($"random-no-nul-{seed}", TestData.Document($"random-no-nul-{seed}.txt", noNul));
            yield return ($"random-no-nul-utf8-{seed}", InMemoryAdditionalText.FromBytes(
                TestData.DocumentPath($"random-no-nul-utf8-{seed}.txt"), noNul, InMemoryAdditionalText.CompilerFallbackOnThisMachine));

            // Random UTF-16 code units: lone surrogates, noncharacters, controls, bidi controls, line separators.
            var chars = new char[2048];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(6) == 0 ? '\n' : (char)random.Next(1, 0x10000);
            }
            yield return ($"random-utf16-{seed}", TestData.Document($"random-utf16-{seed}.txt", new string(chars)));
        }

        yield return ("huge-title", TestData.Document("huge-title.txt", string.Concat(Enumerable.Repeat("word ", 200_000))));
        yield return ("huge-paragraph", TestData.Document("huge-paragraph.txt", "Title\nStandfirst\n" + new string('x', 1_000_000) + "\n"));
        yield return ("many-lines", TestData.Document("many-lines.txt", "Title\nStandfirst\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Line {i}.\n"))));
        yield return ("lone-surrogates", TestData.Document("lone-surrogates.txt", "\uD800 Title \uDFFF\nStand\uD83Dfirst\n\uDE00 body \uD800\n"));
        yield return ("noncharacters", TestData.Document("noncharacters.txt", "Title \uFFFE\uFFFF\uFDD0 end\nStand \uFDD0 first \uFFFF\nBody \uFFFF.\n"));
        yield return ("controls", TestData.Document("controls.txt", "\u0001\u0007Title\u001B[31m\nStandfirst\u0008\n\u007F\u0085body\u009B\n"));
        yield return ("separators", TestData.Document("separators.txt", "Title\u2028Standfirst\u2029Body\u0085More\rEven more\r\n"));
        yield return ("only-carriage-returns", TestData.Document("only-carriage-returns.txt", "\r\r\r"));
        yield return ("only-bom", TestData.Document("only-bom.txt", new byte[] { 0xEF, 0xBB, 0xBF }));
        yield return ("bom-in-text", TestData.Document("bom-in-text.txt", "\uFEFF\uFEFFTitle\uFEFF\nStandfirst\n"));
        yield return ("bidi", TestData.Document("bidi.txt", "\u202E\u2066\u200B\u200D\u202A\nx\u202Ey\n\u2067body\u2069\n"));
        yield return ("editors-note-only", TestData.Document("editors-note-only.txt", "Editor’s note:\n"));
        yield return ("editors-note-empty", TestData.Document("editors-note-empty.txt", "Title\nStandfirst\nBecome a memberEditor's note:\nEditor's note: second\n"));
        yield return ("code-like", TestData.Document("code-like.txt", "\"; } } class X { /* </summary> <!-- ]]> \\\nu8\"\"\"raw\"\"\" {{ }} #if DEBUG\n#endregion\n"));
        yield return ("long-word", TestData.Document("long-word.txt", new string('a', 100_000) + "\n" + new string('b', 100_000) + "\n"));
        yield return ("front-matter", TestData.Document("front-matter.md", "---\ntitle: [unclosed\n---\n# Heading\n"));
        yield return ("windows-path", new InMemoryAdditionalText("C:\\repo\\seeds\\win dows [1].txt", TestData.PlainText("Windows path", "S.", "B.")));
        yield return ("odd-path", new InMemoryAdditionalText("/repo/seeds/we ird/ünï cödé #1 %20.txt", TestData.PlainText("Odd path", "S.", "B.")));
        for (var i = 0; i < 30; i++)
        {
            yield return ($"same-{i}", TestData.Document($"same/{i:D2}.txt", TestData.PlainText("Same title", "S.", "B.")));
        }
    }

    /// <summary>
    /// Garbage in, diagnostics out: the generator never throws (which would drop every article with CS8785), the
    /// output compiles without errors or warnings, and every document is either published or has a warning.
    /// </summary>
    [Fact]
    public void Garbage_never_crashes_the_generator()
    {
        var garbage = Garbage().ToList();

        var run = GeneratorHarness.Run(garbage.Select(g => g.Text).Append(Good()), TestData.Options());

        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "SN0009");
        run.AssertHealthy();

        using var content = LoadedContent.Load(run.OutputCompilation);
        var published = content.All.Select(a => LoadedContent.Get<string>(a, "SourcePath")).ToHashSet(StringComparer.Ordinal);
        var warned = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Location.GetLineSpan().Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, text) in garbage)
        {
            var sourcePath = Parsing.SourcePaths.Relative(text.Path, TestData.ContentRoot);
            Assert.True(published.Contains(sourcePath) || warned.Contains(text.Path), $"'{name}' was neither published nor reported.");
        }
        Assert.Contains(GoodSlug, content.AllSlugs);
        Assert.Equal(content.All.Count, content.AllSlugs.Distinct(StringComparer.Ordinal).Count());
        Assert.All(content.AllSlugs, slug => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug));
    }

    [Fact]
    public void Garbage_alone_still_gives_a_compiling_empty_index()
    {
        var run = GeneratorHarness.Run(new AdditionalText[] { TestData.Document("empty.txt", ""), TestData.Document("nul.txt", "\0") }, TestData.Options());

        run.AssertHealthy();
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Empty(content.All);
        Assert.Null(content.BySlug("anything"));
    }

    private sealed class ThrowingAdditionalText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new IOException($"The file '{Path}' was removed while the build read it.");
    }
}
