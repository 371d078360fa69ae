using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Content;

/// <summary>A diagnostic as a host prints it: code, severity, file, line and column (1-based), message.</summary>
public sealed record ContentDiagnostic(string Id, DiagnosticSeverity Severity, string FilePath, int Line, int Column, string Message)
{
    public static ContentDiagnostic From(DiagnosticInfo diagnostic)
    {
        var start = diagnostic.Location.LineSpan.Start;
        return new ContentDiagnostic(diagnostic.Descriptor.Id, diagnostic.Descriptor.DefaultSeverity, diagnostic.Location.FilePath,
            start.Line + 1, start.Character + 1, diagnostic.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>The compiler's format: <c>path(line,col): warning SN0012: message</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{FilePath}({Line},{Column}): {SeverityWord} {Id}: {Message}");

    private string SeverityWord => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
