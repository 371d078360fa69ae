using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="ArticleGenerator"/> the way the compiler does, in memory: a C# compilation over the .NET 10
/// reference assemblies, documents as AdditionalTexts, build properties through an options provider, and
/// incremental step tracking switched on so tests can see what re-ran.
/// </summary>
public static class GeneratorHarness
{
    /// <summary>
    /// The newest language the pinned Roslyn knows (generated bodies need C# 11 for UTF-8 literals), with
    /// documentation comments checked as in a project with GenerateDocumentationFile, so bad XML docs show up, and the
    /// symbols the SDK defines for a net10.0 project, so the generated code compiles as the site's does.
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose,
        preprocessorSymbols: new[] { "NET", "NET10_0", "NETCOREAPP" }.Concat(Enumerable.Range(5, 6).Select(major => $"NET{major}_0_OR_GREATER")));

    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true);

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "StaticNews.TestContent",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            Net100.References.All.Append(RuntimeReference),
            CompilationOptions);

    /// <summary>StaticNews.Runtime, which generated code derives from and calls, as a consumer references it.</summary>
    public static readonly MetadataReference RuntimeReference = MetadataReference.CreateFromFile(typeof(StaticNews.Content.Article).Assembly.Location);

    /// <param name="trackSteps">
    /// Record every incremental step, which <see cref="SecondRunCheck"/> reads after the run; without it, the check can
    /// only see whether each generated file came out of the cache. Tracking thousands of documents takes minutes.
    /// </param>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider? options = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            options ?? TestOptionsProvider.Empty,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Creates a driver for <paramref name="texts"/> and runs it once over an empty compilation.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider? options = null, Compilation? compilation = null, bool trackSteps = true) =>
        Run(CreateDriver(texts, options, trackSteps), compilation ?? CreateCompilation());

    public static GeneratorRun Run(params AdditionalText[] texts) => Run((IEnumerable<AdditionalText>)texts);

    /// <summary>
    /// Runs an existing driver again (it keeps its cache) over <paramref name="compilation"/>, then checks that a
    /// second run would be all cached (<see cref="SecondRunCheck"/>): every run of every test goes through here.
    /// </summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var run = new GeneratorRun(driver, compilation, output, diagnostics, driver.GetRunResult());
        SecondRunCheck.Check(run);
        return run;
    }
}

/// <summary>One run of the generator: what it produced, what it reported, and whether the result compiles.</summary>
public sealed class GeneratorRun(
    GeneratorDriver driver,
    Compilation inputCompilation,
    Compilation outputCompilation,
    ImmutableArray<Diagnostic> driverDiagnostics,
    GeneratorDriverRunResult runResult)
{
    public GeneratorDriver Driver { get; } = driver;

    public Compilation InputCompilation { get; } = inputCompilation;

    /// <summary>The input compilation plus every generated file.</summary>
    public Compilation OutputCompilation { get; } = outputCompilation;

    /// <summary>Diagnostics of the driver itself, e.g. CS8785 when the generator threw.</summary>
    public ImmutableArray<Diagnostic> DriverDiagnostics { get; } = driverDiagnostics;

    public GeneratorDriverRunResult RunResult { get; } = runResult;

    public GeneratorRunResult Result => RunResult.Results.Single();

    /// <summary>What the generator reported (SN0001...), ordered by file, position and id.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics =>
        Result.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> HintNames => Result.GeneratedSources.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal).ToList();

    /// <summary>Errors of the output compilation (generated code included).</summary>
    public IReadOnlyList<Diagnostic> CompilationErrors =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>Warnings the compiler reports in generated files; a consumer with TreatWarningsAsErrors would fail on them.</summary>
    public IReadOnlyList<Diagnostic> GeneratedCodeWarnings =>
        OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && !InputCompilation.SyntaxTrees.Contains(tree))
            .ToList();

    public string Source(string hintName) =>
        Result.GeneratedSources.SingleOrDefault(s => s.HintName == hintName).SourceText?.ToString()
        ?? throw new Xunit.Sdk.XunitException($"No generated file '{hintName}'; there are: {string.Join(", ", HintNames)}");

    /// <summary>The generated files that hold article classes (Articles/PartNN.g.cs).</summary>
    public IReadOnlyList<string> ArticlePartHintNames => HintNames.Where(h => h.StartsWith("Articles/Part", StringComparison.Ordinal)).ToList();

    /// <summary>Every article class declared in the generated parts, ordered by name.</summary>
    public IReadOnlyList<string> ArticleClassNames =>
        ArticlePartHintNames
            .SelectMany(h => System.Text.RegularExpressions.Regex.Matches(Source(h), @"^    public sealed partial class (\w+) :", System.Text.RegularExpressions.RegexOptions.Multiline))
            .Select(m => m.Groups[1].Value)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// The text of one generated article class (its doc comment to its closing brace), cut out of the part file that
    /// declares it; fails when no part, or more than one, declares it.
    /// </summary>
    public string ArticleSource(string className)
    {
        var declaration = "\n    public sealed partial class " + className + " : ";
        var declaring = ArticlePartHintNames.Select(Source).Where(s => s.Contains(declaration, StringComparison.Ordinal)).ToList();
        if (declaring.Count != 1)
        {
            throw new Xunit.Sdk.XunitException($"{declaring.Count} generated parts declare class '{className}'; the classes are: {string.Join(", ", ArticleClassNames)}");
        }
        var source = declaring[0];
        var at = source.IndexOf(declaration, StringComparison.Ordinal);
        var start = source.LastIndexOf("\n    /// <summary>", at, StringComparison.Ordinal) + 1;
        var end = source.IndexOf("\n    }\n", at, StringComparison.Ordinal) + "\n    }\n".Length;
        return source[start..end];
    }

    public IReadOnlyList<Diagnostic> DiagnosticsWithId(string id) => Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>Fails with every problem listed when the generator threw or the output does not compile.</summary>
    public GeneratorRun AssertHealthy()
    {
        Assert.Null(Result.Exception);
        Assert.DoesNotContain(DriverDiagnostics, d => d.Id == "CS8785");
        Assert.True(CompilationErrors.Count == 0, "The generated code does not compile:\n" + string.Join("\n", CompilationErrors.Take(20)));
        Assert.True(GeneratedCodeWarnings.Count == 0, "The generated code has warnings:\n" + string.Join("\n", GeneratedCodeWarnings.Take(20)));
        return this;
    }
}
