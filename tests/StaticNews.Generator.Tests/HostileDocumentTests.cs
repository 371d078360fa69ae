using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Issue 3, item 8: hostile and messy documents. Each gets its diagnostic at file(line,col), none crashes the
/// generator, and the good documents of the same run still compile into Articles.All. The last test puts every case
/// in one documents folder, as the site build would see it.
/// </summary>
[Collection(LargeCompilations.Name)]
public sealed class HostileDocumentTests
{
    private static readonly string[] GoodSlugs = { "good", "good-news" };

    private static AdditionalText[] Good() => new AdditionalText[]
    {
        TestData.Document("good.txt", TestData.PlainText("Good news", "Everything is fine.", "The body of a good article.")),
        TestData.Document("good.md", "---\ntitle: Good markdown\nstandfirst: Also fine.\n---\nA *fine* body.\n"),
    };

    private static string Path(string name) => TestData.DocumentPath("hostile/" + name);

    private static AdditionalText Text(string name, string text) => TestData.Document("hostile/" + name, text);

    private static AdditionalText Bytes(string name, byte[] bytes) => TestData.Document("hostile/" + name, bytes);

    /// <summary>
    /// One hostile case: its documents, the diagnostic expected in the first of them (id, 1-based line and column), and
    /// the title the article is published with, or null when the document is left out of the site.
    /// </summary>
    private sealed record Case(AdditionalText[] Documents, string Id, int Line, int Column, string? PublishedTitle)
    {
        public Case(AdditionalText document, string id, int line, int column, string? publishedTitle)
            : this(new[] { document }, id, line, column, publishedTitle)
        {
        }

        public string FilePath => Documents[0].Path;
    }

    private static string FrontMatter(params string[] lines) => "---\n" + string.Join("\n", lines) + "\n---\nThe body.\n";

