using System.Collections.Immutable;
using StaticNews.Generator.Indexing;
using Microsoft.CodeAnalysis;
using StaticNews.Generator.Emit;
using StaticNews.Generator.Model;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// The generated C#, compared with approved files in Snapshots/. Each scenario also checks the set of generated
/// files, the diagnostics, and that the output compiles. Run with STATICNEWS_ACCEPT_SNAPSHOTS=1 to re-approve,
/// then read every changed .verified.cs before committing it.
/// </summary>
public sealed class EmitterSnapshotTests
{
    private const string SeedClass = "RussiaExpressesItsReadinessToProvideSupport";

    /// <summary>"Articles/Foo.g.cs" → "Scenario.Articles.Foo"; "StaticNews.Articles.g.cs" → "Scenario.StaticNews.Articles".</summary>
    private static string SnapshotName(string scenario, string hintName) =>
        scenario + "." + hintName.Replace('/', '.')[..^".g.cs".Length];

    /// <summary>Compares every generated file (all of them, so one run writes every .received.cs), then reports all differences.</summary>
    private static void MatchAll(GeneratorRun run, string scenario)
    {
        var failures = new List<string>();
        foreach (var hintName in run.HintNames)
        {
            try
            {
                Snapshot.Match(run.Source(hintName), SnapshotName(scenario, hintName));
            }
            catch (Xunit.Sdk.XunitException e)
            {
                failures.Add(e.Message);
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void Seed()
    {
        var run = GeneratorHarness.Run(TestData.Seed().With(TestData.Config()), TestData.Options()).AssertHealthy();

        Assert.Equal(new[] { SeedClass }, run.ArticleClassNames);
        Assert.Equal(
            new[] { Assert.Single(run.ArticlePartHintNames), IndexEmitter.HintName, PagesEmitter.HintName },
            run.HintNames);
        Assert.Equal(new[] { "SN0006", "SN0006" }, run.Diagnostics.Select(d => d.Id));
        MatchAll(run, "Seed");
    }

    [Fact]
    public void Hand_made_documents_with_quotes_backslashes_and_invisible_characters()
    {
        var run = GeneratorHarness.Run(
            new AdditionalText[]
            {
                TestData.Document("quotes.txt", TestData.PlainText(
                    "Minister says \"no\" to the C:\\Windows\\ backslash tax",
                    "A \"quoted\" standfirst with <b>markup</b> & an ampersand.",
                    "He wrote \"\\n\" on the board \u2014 a backslash, then n.",
                    "Tabs\tstay inside a paragraph.")),
                TestData.Document("bidi.txt", TestData.PlainText(
                    "Invoice\u202Etxt.exe scandal reaches parliament",
                    "The family emoji \U0001F468\u200D\U0001F469\u200D\U0001F467 is joined by zero-width joiners.",
                    "A zero\u200Bwidth space and a right-to-left override \u202E stay escaped in code.")),
                TestData.Document("cyrillic.txt",
                    "\n\nПривет мир\nСтандфёрст по-русски.\nBecome a memberEditor's note: Обновлено.\nԲարեւ Երեւան, ու ևս մեկ պարբերություն։\n"),
            },
            TestData.Options()).AssertHealthy();

        Assert.Equal(
            new[] { "InvoiceTxtExeScandalReachesParliament", "MinisterSaysNoToTheCWindowsBackslashTax", "PrivetMir" },
            run.ArticleClassNames);
        Assert.Equal(
            run.ArticlePartHintNames.Concat(new[] { IndexEmitter.HintName, PagesEmitter.HintName }),
            run.HintNames);
        // "Become a member" glued to the editor's note is a call-to-action, removed and reported.
        var removal = Assert.Single(run.Diagnostics);
        Assert.Equal("SN0006", removal.Id);
        foreach (var hintName in run.HintNames)
        {
            var source = run.Source(hintName);
            Assert.DoesNotContain('\u202E', source);
            Assert.DoesNotContain('\u200B', source);
            Assert.DoesNotContain('\u200D', source);
        }
        MatchAll(run, "HandMade");

        // Escaped in the code, but exactly the document's text at run time.
        using var content = LoadedContent.Load(run.OutputCompilation);
        var bidi = content.BySlug("invoice-txt-exe-scandal-reaches-parliament")!;
        Assert.Equal("Invoice\u202Etxt.exe scandal reaches parliament", LoadedContent.Get<string>(bidi, "Title"));
        Assert.Contains("\U0001F468\u200D\U0001F469\u200D\U0001F467", LoadedContent.Get<string>(bidi, "Standfirst"), StringComparison.Ordinal);
        var quotes = content.BySlug("minister-says-no-to-the-c-windows-backslash-tax")!;
        Assert.Equal("Minister says \"no\" to the C:\\Windows\\ backslash tax", LoadedContent.Get<string>(quotes, "Title"));
        Assert.Equal(
            new[] { "He wrote \"\\n\" on the board \u2014 a backslash, then n.", "Tabs\tstay inside a paragraph." },
            LoadedContent.Call<IReadOnlyList<string>>(quotes, "GetParagraphs"));
    }

    /// <summary>
    /// The generated types follow the namespace property; the runtime's (Article, Tag) are StaticNews.Runtime's, in
    /// StaticNews.Content, and no generated file declares them: the runtime is compiled once, not into every consumer.
    /// </summary>
    [Fact]
    public void Generated_types_follow_the_namespace_property_and_the_runtime_is_not_generated()
    {
        var run = GeneratorHarness.Run(
            new AdditionalText[] { TestData.Document("a.txt", TestData.PlainText("Alpha", "First.", "Body.")) },
            TestData.Options(@namespace: "Newsroom.Typed")).AssertHealthy();

        var generated = string.Concat(run.HintNames.Select(run.Source));
        Assert.Contains("namespace Newsroom.Typed\n", generated, StringComparison.Ordinal);
        var declared = run.OutputCompilation.SyntaxTrees.Except(run.InputCompilation.SyntaxTrees)
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            .Select(type => type.Identifier.ValueText)
            .ToList();
        Assert.Contains("Articles", declared);
        Assert.Contains("Alpha", declared);
        Assert.DoesNotContain("Article", declared);
        Assert.DoesNotContain("Tag", declared);
        Assert.DoesNotContain("ArticleFormat", declared);
        Assert.DoesNotContain(" class Article ", generated, StringComparison.Ordinal);
        var alpha = run.OutputCompilation.GetTypeByMetadataName("Newsroom.Typed.ArticleClasses.Alpha")!;
        Assert.Equal("StaticNews.Runtime", alpha.BaseType!.ContainingAssembly.Name);
        MatchAll(run, "CustomNamespace");
    }

    /// <summary>The emitter on a hand-made model (no driver): a dated Markdown article with every kind of metadata and custom field.</summary>
    [Fact]
    public void Emitter_on_a_dated_model()
    {
        var location = LocationInfo.StartOf("/repo/seeds/dated.md");
        var metadata = SampleModels.DatedMetadata(location) with
        {
            CustomFields = new EquatableArray<CustomField>(new[]
            {
                new CustomField("reading_level", "ReadingLevel", CustomFieldType.Integer, new EquatableArray<string>(new[] { "3" }), location),
                new CustomField("score", "Score", CustomFieldType.Number, new EquatableArray<string>(new[] { "4.5" }), location),
                new CustomField("breaking", "Breaking", CustomFieldType.Boolean, new EquatableArray<string>(new[] { "true" }), location),
                new CustomField("embargo", "Embargo", CustomFieldType.Date, new EquatableArray<string>(new[] { "2025-04-02T08:00:00.0000000+04:00" }), location),
                new CustomField("keywords", "Keywords", CustomFieldType.StringList, new EquatableArray<string>(new[] { "CSTO", "EAEU" }), location),
                new CustomField("desk", "Desk", CustomFieldType.String, new EquatableArray<string>(new[] { "Yerevan \"desk\"" }), location),
            }),
        };
        var document = new ArticleDocument(
            FilePath: "/repo/seeds/dated.md",
            SourcePath: "seeds/dated.md",
            Format: DocumentFormat.Markdown,
            Title: "Dated \"story\"",
            Standfirst: "Published at a fixed instant, in Yerevan time.",
            EditorsNote: null,
            Body: "First *paragraph*.\n\nSecond \\ paragraph.",
            Metadata: metadata,
            WordCount: 4,
            ProposedSlug: "dated-story",
            ProposedClassName: "DatedStory",
            TitleLocation: location);
        var named = new NamedArticle(document, new ArticleNames(document.FilePath, "dated-story", "DatedStory", new ArticleReference(0, 0)), GeneratorOptions.DefaultNamespace);

        var part = new ArticlePart(7, new EquatableArray<NamedArticle>(new[] { named }));
        var source = ArticleEmitter.Emit(part);

        Assert.Equal("Articles/Part007.g.cs", ArticleEmitter.HintName(part));
        Snapshot.Match(source, "Model.DatedStory");
    }

    /// <summary>The index on hand-made entries: newest first, undated last, ties by slug; tags merged by slug.</summary>
    [Fact]
    public void Index_emitter_orders_newest_first()
    {
        // Each entry's place as the naming step gives it (two of them share part 7).
        static IndexEntry Entry(string slug, int part, int position, DateTimeOffset? published, params string[] tags) =>
            new(slug, new ArticleReference(part, position), published, new EquatableArray<string>(tags), false, "seeds/" + slug + ".md", LocationInfo.StartOf(slug));
        var entries = new[]
        {
            Entry("undated-b", 7, 1, null, "Politics"),
            Entry("older", 3, 0, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), "politics", "Économie"),
            Entry("undated-a", 7, 0, null),
            Entry("newer", 200, 0, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(4)), "economie"),
            Entry("same-instant", 12, 0, new DateTimeOffset(2024, 12, 31, 20, 0, 0, TimeSpan.Zero)),
        };

        var index = IndexBuilder.Build(GeneratorOptions.DefaultNamespace, entries.ToImmutableArray(), includeDrafts: false, now: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        IndexEntry Resolve(ArticleReference reference) => entries.Single(e => e.Location == reference);
        Assert.Equal(new[] { "newer", "same-instant", "older", "undated-a", "undated-b" }, index.Published.Select(r => Resolve(r).Slug));
        Assert.Equal(new[] { 3, 7, 12, 200 }, index.Parts);
        Assert.Equal(new[] { "economie", "politics" }, index.Tags.Select(t => t.Slug));
        // Each tag is named as the first document by path writes it: seeds/newer.md, then seeds/older.md.
        Assert.Equal(new[] { "economie", "politics" }, index.Tags.Select(t => t.Name));
        Assert.Equal(new[] { "older", "undated-b" }, index.Tags[1].Articles.Select(r => Resolve(r).Slug));
        Snapshot.Match(IndexEmitter.Emit(index), "Model.Index");
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_input_orders()
    {
        var documents = new AdditionalText[]
        {
            TestData.Seed(),
            TestData.Document("b.txt", TestData.PlainText("Beta", "Second.", "Body.")),
            TestData.Document("a.txt", TestData.PlainText("Alpha", "First.", "Body.")),
        };

        var first = GeneratorHarness.Run(documents, TestData.Options());
        var second = GeneratorHarness.Run(documents.Reverse(), TestData.Options());

        Assert.Equal(first.HintNames, second.HintNames);
        foreach (var hintName in first.HintNames)
        {
            Assert.Equal(first.Source(hintName), second.Source(hintName));
        }
    }
}
