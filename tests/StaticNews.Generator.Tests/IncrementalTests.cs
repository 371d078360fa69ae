using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StaticNews.Generator.Indexing;
using StaticNews.Generator.Emit;
using StaticNews.Generator.Model;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Editing one article re-runs generator work for that article only: the tracked steps (TrackingNames) of the
/// other documents come out Cached or Unchanged, and their generated files are not produced again.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] AllTrackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private readonly InMemoryAdditionalText _config = TestData.Config();
    private readonly InMemoryAdditionalText _alpha = TestData.Document("alpha.txt", TestData.PlainText("Alpha story", "First.", "Alpha body."));
    private readonly InMemoryAdditionalText _beta = TestData.Document("beta.txt", TestData.PlainText("Beta story", "Second.", "Beta body."));
    private readonly InMemoryAdditionalText _gamma = TestData.Document("gamma.txt", TestData.PlainText("Gamma story", "Third.", "Gamma body."));

    private InMemoryAdditionalText EditedBeta => TestData.Document("beta.txt", TestData.PlainText("Beta story, updated", "Second.", "Beta body."));

    private GeneratorRun FirstRun() =>
        GeneratorHarness.Run(new AdditionalText[] { _config, _alpha, _beta, _gamma }, TestData.Options()).AssertHealthy();

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string trackingName) =>
        run.Result.TrackedSteps.TryGetValue(trackingName, out var steps)
            ? steps.SelectMany(step => step.Outputs)
            : throw new Xunit.Sdk.XunitException($"No tracked step '{trackingName}'; there are: {string.Join(", ", run.Result.TrackedSteps.Keys)}");

    /// <summary>The reason of the Parse output for one document, found by its path.</summary>
    private static IncrementalStepRunReason ParseReason(GeneratorRun run, string path) =>
        Outputs(run, TrackingNames.Parse).Single(o => ((ParseResult)o.Value).Article?.FilePath == path).Reason;

    private static IncrementalStepRunReason NamedReason(GeneratorRun run, string path) =>
        Outputs(run, TrackingNames.NamedArticles).Single(o => ((NamedArticle)o.Value).Article.FilePath == path).Reason;

    /// <summary>Every source output (RegisterSourceOutput), with the pipeline value that fed it.</summary>
    private static IReadOnlyList<(object? Input, IncrementalStepRunReason Reason)> SourceOutputs(GeneratorRun run) =>
        run.Result.TrackedOutputSteps.Values.SelectMany(steps => steps)
            .SelectMany(step => step.Outputs.Select(o =>
            {
                var (source, index) = step.Inputs.Single();
                return ((object?)source.Outputs[index].Value, o.Reason);
            }))
            .ToList();

    /// <summary>The reason of the output step that emits the part (generated file) holding one article.</summary>
    private static IncrementalStepRunReason ArticleOutputReason(GeneratorRun run, string path) =>
        SourceOutputs(run).Single(o => o.Input is ArticlePart part && part.Articles.Any(a => a.Article.FilePath == path)).Reason;

    private static void AssertEverythingCached(GeneratorRun run)
    {
        foreach (var name in AllTrackingNames)
        {
            Assert.All(Outputs(run, name), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"{name} was {o.Reason}"));
        }
        Assert.All(SourceOutputs(run), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Every_tracking_name_is_used_by_the_pipeline()
    {
        var run = FirstRun();

        Assert.Superset(
            new HashSet<string> { "BuildOptions", "Config", "Options", "Documents", "Parse", "Naming", "NamedArticles", "Index" },
            AllTrackingNames.ToHashSet());
        Assert.All(AllTrackingNames, name => Assert.True(run.Result.TrackedSteps.ContainsKey(name), $"'{name}' is not tracked."));
    }

    /// <summary>
    /// The check every run goes through (<see cref="SecondRunCheck"/>) fails for a model that compares by reference,
    /// which the generator's own runs cannot show while they pass it.
    /// </summary>
    [Fact]
    public void The_second_run_check_fails_for_a_model_that_compares_by_reference()
    {
        var run = RunWithoutCheck(new ProbeGenerator(text => new PathBox(text.Path)), _alpha, _beta);

        var failure = Assert.Throws<Xunit.Sdk.XunitException>(() => SecondRunCheck.Check(run));

        Assert.True(failure.Message.Contains("every file reopened and the options passed again: step Probe was Modified", StringComparison.Ordinal), failure.Message);
        Assert.True(failure.Message.Contains("an output of SourceOutput was Modified", StringComparison.Ordinal), failure.Message);
        Assert.True(failure.Message.Contains("run again from scratch: the models of step Probe are not equal to the first run's", StringComparison.Ordinal), failure.Message);
        Assert.False(failure.Message.Contains("clone of the compilation", StringComparison.Ordinal), failure.Message);
    }

    [Fact]
    public void The_second_run_check_passes_the_same_generator_with_a_model_that_compares_by_value()
    {
        var run = RunWithoutCheck(new ProbeGenerator(text => text.Path), _alpha, _beta);

        SecondRunCheck.Check(run);

        Assert.Equal(2, run.Result.GeneratedSources.Length);
    }

    [Fact]
    public void The_second_run_check_fails_for_a_model_that_holds_a_compiler_object()
    {
        var run = RunWithoutCheck(new ProbeGenerator(text => ImmutableArray.Create(text.GetText()!)), _alpha);

        var failure = Assert.Throws<Xunit.Sdk.XunitException>(() => SecondRunCheck.Check(run));

        Assert.True(failure.Message.Contains("a model of step Probe holds a SourceText", StringComparison.Ordinal), failure.Message);
    }

    [Fact]
    public void The_second_run_check_without_step_tracking_sees_a_file_generated_again()
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new ProbeGenerator(text => new PathBox(text.Path)).AsSourceGenerator() }, new AdditionalText[] { _alpha },
            GeneratorHarness.ParseOptions, TestData.Options(), new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        var run = RunWithoutCheck(driver);

        var failure = Assert.Throws<Xunit.Sdk.XunitException>(() => SecondRunCheck.Check(run));

        Assert.True(failure.Message.Contains("every file reopened and the options passed again: alpha.txt.g.cs was generated again", StringComparison.Ordinal), failure.Message);
    }

    private static GeneratorRun RunWithoutCheck(IIncrementalGenerator generator, params AdditionalText[] texts) =>
        RunWithoutCheck(CSharpGeneratorDriver.Create(new[] { generator.AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions, TestData.Options(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)));

    private static GeneratorRun RunWithoutCheck(GeneratorDriver driver)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics, driver.GetRunResult());
    }

    /// <summary>A model without value equality: two boxes of the same path are not equal.</summary>
    private sealed class PathBox(string path)
    {
        public string Path { get; } = path;
    }

    /// <summary>One step (tracked as "Probe") that makes a model of each file, and one generated file per model.</summary>
    private sealed class ProbeGenerator(Func<AdditionalText, object> model) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var models = context.AdditionalTextsProvider
                .Select((text, _) => (Name: System.IO.Path.GetFileName(text.Path), Model: model(text)))
                .WithTrackingName("Probe");
            context.RegisterSourceOutput(models, (output, item) => output.AddSource(item.Name + ".g.cs", "// " + item.Name));
        }
    }

    [Fact]
    public void Changing_one_title_reparses_only_that_document()
    {
        var first = FirstRun();

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(_beta, EditedBeta), first.InputCompilation).AssertHealthy();

        Assert.Equal(IncrementalStepRunReason.Modified, ParseReason(second, _beta.Path));
        Assert.Equal(IncrementalStepRunReason.Cached, ParseReason(second, _alpha.Path));
        Assert.Equal(IncrementalStepRunReason.Cached, ParseReason(second, _gamma.Path));

        // Naming sees all documents, so it runs again; the untouched articles keep their names.
        Assert.Equal(IncrementalStepRunReason.Modified, NamedReason(second, _beta.Path));
        Assert.Contains(NamedReason(second, _alpha.Path), new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        Assert.Contains(NamedReason(second, _gamma.Path), new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });

        // Project-wide inputs did not change.
        foreach (var name in new[] { TrackingNames.BuildOptions, TrackingNames.Config, TrackingNames.Options })
        {
            Assert.All(Outputs(second, name), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
        Assert.Contains("BetaStoryUpdated", second.ArticleClassNames);
        Assert.DoesNotContain("BetaStory", second.ArticleClassNames);
    }

    [Fact]
    public void Untouched_articles_are_not_emitted_again_after_an_edit()
    {
        var first = FirstRun();

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(_beta, EditedBeta), first.InputCompilation);

        Assert.Equal(IncrementalStepRunReason.Cached, ArticleOutputReason(second, _alpha.Path));
        Assert.Equal(IncrementalStepRunReason.Cached, ArticleOutputReason(second, _gamma.Path));
        Assert.Equal(IncrementalStepRunReason.Modified, ArticleOutputReason(second, _beta.Path));
        // Of the fixed set of parts, only Beta's compares different; no other part's file is written again.
        Assert.Equal(ArticlePartitioner.PartCount, Outputs(second, TrackingNames.ArticleParts).Count());
        var reemitted = Assert.Single(Outputs(second, TrackingNames.ArticleParts), o => o.Reason != IncrementalStepRunReason.Unchanged);
        Assert.Equal(IncrementalStepRunReason.Modified, reemitted.Reason);
        Assert.Contains(((ArticlePart)reemitted.Value).Articles, a => a.Article.FilePath == _beta.Path);
        Assert.Single(SourceOutputs(second), o => o.Input is ArticlePart && o.Reason != IncrementalStepRunReason.Cached);
        // The index names each article by where it lives (part, position) and the renamed article stayed where it was
        // (its slug keeps its place in All), so the index is not written again.
        Assert.Equal(IncrementalStepRunReason.Cached, SourceOutputs(second).Single(o => o.Input is IndexModel).Reason);
    }

    [Fact]
    public void Changing_where_a_document_moved_to_re_emits_the_index_and_no_article()
    {
        var moved = TestData.Document("moved.md", "---\nredirect_to: https://medium.com/@newsroom/first\n---\n");
        var first = GeneratorHarness.Run(new AdditionalText[] { _config, _alpha, _beta, moved }, TestData.Options()).AssertHealthy();

        var second = GeneratorHarness.Run(
            first.Driver.ReplaceAdditionalText(moved, TestData.Document("moved.md", "---\nredirect_to: https://medium.com/@newsroom/second\n---\n")),
            first.InputCompilation).AssertHealthy();

        Assert.All(SourceOutputs(second).Where(o => o.Input is ArticlePart), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Contains(NamedReason(second, _alpha.Path), new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        var index = SourceOutputs(second).Single(o => o.Input is IndexModel);
        Assert.Equal(IncrementalStepRunReason.Modified, index.Reason);
        Assert.Equal("https://medium.com/@newsroom/second", Assert.Single(Assert.IsType<IndexModel>(index.Input).Redirects).Target);
    }

    [Fact]
    public void A_new_document_re_emits_the_index()
    {
        var first = FirstRun();
        var delta = TestData.Document("delta.txt", TestData.PlainText("Delta story", "Fourth.", "Delta body."));

        var second = GeneratorHarness.Run(first.Driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(delta)), first.InputCompilation).AssertHealthy();

        var index = SourceOutputs(second).Single(o => o.Input is IndexModel);
        Assert.Equal(IncrementalStepRunReason.Modified, index.Reason);
        Assert.Equal(4, Assert.IsType<IndexModel>(index.Input).Published.Count);
    }

    [Fact]
    public void A_standfirst_edit_re_emits_the_article_part_but_not_the_index()
    {
        var first = FirstRun();
        var edited = TestData.Document("beta.txt", TestData.PlainText("Beta story", "Second, rewritten.", "Beta body."));

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(_beta, edited), first.InputCompilation);

        Assert.Equal(IncrementalStepRunReason.Modified, ArticleOutputReason(second, _beta.Path));
        Assert.Equal(IncrementalStepRunReason.Cached, ArticleOutputReason(second, _alpha.Path));
        // The typed property's doc comment shows the standfirst, and is written with the part: the index has no text.
        Assert.Contains("Second, rewritten.", second.Source(second.ArticlePartHintNames.Single(h => second.Source(h).Contains("class BetaStory ", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.Equal(IncrementalStepRunReason.Cached, SourceOutputs(second).Single(o => o.Input is IndexModel).Reason);
    }

    [Fact]
    public void An_edit_that_leaves_the_parsed_article_equal_leaves_every_output_cached()
    {
        var first = FirstRun();
        // Trailing spaces after the body and extra blank lines at the end: the text changed, the article did not.
        var reformatted = TestData.Document("beta.txt", "Beta story\nSecond.\nBeta body.   \n\n\n");

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(_beta, reformatted), first.InputCompilation);

        Assert.Equal(IncrementalStepRunReason.Unchanged, ParseReason(second, _beta.Path));
        Assert.All(SourceOutputs(second).Where(o => o.Input is not ParseResult), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_unrelated_CSharp_edit_leaves_everything_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace App; public static class Program { public static int Answer => 41; }");
        var first = GeneratorHarness.Run(
            GeneratorHarness.CreateDriver(new AdditionalText[] { _config, _alpha, _beta, _gamma }, TestData.Options()),
            compilation).AssertHealthy();
        var tree = compilation.SyntaxTrees.Single();
        var edited = tree.WithChangedText(tree.GetText().Replace(tree.ToString().IndexOf("41", StringComparison.Ordinal), 2, "42"));

        var second = GeneratorHarness.Run(first.Driver, compilation.ReplaceSyntaxTree(tree, edited));

        Assert.Contains("42", second.InputCompilation.SyntaxTrees.Single().ToString(), StringComparison.Ordinal);
        AssertEverythingCached(second);
        second.AssertHealthy();
    }

    [Fact]
    public void Changing_the_boilerplate_patterns_reparses_every_document()
    {
        var first = FirstRun();
        var config = TestData.Config("boilerplate:\n  - '^Beta body'\n");

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(_config, config), first.InputCompilation);

        // The patterns are an input of every parse. Alpha and Gamma parse to equal models; Beta loses its body.
        Assert.Equal(IncrementalStepRunReason.Unchanged, ParseReason(second, _alpha.Path));
        Assert.Equal(IncrementalStepRunReason.Unchanged, ParseReason(second, _gamma.Path));
        Assert.Equal(IncrementalStepRunReason.Modified, ParseReason(second, _beta.Path));
        Assert.Equal(IncrementalStepRunReason.Cached, ArticleOutputReason(second, _alpha.Path));
        Assert.Equal(IncrementalStepRunReason.Modified, ArticleOutputReason(second, _beta.Path));
        Assert.Equal("SN0006", Assert.Single(second.Diagnostics).Id);
    }

    /// <summary>
    /// Every value the pipeline caches must be plain data. A symbol, compilation, syntax node or semantic model in a
    /// model keeps whole compilations alive and makes every step look modified (rule 2 of the engineering notes).
    /// Every step is walked, the Documents step too: it holds each document's AdditionalText, the one compiler object
    /// allowed (see <see cref="CompilerObjectGraph"/>: the parse step must read it, and it compares by reference, which
    /// the compiler's reuse of an unchanged file's object makes right); the parse step after it holds only values.
    /// </summary>
    [Fact]
    public void Pipeline_models_hold_no_compiler_objects()
    {
        var seed = TestData.Seed();
        var run = GeneratorHarness.Run(new AdditionalText[] { _config, seed, _alpha, _beta }, TestData.Options());

        var values = AllTrackingNames.SelectMany(name => Outputs(run, name)).Select(o => o.Value).ToList();

        Assert.True(values.Count >= AllTrackingNames.Length);
        foreach (var value in values)
        {
            var found = CompilerObjectGraph.FindForbidden(value);
            Assert.True(found is null, $"A pipeline model ({value.GetType().Name}) holds a {found}.");
        }
        Assert.Equal(new AdditionalText[] { seed, _alpha, _beta }, Outputs(run, TrackingNames.Documents).Select(o => ((DocumentInput)o.Value).File));
    }

    [Fact]
    public void The_object_graph_walk_finds_hidden_compiler_objects()
    {
        var node = SyntaxFactory.IdentifierName("x");
        var nested = new { Outer = ImmutableArray.Create((object)new List<object> { 1, "text", new KeyValuePair<string, object>("k", node) }) };

        Assert.StartsWith("SyntaxNode", CompilerObjectGraph.FindForbidden(nested));
        Assert.StartsWith("Compilation", CompilerObjectGraph.FindForbidden(new object[] { GeneratorHarness.CreateCompilation() }));
        Assert.StartsWith("AdditionalText", CompilerObjectGraph.FindForbidden((1, _alpha)));
        Assert.StartsWith("SourceText", CompilerObjectGraph.FindForbidden(new { Text = _alpha.GetText() }));
        Assert.StartsWith("Location", CompilerObjectGraph.FindForbidden(new[] { Location.None }));
        Assert.Null(CompilerObjectGraph.FindForbidden(new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty)));
        // The one exception: a document's file, held by the DocumentInput itself (not anywhere inside or beside it).
        Assert.Null(CompilerObjectGraph.FindForbidden(new[] { new DocumentInput(_alpha, "Alpha.txt", _alpha.Path) }));
        Assert.StartsWith("AdditionalText", CompilerObjectGraph.FindForbidden((new DocumentInput(_alpha, null, _alpha.Path), _beta)));
    }
}
