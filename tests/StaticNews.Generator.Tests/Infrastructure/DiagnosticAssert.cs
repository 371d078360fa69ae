using Microsoft.CodeAnalysis;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>Assertions on a diagnostic's id, severity and place, with 1-based line and column as MSBuild prints them.</summary>
public static class DiagnosticAssert
{
    public static void At(Diagnostic diagnostic, string id, DiagnosticSeverity severity, string path, int line, int? column = null)
    {
        Assert.True(id == diagnostic.Id, $"Expected {id} but got {diagnostic}");
        Assert.True(severity == diagnostic.Severity, $"Expected {id} as {severity} but got {diagnostic}");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.True(line == span.StartLinePosition.Line + 1, $"Expected {id} at line {line} but got {diagnostic}");
        if (column is not null)
        {
            Assert.True(column == span.StartLinePosition.Character + 1, $"Expected {id} at {line},{column} but got {diagnostic}");
        }
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage()));
    }

    /// <summary>The one diagnostic with this id (fails listing all diagnostics when there is none or more than one).</summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string id)
    {
        var all = diagnostics.ToList();
        var matching = all.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got {matching.Count}:\n" + string.Join("\n", all));
        return matching[0];
    }

    /// <summary>Lists every diagnostic in a failure message, so a wrong expectation shows what was reported.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics);
}
