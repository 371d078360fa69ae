using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using StaticNews.Tasks.Summary;

namespace StaticNews.Tasks;

/// <summary>Writes the summary line (<see cref="DiagnosticsSummary"/>) to a file the build prints on every build.</summary>
public sealed class SummarizeDiagnostics : Task
{
    [Required]
    public string ScanReportFile { get; set; } = "";

    [Required]
    public string ErrorLog { get; set; } = "";

    [Required]
    public string SummaryFile { get; set; } = "";

    /// <summary>The compiler's log as the line names it (relative to the project).</summary>
    public string ShownErrorLog { get; set; } = "";

    public override bool Execute()
    {
        var report = File.Exists(ScanReportFile) ? File.ReadAllText(ScanReportFile) : null;
        var sarif = File.Exists(ErrorLog) ? File.ReadAllText(ErrorLog) : null;
        File.WriteAllText(SummaryFile, DiagnosticsSummary.Line(report, sarif, ShownErrorLog) + "\n");
        return true;
    }
}
