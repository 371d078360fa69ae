using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// What every generator run in the tests also has to pass (<see cref="GeneratorHarness"/> calls it after each run,
/// so no test can skip it), after NetEscapades.EnumGenerators' TestHelpers:
/// <list type="number">
/// <item>no pipeline model holds a compiler object (<see cref="CompilerObjectGraph"/>);</item>
/// <item>run again over a clone of the compilation, every step of the generator comes out Cached or Unchanged and
/// every generated file Cached;</item>
/// <item>run again with every input a new object equal to the old one (each file reopened, the build options
/// passed again), as an IDE does when a file is saved unchanged: each step re-runs on them, so this is what
/// proves the models compare by value. Only <see cref="TrackingNames.Documents"/>, which holds the file itself,
/// may come out Modified; every step after it must compare equal, and every generated file stay Cached;</item>
/// <item>run again from scratch, every step gives models equal to the first run's.</item>
/// </list>
/// A run without step tracking (the few tests of thousands of documents or of bounded time) is checked by its
/// generated files only: each must be the very text of the first run, and the diagnostics equal. That misses a model
/// that re-runs but feeds a step that compares equal after it; the tracked runs catch that.
/// </summary>
public static class SecondRunCheck
{
    /// <summary>
    /// The steps the compiler tracks of its own: its inputs (the compilation, the files...) and the generated files,
    /// which are not models of the generator (the files are checked as outputs).
    /// </summary>
    private static readonly HashSet<string> CompilerSteps = new[] { typeof(WellKnownGeneratorInputs), typeof(WellKnownGeneratorOutputs) }
        .SelectMany(type => type.GetFields())
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static void Check(GeneratorRun run)
    {
        if (run.Result.Exception is { } exception)
        {
            throw new Xunit.Sdk.XunitException("The generator threw: " + exception);
        }
        var steps = GeneratorSteps(run.Result);
        // One walk per step, over all its outputs: they share much (the options, the names), which is walked once.
        var problems = steps
            .Select(step => (step.Key, Found: CompilerObjectGraph.FindForbidden(step.Value.SelectMany(s => s.Outputs).Select(o => o.Value).ToList())))
            .Where(x => x.Found is not null)
            .Select(x => $"a model of step {x.Key} holds a {x.Found}")
            .ToList();

        var compilation = run.InputCompilation.Clone();
        var again = run.Driver.RunGenerators(compilation);
        problems.AddRange(NotCached("run again over a clone of the compilation", run, again, mayChange: null));

        var (texts, options) = Inputs(run.Driver);
        var reopened = run.Driver
            .ReplaceAdditionalTexts(texts.Select(text => (AdditionalText)new ReopenedText(text)).ToImmutableArray())
            .WithUpdatedAnalyzerConfigOptions(new SameOptions(options))
            .RunGenerators(compilation);
        problems.AddRange(NotCached("run again with every file reopened and the options passed again", run, reopened, mayChange: TrackingNames.Documents));

        problems.AddRange(NotEqual(run));

        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("The generator's pipeline does not cache:\n" + string.Join("\n", problems.Take(20)));
        }
    }

    /// <summary>The tracked steps of the generator itself (TrackingNames), without the compiler's own.</summary>
    private static IEnumerable<KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>>> GeneratorSteps(GeneratorRunResult result) =>
        result.TrackedSteps.Where(step => !CompilerSteps.Contains(step.Key));

    private static IEnumerable<string> NotCached(string what, GeneratorRun first, GeneratorDriver driver, string? mayChange)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            return new[] { $"{what}: the generator threw {exception}" };
        }
        if (first.Result.TrackedSteps.IsEmpty)
        {
            return NotTheSameFiles(what, first.Result, result);
        }
        var steps = GeneratorSteps(result)
            .Where(step => step.Key != mayChange)
            .SelectMany(step => step.Value.SelectMany(s => s.Outputs)
                .Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                .Select(o => $"{what}: step {step.Key} was {o.Reason} ({o.Value?.GetType().Name})"));
        var outputs = result.TrackedOutputSteps.SelectMany(step => step.Value.SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Cached)
            .Select(o => $"{what}: an output of {step.Key} was {o.Reason}"));
        return steps.Concat(outputs).Distinct();
    }

    /// <summary>
    /// The same inputs run again from scratch (the generators removed and added back, which drops their cache): every
    /// step must give models equal to the first run's. The runs above re-run only what the reopened inputs feed; this
    /// one compares two models made apart at every step, the ones a collected step or an edit elsewhere makes again.
    /// </summary>
    private static IEnumerable<string> NotEqual(GeneratorRun first)
    {
        if (first.Result.TrackedSteps.IsEmpty)
        {
            return Enumerable.Empty<string>();
        }
        var generators = first.RunResult.Results.Select(r => r.Generator).ToImmutableArray();
        var result = first.Driver.RemoveGenerators(generators).AddGenerators(generators).RunGenerators(first.InputCompilation.Clone()).GetRunResult().Results.Single();
        var fresh = GeneratorSteps(result).ToDictionary(step => step.Key, step => step.Value.SelectMany(s => s.Outputs).Select(o => o.Value).ToList());
        return GeneratorSteps(first.Result)
            .Select(step => (step.Key, Before: step.Value.SelectMany(s => s.Outputs).Select(o => o.Value).ToList()))
            .Where(step => !fresh.TryGetValue(step.Key, out var after) || !step.Before.SequenceEqual(after))
            .Select(step => $"run again from scratch: the models of step {step.Key} are not equal to the first run's");
    }

    /// <summary>
    /// For a run without step tracking (tracking thousands of documents is too slow): a generated file that came out of
    /// the cache is the very text of the first run, and one made again is a new text, whatever it holds.
    /// </summary>
    private static IEnumerable<string> NotTheSameFiles(string what, GeneratorRunResult first, GeneratorRunResult second)
    {
        var before = first.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText, StringComparer.Ordinal);
        var remade = second.GeneratedSources
            .Where(s => !before.TryGetValue(s.HintName, out var text) || !ReferenceEquals(text, s.SourceText))
            .Select(s => $"{what}: {s.HintName} was generated again");
        var diagnostics = first.Diagnostics.SequenceEqual(second.Diagnostics) ? Enumerable.Empty<string>() : new[] { $"{what}: the diagnostics differ" };
        return remade.Concat(diagnostics);
    }

    /// <summary>
    /// The files and options the driver was last given, read from its state: the tests change them through the driver
    /// (ReplaceAdditionalText...), and the driver has no public way to read them back.
    /// </summary>
    private static (ImmutableArray<AdditionalText> Texts, AnalyzerConfigOptionsProvider Options) Inputs(GeneratorDriver driver)
    {
        const BindingFlags Internal = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var state = typeof(GeneratorDriver).GetField("_state", Internal)!.GetValue(driver)!;
        return ((ImmutableArray<AdditionalText>)state.GetType().GetField("AdditionalTexts", Internal)!.GetValue(state)!,
            (AnalyzerConfigOptionsProvider)state.GetType().GetField("OptionsProvider", Internal)!.GetValue(state)!);
    }

    /// <summary>The same file again as a new object, as the compiler hands a file it read again.</summary>
    private sealed class ReopenedText(AdditionalText original) : AdditionalText
    {
        public AdditionalText Original { get; } = original;

        public override string Path => Original.Path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => Original.GetText(cancellationToken);
    }

    /// <summary>The same build options again as a new object; a reopened file gets the options of the file it reopens.</summary>
    private sealed class SameOptions(AnalyzerConfigOptionsProvider original) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => original.GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => original.GetOptions(tree);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            original.GetOptions(textFile is ReopenedText reopened ? reopened.Original : textFile);
    }
}