    /// <summary>The YAML "billion laughs": nine levels of nine aliases, 387 million leaves if anything expanded it.</summary>
    private static string AliasBomb()
    {
        var lines = new List<string> { "title: Laughs", "standfirst: S.", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            lines.Add($"{level}: &{level} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]");
        }
        lines.Add("j: *i");
        return FrontMatter(lines.ToArray());
    }

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    private static readonly Dictionary<string, Func<Case>> Cases = new()
    {
        // Encodings and line ends: handled, so each carries one deliberate error to show that positions stay right.
        ["bom-bytes"] = () => new(
            Bytes("bom-bytes.md", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FrontMatter("title: With a BOM", "standfirst: S.", "date: 31/12/2024"))).ToArray()),
            "SN0015", 4, 7, "With a BOM"),
        ["bom-character"] = () => new(Text("bom-character.txt", "\uFEFF" + FrontMatter("title: With a BOM character", "standfirst: S.", "date: 31/12/2024")),
            "SN0015", 4, 7, "With a BOM character"),
        ["crlf"] = () => new(Text("crlf.md", FrontMatter("title: CRLF", "standfirst: S.", "date: 31/12/2024").Replace("\n", "\r\n")), "SN0015", 4, 7, "CRLF"),
        ["cr"] = () => new(Text("cr.txt", FrontMatter("title: Old Mac", "standfirst: S.", "date: 31/12/2024").Replace("\n", "\r")), "SN0015", 4, 7, "Old Mac"),
        ["mixed-line-ends"] = () => new(Text("mixed.txt", "---\r\ntitle: Mixed\rstandfirst: S.\ndate: 31/12/2024\r\n---\rThe body.\n"), "SN0015", 4, 7, "Mixed"),
        ["latin1"] = () => new(Bytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 au lait\nA standfirst.\nThe body.\n")), "SN0003", 1, 4, "Caf\u00e9 au lait"),
        ["binary"] = () => new(
            Bytes("image.md", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 }),
            "SN0007", 3, 1, null),
        ["empty"] = () => new(Text("empty.md", ""), "SN0001", 1, 1, null),
        ["whitespace-only"] = () => new(Text("blank.txt", "  \n\t\n\u00A0\r\n\n"), "SN0001", 1, 1, null),
        ["empty-front-matter"] = () => new(Text("empty-front-matter.md", "---\n---\n\n"), "SN0001", 1, 1, null),
        ["title-only"] = () => new(Text("title-only.txt", "\nOnly a headline\n"), "SN0002", 2, 1, "Only a headline"),
        ["front-matter-only"] = () => new(Text("front-matter-only.md", "---\ntitle: Only front matter\n---\n"), "SN0002", 2, 1, "Only front matter"),

        // Front matter that is broken.
        ["unclosed"] = () => new(Text("unclosed.md", "\n---\ntitle: Never closed\nstandfirst: S.\n\nThe body.\n"), "SN0011", 2, 1, "unclosed"),
        ["not-yaml-quote"] = () => new(Text("quote.md", "---\ntitle: Quote\nstandfirst: \"never closed\n---\nThe body.\n"), "SN0010", 3, 13, "Quote"),
        ["not-yaml-prose"] = () => new(Text("prose.txt", "---\nThis is prose, not YAML.\n---\nProse title\nS.\nThe body.\n"), "SN0010", 2, 1, "Prose title"),
        // YamlDotNet reports the tab where it started scanning the scalar the tab breaks: the value of title.
        ["not-yaml-tab"] = () => new(Text("tab.md", "---\ntitle: Tab\n\tstandfirst: indented with a tab\n---\nThe body.\n"), "SN0010", 2, 8, "tab"),
        ["not-yaml-complex-key"] = () => new(Text("complex-key.md", "---\ntitle: Key\nstandfirst: S.\n[a, b]: value\n---\nThe body.\n"), "SN0010", 4, 1, "Key"),
        ["wrong-type-title"] = () => new(Text("title-list.md", FrontMatter("title: [a, b]", "standfirst: S.")), "SN0013", 2, 8, "title-list"),
        ["wrong-type-draft"] = () => new(Text("draft-maybe.md", FrontMatter("title: Maybe", "standfirst: S.", "draft: maybe")), "SN0013", 4, 8, "Maybe"),
        ["wrong-type-quoted-draft"] = () => new(Text("draft-quoted.md", FrontMatter("title: Quoted", "standfirst: S.", "draft: \"true\"")), "SN0013", 4, 8, "Quoted"),
        ["wrong-type-mapping"] = () => new(Text("mapping.md", FrontMatter("title: Mapping", "standfirst: S.", "author:", "  name: Jane")), "SN0013", 5, 3, "Mapping"),
        ["scalar-for-list"] = () => new(Text("scalar-tags.md", FrontMatter("title: Scalar", "standfirst: S.", "tags: politics")), "SN0020", 4, 7, "Scalar"),
        ["duplicate-key"] = () => new(Text("duplicate-key.md", FrontMatter("title: First", "title: Second", "standfirst: S.")), "SN0012", 3, 1, "First"),
        ["tag"] = () => new(Text("tag.md", FrontMatter("title: Tagged", "standfirst: S.", "run: !!python/object:os.system echo")), "SN0014", 4, 6, "Tagged"),

        // Alias bombs and deep nesting: bounded work, a diagnostic, no crash.
        ["alias-bomb"] = () => new(Text("laughs.md", AliasBomb()), "SN0014", 4, 4, "Laughs"),
        ["nesting-100k"] = () => new(Text("nesting-100k.txt", "---\ntitle: " + Nested(100_000) + "\n---\nDeep\nS.\nThe body.\n"), "SN0010", 1, 1, "Deep"),
        ["nesting-30k"] = () => new(Text("nesting-30k.md", FrontMatter("title: Nested", "standfirst: S.", "deep: " + Nested(30_000))), "SN0013", 4, 8, "Nested"),

        // Slugs that try to leave the output folder or name a device.
        ["slug-parent"] = () => new(Text("slug-parent.md", FrontMatter("title: Parent", "standfirst: S.", "slug: ../../etc/passwd")), "SN0016", 4, 7, "Parent"),
        ["slug-absolute"] = () => new(Text("slug-absolute.md", FrontMatter("title: Absolute", "standfirst: S.", "slug: /abs")), "SN0016", 4, 7, "Absolute"),
        ["slug-backslash"] = () => new(Text("slug-backslash.md", FrontMatter("title: Backslash", "standfirst: S.", "slug: a\\b")), "SN0016", 4, 7, "Backslash"),
        ["slug-encoded"] = () => new(Text("slug-encoded.md", FrontMatter("title: Encoded", "standfirst: S.", "slug: '%2e%2e%2f'")), "SN0016", 4, 7, "Encoded"),
        ["slug-con"] = () => new(Text("slug-con.md", FrontMatter("title: Device", "standfirst: S.", "slug: CON")), "SN0016", 4, 7, "Device"),
        ["slug-nul"] = () => new(Text("slug-nul.md", FrontMatter("title: Null device", "standfirst: S.", "slug: nul")), "SN0016", 4, 7, "Null device"),

        // Duplicates: both articles survive, the later one (by path) is renamed and reported.
        ["duplicate-slug"] = () => new(
            new[]
            {
                Text("dup-slug-b.md", FrontMatter("standfirst: S.", "slug: shared", "title: Second with the slug")),
                Text("dup-slug-a.md", FrontMatter("title: First with the slug", "standfirst: S.", "slug: shared")),
            },
            "SN0004", 4, 1, "Second with the slug"),
        ["duplicate-title"] = () => new(
            new[] { Text("dup-title-b.txt", TestData.PlainText("Same headline", "B.", "B.")), Text("dup-title-a.txt", TestData.PlainText("Same headline", "A.", "A.")) },
            "SN0004", 1, 1, "Same headline"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Fact]
    public void A_document_given_to_the_compiler_twice_is_one_article()
    {
        // The same path twice (a project that also lists a document as an AdditionalFiles item): one document.
        var twice = TestData.Document("twice.txt", TestData.PlainText("Told twice", "Standfirst.", "Body."));
        var again = TestData.Document("twice.txt", TestData.PlainText("Told twice", "Standfirst.", "Body."));

        var run = RunWithGood(new AdditionalText[] { twice, again });

        using var content = LoadWithGood(run);
        Assert.Single(content.AllSlugs, "told-twice");
        Assert.Equal(content.All.Count, content.AllSlugs.Distinct().Count());
        Assert.Empty(run.DiagnosticsWithId("SN0004"));
    }

    [Fact]
    public void A_document_given_twice_is_parsed_and_reported_once()
    {
        // No standfirst: SN0002, once, since the pipeline keeps one document per file before parsing.
        var twice = TestData.Document("twice.txt", "Told twice\n");
        var again = TestData.Document("twice.txt", "Told twice\n");

        var run = RunWithGood(new AdditionalText[] { twice, again });

        Assert.Single(run.DiagnosticsWithId("SN0002"));
        Assert.Single(run.ArticleClassNames, "ToldTwice");
    }

    private static GeneratorRun RunWithGood(IEnumerable<AdditionalText> documents) =>
        GeneratorHarness.Run(documents.Concat(Good()), TestData.Options()).AssertHealthy();

    /// <summary>Checks the good documents are published, and returns the loaded content for further checks.</summary>
    private static LoadedContent LoadWithGood(GeneratorRun run)
    {
        var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Superset(new HashSet<string>(GoodSlugs), content.AllSlugs.ToHashSet());
        Assert.All(content.AllSlugs, slug => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug));
        return content;
    }

    private static void AssertReported(GeneratorRun run, Case @case)
    {
        var path = @case.FilePath;
        Assert.True(
            run.Diagnostics.Any(d => d.Id == @case.Id && d.Location.GetLineSpan() is var span && span.Path == path
                && span.StartLinePosition.Line + 1 == @case.Line && span.StartLinePosition.Character + 1 == @case.Column),
            $"Expected {@case.Id} at {path}({@case.Line},{@case.Column}); got:\n{DiagnosticAssert.Describe(run.Diagnostics)}");
    }

    private static void AssertPublished(LoadedContent content, Case @case)
    {
        var sourcePath = Parsing.SourcePaths.Relative(@case.FilePath, TestData.ContentRoot);
        var article = content.All.SingleOrDefault(a => LoadedContent.Get<string>(a, "SourcePath") == sourcePath);
        if (@case.PublishedTitle is null)
        {
            Assert.Null(article);
        }
        else
        {
            Assert.True(article is not null, $"{sourcePath} is not in Articles.All");
            Assert.Equal(@case.PublishedTitle, LoadedContent.Get<string>(article, "Title"));
            // With duplicates, the other document survives too.
            var published = content.All.Select(a => LoadedContent.Get<string>(a, "SourcePath")).ToHashSet();
            Assert.All(@case.Documents, d => Assert.Contains(Parsing.SourcePaths.Relative(d.Path, TestData.ContentRoot), published));
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_hostile_document_is_reported_at_its_place_and_the_good_ones_still_build(string name)
    {
        var @case = Cases[name]();

        var run = RunWithGood(@case.Documents);

        AssertReported(run, @case);
        // Only the hostile documents are reported, never the good ones.
        Assert.All(run.Diagnostics, d => Assert.StartsWith(TestData.DocumentPath("hostile/"), d.Location.GetLineSpan().Path, StringComparison.Ordinal));
        using var content = LoadWithGood(run);
        AssertPublished(content, @case);
    }

    [Fact]
    public void The_alias_bomb_is_refused_in_bounded_time_with_SN0014_only()
    {
        var stopwatch = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(new[] { Text("laughs.md", AliasBomb()) }, TestData.Options(), trackSteps: false);
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(3), $"The generator took {stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.Null(run.Result.Exception);
        // Every anchor and every alias is named, and nothing else is wrong with the document.
        Assert.All(run.Diagnostics, d => Assert.Equal("SN0014", d.Id));
        Assert.Equal(9 + 8 * 9 + 1, run.Diagnostics.Count);
        Assert.Contains(run.Diagnostics, d => d.GetMessage().Contains("an alias (*h)", StringComparison.Ordinal));
        run.AssertHealthy();
    }

    public static TheoryData<string, string, int, int> DeepValues => new()
    {
        // Over the front-matter size limit: refused whole, at the opening fence.
        { Nested(100_000), "SN0010", 1, 1 },
        // Under it: the nested item is the wrong type, and the nesting is cut off 32 levels down.
        { Nested(30_000), "SN0010", 4, 40 },
        { new string('{', 30_000) + new string('}', 30_000), "SN0013", 4, 7 },
        { "\n  " + string.Concat(Enumerable.Repeat("- ", 30_000)) + "x", "SN0010", 5, 69 },
    };

    [Theory]
    [MemberData(nameof(DeepValues))]
    public void Deep_nesting_is_refused_in_bounded_time(string value, string id, int line, int column)
    {
        var document = Text("deep.md", FrontMatter("title: Deep", "standfirst: S.", "deep: " + value));

        var stopwatch = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(new[] { document }, TestData.Options(), trackSteps: false);
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(3), $"The generator took {stopwatch.Elapsed.TotalSeconds:F1} s");
        Assert.Null(run.Result.Exception);
        Assert.True(run.Diagnostics.Any(d => d.Id == id && d.Location.GetLineSpan().StartLinePosition == new Microsoft.CodeAnalysis.Text.LinePosition(line - 1, column - 1)),
            $"Expected {id} at ({line},{column}); got:\n{DiagnosticAssert.Describe(run.Diagnostics)}");
        Assert.All(run.Diagnostics, d => Assert.Contains(d.Id, new[] { "SN0010", "SN0013", "SN0002", "SN0023" }));
        run.AssertHealthy();
    }

    [Theory]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("/abs", "abs")]
    [InlineData("/etc/passwd", "etc-passwd")]
    [InlineData("a\\b", "a-b")]
    [InlineData("'%2e%2e%2f'", "2e-2e-2f")]
    [InlineData("'..'", null)]
    [InlineData("'C:\\Windows\\win.ini'", "c-windows-win-ini")]
    [InlineData("CON", "con-article")]
    [InlineData("nul", "nul-article")]
    [InlineData("com1", "com1-article")]
    [InlineData("'trailing. '", "trailing")]
    public void A_slug_that_tries_to_leave_the_output_folder_is_SN0016_and_made_safe(string written, string? expected)
    {
        var run = RunWithGood(new[] { Text("slug.md", FrontMatter("title: Escape attempt", "standfirst: S.", "slug: " + written)) });

        DiagnosticAssert.At(Assert.Single(run.Diagnostics), "SN0016", DiagnosticSeverity.Warning, Path("slug.md"), 4, 7);
        using var content = LoadWithGood(run);
        var article = content.All.Single(a => LoadedContent.Get<string>(a, "Title") == "Escape attempt");
        var slug = LoadedContent.Get<string>(article, "Slug");
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", slug);
        if (expected is not null)
        {
            Assert.Equal(expected, slug);
        }
        // The page the site writes for it stays inside the output folder.
        var output = System.IO.Path.GetFullPath("/site/_site/");
        Assert.StartsWith(output, System.IO.Path.GetFullPath(System.IO.Path.Combine(output, LoadedContent.Get<string>(article, "Url"), "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_that_is_already_safe_is_not_reported()
    {
        var run = RunWithGood(new[] { Text("slug.md", FrontMatter("title: Escape attempt", "standfirst: S.", "slug: my-own-slug-2024")) });

        Assert.Empty(run.Diagnostics);
        using var content = LoadWithGood(run);
        Assert.NotNull(content.BySlug("my-own-slug-2024"));
    }

    private static readonly string[] TitleList =
    {
        "Բարեւ, Երեւան",
        "Привет, мир",
        "Καλημέρα κόσμε",
        "北京新闻发布会",
        "東京のニュース",
        "مرحبا بالعالم",
        "שלום עולם",
        "عنوان with English inside",
        "🚀🔥",
        "👨‍👩‍👧",
        "class",
        "namespace",
        "null",
        "@class",
        "2024 Election results",
        "1984",
        "!!!",
    };

    public static TheoryData<string> Titles => new(TitleList);

    [Theory]
    [MemberData(nameof(Titles))]
    public void Titles_in_any_script_compile_to_valid_class_names_and_keep_their_text(string title)
    {
        var run = RunWithGood(new[]
        {
            Text("title.txt", TestData.PlainText(title, "A standfirst.", "A paragraph.")),
            Text("title.md", "---\ntitle: \"" + title + " (md)\"\nstandfirst: S.\n---\nBody.\n"),
        });

        Assert.Empty(run.Diagnostics);
        using var content = LoadWithGood(run);
        foreach (var (file, expected) in new[] { ("seeds/hostile/title.txt", title), ("seeds/hostile/title.md", title + " (md)") })
        {
            var article = content.All.Single(a => LoadedContent.Get<string>(a, "SourcePath") == file);
            Assert.Equal(expected, LoadedContent.Get<string>(article, "Title"));
            var className = article.GetType().Name;
            Assert.True(SyntaxFacts.IsValidIdentifier(className), className);
            Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(className));
            Assert.All(className, c => Assert.True(char.IsAsciiLetterOrDigit(c), className));
            Assert.Same(article, content.TypedArticle(className));
        }
    }

    [Fact]
    public void Markup_and_template_syntax_in_every_field_compiles_and_stays_literal()
    {
        const string title = "<script>alert('title')</script> {{ site.Title }}";
        const string standfirst = "</script><!-- {% raw %} {{ 7*7 }} --> & \"quotes\"";
        const string note = "<img src=x onerror=alert(1)> {{ x }} \"; } class Evil { //";
        const string body = "<script>alert(\"body\")</script>\n\n{{ site.Title }} and {% include evil %} and </script>\n\n\"\"\"u8; } } #if DEBUG";
        var markdown = TestData.Document("hostile/markup.md",
            "---\n"
            + "title: \"<script>alert('title')</script> {{ site.Title }}\"\n"
            + "standfirst: '</script><!-- {% raw %} {{ 7*7 }} --> & \"quotes\"'\n"
            + "tags: [\"<b>bold</b>\", \"{{ tag }}\", '</summary>']\n"
            + "section: \"{{ section }}\"\n"
            + "authors: ['<a href=\"javascript:alert(1)\">x</a>']\n"
            + "note: '<img src=x onerror=alert(1)> {{ x }} \"; } class Evil { //'\n"
            + "---\n"
            + body + "\n");
        var plain = Text("markup.txt", TestData.PlainText("<script>alert(1)</script>", "{{ page.title }} </summary>", "</script><script>alert(2)</script>", "\"u8; } } class Evil { // {{ x }}"));

        var run = RunWithGood(new[] { markdown, plain });

        // The body's template call and Liquid tag are reported as not executed (SN0042), and kept as written.
        var path = TestData.DocumentPath("hostile/markup.md");
        Assert.Collection(run.Diagnostics,
            d => DiagnosticAssert.At(d, "SN0042", DiagnosticSeverity.Warning, path, 11, 1),
            d => DiagnosticAssert.At(d, "SN0042", DiagnosticSeverity.Warning, path, 11, 22));
        using var content = LoadWithGood(run);
        var md = content.All.Single(a => LoadedContent.Get<string>(a, "SourcePath") == "seeds/hostile/markup.md");
        Assert.Equal(title, LoadedContent.Get<string>(md, "Title"));
        Assert.Equal(standfirst, LoadedContent.Get<string>(md, "Standfirst"));
        Assert.Equal(new[] { "<b>bold</b>", "{{ tag }}", "</summary>" }, LoadedContent.Get<IReadOnlyList<string>>(md, "Tags"));
        Assert.Equal("{{ section }}", LoadedContent.Get<string>(md, "Section"));
        Assert.Equal(new[] { "<a href=\"javascript:alert(1)\">x</a>" }, LoadedContent.Get<IReadOnlyList<string>>(md, "Authors"));
        Assert.Equal(note, LoadedContent.Get<string>(md, "Note"));
        Assert.Equal(note, LoadedContent.Get<IReadOnlyDictionary<string, object>>(md, "Fields")["note"]);
        Assert.Equal(body, LoadedContent.Call<string>(md, "GetMarkdown"));

        var txt = content.All.Single(a => LoadedContent.Get<string>(a, "SourcePath") == "seeds/hostile/markup.txt");
        Assert.Equal("<script>alert(1)</script>", LoadedContent.Get<string>(txt, "Title"));
        Assert.Equal("{{ page.title }} </summary>", LoadedContent.Get<string>(txt, "Standfirst"));
        Assert.Equal(new[] { "</script><script>alert(2)</script>", "\"u8; } } class Evil { // {{ x }}" }, LoadedContent.Call<IReadOnlyList<string>>(txt, "GetParagraphs"));

        // The tag index keeps the names as written; the slugs are plain words.
        var tags = ((System.Collections.IEnumerable)content.StaticProperty("Tags")).Cast<object>().ToList();
        Assert.Contains(tags, t => LoadedContent.Get<string>(t, "Name") == "<b>bold</b>" && LoadedContent.Get<string>(t, "Slug") == "b-bold-b");
        // No type was injected.
        Assert.Null(content.Assembly.GetType("Evil"));
    }

    [Fact]
    public void A_1_MB_paragraph_compiles()
    {
        var paragraph = string.Join(" ", Enumerable.Range(0, 1_000_000 / 8).Select(i => $"w{i % 100_000:D5}ab"))[..1_000_000];
        var run = RunWithGood(new[] { Text("one-mb.txt", TestData.PlainText("One megabyte", "A very long paragraph.", paragraph)) });

        Assert.Empty(run.Diagnostics);
        using var content = LoadWithGood(run);
        var article = content.BySlug("one-megabyte")!;
        Assert.Equal(paragraph, Assert.Single(LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs")));
        Assert.True(LoadedContent.Get<string>(article, "Excerpt").Length <= 201);
    }

    [Fact]
    public void A_5_MB_file_compiles()
    {
        var paragraph = "Lorem ipsum dolor sit amet, consectetur adipiscing elit — Ünïcödé, Ελληνικά, Հայերեն. ";
        var paragraphs = Enumerable.Range(0, 5 * 1024 * 1024 / 1000)
            .Select(i => i + " " + string.Concat(Enumerable.Repeat(paragraph, 11)).TrimEnd())
            .ToArray();
        var text = "---\ntitle: Five megabytes\nstandfirst: A very long file.\n---\n" + string.Join("\n\n", paragraphs) + "\n";
        Assert.True(Encoding.UTF8.GetByteCount(text) > 5 * 1024 * 1024);

        // Emitting the assembly is the real proof (CS8103, too many string literals, is an emit error), and the slow part
        // (about a second per megabyte of UTF-8 literal on this machine): the run is checked by emitting it once.
        var run = GeneratorHarness.Run(new[] { Text("five-mb.md", text) }.Concat(Good()), TestData.Options(), trackSteps: false);

        Assert.Null(run.Result.Exception);
        Assert.Empty(run.Diagnostics);
        using var content = LoadWithGood(run);
        var article = content.BySlug("five-mb")!;
        Assert.Equal(paragraphs.Length, LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs").Count);
        Assert.Equal(string.Join("\n\n", paragraphs), LoadedContent.Call<string>(article, "GetMarkdown"));
    }

    /// <summary>The issue's "done when", at generator level: one folder holding every case builds, each bad file is reported.</summary>
    [Fact]
    public void A_folder_holding_every_case_builds_and_every_bad_file_is_reported()
    {
        var cases = Cases.Values.Select(c => c()).ToList();
        var scripts = TitleList.Select((title, i) => Text($"script-{i}.txt", TestData.PlainText(title, "A standfirst.", "A paragraph."))).ToList();

        var run = RunWithGood(cases.SelectMany(c => c.Documents).Concat(scripts));

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "SN0009");
        foreach (var @case in cases)
        {
            AssertReported(run, @case);
        }
        using var content = LoadWithGood(run);
        foreach (var @case in cases)
        {
            AssertPublished(content, @case);
        }
        Assert.Equal(content.All.Count, content.AllSlugs.Distinct().Count());
        Assert.Equal(content.All.Count, content.AllClassNames.Distinct().Count());
        var titles = content.All.Select(a => LoadedContent.Get<string>(a, "Title")).ToHashSet();
        Assert.All(TitleList, title => Assert.Contains(title, titles));
    }
}
