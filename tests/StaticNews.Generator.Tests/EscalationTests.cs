using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Severity escalates the .NET way. The generator driver filters its diagnostics through the compilation's options
/// (CSharpCompilationOptions.FilterDiagnostic): specific diagnostic options (WarningsAsErrors, NoWarn, rulesets), the
/// general option (TreatWarningsAsErrors) and the global analyzer config (.globalconfig). A section of a plain
/// .editorconfig applies only to diagnostics located in a syntax tree, and SN diagnostics are located in AdditionalFiles,
/// so <c>[*] dotnet_diagnostic.SN0001.severity = error</c> in .editorconfig does not reach them (dotnet/roslyn#31916,
/// by design per #55921); a project escalates them with .globalconfig or WarningsAsErrors. The compiler builds the same
/// provider from its /analyzerconfig files as <see cref="AnalyzerConfigTreeOptions"/> does here from their text.
/// </summary>
public sealed class EscalationTests
{
    private static AdditionalText[] Documents() => new AdditionalText[]
    {
        TestData.Document("empty.txt", ""),
        TestData.Document("good.txt", TestData.PlainText("Good news", "Everything is fine.", "The body.")),
        TestData.Document("draft.md", "---\ntitle: Draft\nstandfirst: S.\ndraft: true\n---\nBody.\n"),
    };

    private static GeneratorRun Run(CSharpCompilationOptions options) =>
        GeneratorHarness.Run(Documents(), TestData.Options(), GeneratorHarness.CreateCompilation().WithOptions(options));

    private static CSharpCompilationOptions WithAnalyzerConfigs(params (string Path, string Text)[] configs)
    {
        var set = AnalyzerConfigSet.Create(configs.Select(c => AnalyzerConfig.Parse(c.Text, c.Path)).ToList(), out var diagnostics);
        Assert.Empty(diagnostics);
        return GeneratorHarness.CompilationOptions.WithSyntaxTreeOptionsProvider(new AnalyzerConfigTreeOptions(set));
    }

    /// <summary>What the compiler reports for the generator: the driver's diagnostics, after the compilation options filtered them.</summary>
    private static Diagnostic Effective(GeneratorRun run, string id)
    {
        var diagnostic = DiagnosticAssert.Single(run.DriverDiagnostics, id);
        // The run result carries the same, filtered diagnostic.
        Assert.Equal(diagnostic.Severity, DiagnosticAssert.Single(run.Result.Diagnostics, id).Severity);
        return diagnostic;
    }

    /// <summary>A build fails when any diagnostic it reports is an error that is not suppressed.</summary>
    private static bool BuildFails(GeneratorRun run) =>
        run.DriverDiagnostics.Concat(run.OutputCompilation.GetDiagnostics()).Any(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed);

    [Fact]
    public void By_default_SN0001_is_a_warning_and_the_build_succeeds()
    {
        var run = Run(GeneratorHarness.CompilationOptions);

        var diagnostic = Effective(run, "SN0001");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(diagnostic.IsWarningAsError);
        Assert.Equal(DiagnosticSeverity.Info, Effective(run, "SN0019").Severity);
        Assert.False(BuildFails(run));
    }

    [Fact]
    public void A_globalconfig_severity_makes_SN0001_an_error_and_the_build_fail()
    {
        var run = Run(WithAnalyzerConfigs(("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.SN0001.severity = error\n")));

        var diagnostic = Effective(run, "SN0001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        DiagnosticAssert.At(diagnostic, "SN0001", DiagnosticSeverity.Error, TestData.DocumentPath("empty.txt"), 1, 1);
        Assert.True(BuildFails(run));
        // Only SN0001 is escalated; the generated code itself is fine.
        Assert.Empty(run.CompilationErrors);
        Assert.Equal(DiagnosticSeverity.Info, Effective(run, "SN0019").Severity);
    }

    [Fact]
    public void Global_options_in_an_editorconfig_file_marked_is_global_work_too()
    {
        var run = Run(WithAnalyzerConfigs(("/repo/.editorconfig", "is_global = true\ndotnet_diagnostic.SN0001.severity = error\n")));

        Assert.Equal(DiagnosticSeverity.Error, Effective(run, "SN0001").Severity);
        Assert.True(BuildFails(run));
    }

    /// <summary>
    /// Documents the Roslyn limitation the site's documentation must mention: an .editorconfig section, even one that
    /// matches the document itself, does not change the severity of a diagnostic located in an AdditionalFile. If a
    /// future Roslyn applies it (dotnet/roslyn#31916), this test fails and the docs can say .editorconfig works.
    /// </summary>
    [Theory]
    [InlineData("[*]")]
    [InlineData("[*.cs]")]
    [InlineData("[*.{txt,md}]")]
    [InlineData("[/repo/seeds/empty.txt]")]
    public void An_editorconfig_section_does_not_reach_diagnostics_in_AdditionalFiles(string section)
    {
        var run = Run(WithAnalyzerConfigs(("/repo/.editorconfig", $"root = true\n\n{section}\ndotnet_diagnostic.SN0001.severity = error\n")));

        Assert.Equal(DiagnosticSeverity.Warning, Effective(run, "SN0001").Severity);
        Assert.False(BuildFails(run));
    }

    [Fact]
    public void WarningsAsErrors_for_SN0001_makes_it_an_error()
    {
        // MSBuild <WarningsAsErrors>SN0001</WarningsAsErrors> becomes csc -warnaserror+:SN0001, a specific option.
        var run = Run(GeneratorHarness.CompilationOptions.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["SN0001"] = ReportDiagnostic.Error }));

        var diagnostic = Effective(run, "SN0001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.True(diagnostic.IsWarningAsError);
        Assert.True(BuildFails(run));
    }

    [Fact]
    public void TreatWarningsAsErrors_escalates_SN_warnings_but_not_the_info_diagnostics()
    {
        var run = Run(GeneratorHarness.CompilationOptions.WithGeneralDiagnosticOption(ReportDiagnostic.Error));

        Assert.Equal(DiagnosticSeverity.Error, Effective(run, "SN0001").Severity);
        Assert.Equal(DiagnosticSeverity.Info, Effective(run, "SN0019").Severity);
        Assert.True(BuildFails(run));
    }

    [Fact]
    public void A_globalconfig_can_also_silence_a_diagnostic()
    {
        var run = Run(WithAnalyzerConfigs(("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.SN0001.severity = none\ndotnet_diagnostic.SN0019.severity = warning\n")));

        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "SN0001");
        Assert.Equal(DiagnosticSeverity.Warning, Effective(run, "SN0019").Severity);
    }

    /// <summary>The compiler's view of analyzer config files: per syntax tree by its path, and the global section for everything.</summary>
    private sealed class AnalyzerConfigTreeOptions(AnalyzerConfigSet set) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            set.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
    }
}
