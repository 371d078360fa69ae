extern alias generator;

using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StaticNews.Generator.Tests.Infrastructure;
using ArticleGenerator = generator::StaticNews.Generator.ArticleGenerator;

namespace StaticNews.Benchmarks;

/// <summary>
/// The generator as the compiler and the IDE run it: through <see cref="CSharpGeneratorDriver"/>, over N plain-text
/// documents of the benchmark corpus plus the repository's staticnews.yml, without step tracking and with the documents
/// embedded as resources (as in a real build of the site).
/// <list type="bullet">
/// <item><see cref="FullRun"/>: a fresh driver, so every document is parsed and emitted (a clean build).</item>
/// <item><see cref="OneDocumentEdited"/>: a driver that has run once sees one document's title change (the IDE case).</item>
/// <item><see cref="OneBodyEdited"/>: the same, for a word added to one document's body.</item>
/// <item><see cref="UnrelatedCSharpEdit"/>: a driver that has run once sees a C# edit that touches no document.</item>
/// </list>
/// Each edit benchmark alternates between two edited versions, so every operation is a real change.
/// </summary>
[Config(typeof(BenchConfig))]
public class GeneratorBenchmarks
{
    private const string ProgramSource = "namespace App; public static class Program { public static int Answer => 41; }";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private AdditionalText[] _texts = [];
    private TestOptionsProvider _options = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driver = null!;

    // OneDocumentEdited: the document as the driver holds it now, and the two versions it alternates between.
    private AdditionalText _current = null!;
    private AdditionalText _editA = null!;
    private AdditionalText _editB = null!;

    // UnrelatedCSharpEdit: the compilation and tree as they are now, and the two trees it alternates between.
    private SyntaxTree _tree = null!;
    private SyntaxTree _treeA = null!;
    private SyntaxTree _treeB = null!;

    [Params(1_000, 10_000)]
    public int Documents { get; set; }

    [GlobalSetup(Target = nameof(FullRun))]
    public void SetupFullRun()
    {
        _texts = Corpus.AdditionalTexts(Documents);
        _options = Corpus.Options(_texts);
        _compilation = CreateCompilation();
        Check(FullRun(), Documents);
    }

    /// <summary>The corpus, and a driver that has run over it once.</summary>
    private void SetupRunDriver()
    {
        _texts = Corpus.AdditionalTexts(Documents);
        _options = Corpus.Options(_texts);
        _compilation = CreateCompilation();
        _driver = FullRun();
        Check(_driver, Documents);
    }

    [GlobalSetup(Target = nameof(OneDocumentEdited))]
    public void SetupOneDocumentEdited()
    {
        SetupRunDriver();

        // A document in the middle of the corpus; its title lives in the front matter.
        _current = _texts[1 + Documents / 2];
        var text = _current.GetText()!.ToString();
        const string Key = "title: \"";
        var at = text.IndexOf(Key, StringComparison.Ordinal) + Key.Length;
        _editA = new InMemoryAdditionalText(_current.Path, text.Insert(at, "Edited A: "));
        _editB = new InMemoryAdditionalText(_current.Path, text.Insert(at, "Edited B: "));

        // The edit must reach the output: the edited article gets a new class name and nothing else is lost.
        var before = ClassNames(_driver);
        OneDocumentEdited();
        var after = ClassNames(_driver);
        if (after.Count != before.Count || after.Except(before).Count() != 1)
        {
            throw new InvalidOperationException($"Editing one title should rename exactly one article class; {after.Except(before).Count()} changed.");
        }
        Check(_driver, Documents);
    }

    [GlobalSetup(Target = nameof(OneBodyEdited))]
    public void SetupOneBodyEdited()
    {
        SetupRunDriver();

        // The same document, edited where most edits happen: a word added at the end of its body.
        _current = _texts[1 + Documents / 2];
        var text = _current.GetText()!.ToString().TrimEnd();
        _editA = new InMemoryAdditionalText(_current.Path, text + " Edited A.\n");
        _editB = new InMemoryAdditionalText(_current.Path, text + " Edited B.\n");
        var before = ClassNames(_driver);
        OneBodyEdited();
        if (!ClassNames(_driver).SetEquals(before))
        {
            throw new InvalidOperationException("A body edit should leave every class name as it was.");
        }
        Check(_driver, Documents);
    }

    [GlobalSetup(Target = nameof(UnrelatedCSharpEdit))]
    public void SetupUnrelatedCSharpEdit()
    {
        SetupRunDriver();
        _tree = _compilation.SyntaxTrees.Single();
        var at = ProgramSource.IndexOf("41", StringComparison.Ordinal);
        _treeA = _tree.WithChangedText(_tree.GetText().Replace(at, 2, "42"));
        _treeB = _tree.WithChangedText(_tree.GetText().Replace(at, 2, "43"));
        UnrelatedCSharpEdit();
        Check(_driver, Documents);
    }

    [Benchmark]
    public GeneratorDriver FullRun() => CreateDriver().RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver OneDocumentEdited() => AlternateEdit();

    [Benchmark]
    public GeneratorDriver OneBodyEdited() => AlternateEdit();

    private GeneratorDriver AlternateEdit()
    {
        var next = ReferenceEquals(_current, _editA) ? _editB : _editA;
        _driver = _driver.ReplaceAdditionalText(_current, next).RunGenerators(_compilation);
        _current = next;
        return _driver;
    }

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit()
    {
        var next = ReferenceEquals(_tree, _treeA) ? _treeB : _treeA;
        _compilation = _compilation.ReplaceSyntaxTree(_tree, next);
        _tree = next;
        _driver = _driver.RunGenerators(_compilation);
        return _driver;
    }

    internal static CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "StaticNews.BenchContent",
            [CSharpSyntaxTree.ParseText(ProgramSource, ParseOptions, path: "Program.cs")],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    internal static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, TestOptionsProvider options, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new ArticleGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private GeneratorDriver CreateDriver() => CreateDriver(_texts, _options);

    /// <summary>The article classes declared in the generated parts (Articles/PartNN.g.cs).</summary>
    internal static HashSet<string> ClassNames(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources
            .Where(s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal))
            .SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s.SourceText.ToString(), @"^    public sealed partial class (\w+) :", System.Text.RegularExpressions.RegexOptions.Multiline))
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Fails the benchmark when the generator threw, reported an error or did not emit one class per document, or when article bodies are not read from the embedded documents. Warnings are content: the corpus's
    /// long titles give some SN0005 (class name taken, a suffix added).
    /// </summary>
    internal static void Check(GeneratorDriver driver, int documents)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        var classes = ClassNames(driver).Count;
        if (errors.Count > 0 || classes != documents)
        {
            throw new InvalidOperationException(
                $"Expected {documents} article classes and no errors; got {classes} classes and: {string.Join("; ", errors)}");
        }
        var article = result.GeneratedSources.First(s => s.HintName.StartsWith("Articles/", StringComparison.Ordinal)).SourceText.ToString();
        if (!article.Contains(Corpus.ResourcePrefix, StringComparison.Ordinal) || article.Contains("BodyUtf8", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The articles do not read their bodies from the embedded documents:\n" + article);
        }
    }
}
