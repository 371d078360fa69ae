using StaticNews.Tasks.Tests.Infrastructure;

namespace StaticNews.Tasks.Tests;

/// <summary>The summary line from the scan's report and a SARIF 2.1 log as the compiler writes it.</summary>
public sealed class SummarizeDiagnosticsTests
{
    private const string Sarif = """
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [
            {
              "results": [
                {
                  "ruleId": "SN0002",
                  "ruleIndex": 0,
                  "level": "warning",
                  "message": { "text": "no standfirst" },
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///news/title%20only.txt" } } } ]
                },
                {
                  "ruleId": "SN0004",
                  "level": "warning",
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///news/title%20only.txt" } } } ]
                },
                {
                  "ruleId": "SN0006",
                  "level": "note",
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///news/appeal.txt" } } } ]
                },
                {
                  "ruleId": "SN0003",
                  "level": "warning",
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///news/suppressed.txt" } } } ],
                  "suppressions": [ { "kind": "inSource" } ]
                },
                {
                  "ruleId": "CS0168",
                  "level": "warning",
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///src/Program.cs" } } } ]
                },
                {
                  "ruleId": "SN0005",
                  "level": "error",
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///news/escalated.md" } } } ]
                }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Counts_documents_with_SN_warnings_or_errors_once_each_and_the_info_notes_but_not_suppressed_or_other_diagnostics()
    {
        using var folder = new TempFolder();
        var report = folder.Write("documents.scan", "documents\t6\nwarning\t/news/picture.txt\n");
        var log = folder.Write("log.sarif", Sarif);

        var line = Summarize(folder, report, log);

        Assert.Equal("StaticNews documents: 3 of 6 have warnings, 1 info note; every one is listed in obj/log.sarif\n", line);
    }

    [Fact]
    public void A_document_left_out_by_the_scan_and_warned_about_by_the_compiler_is_counted_once()
    {
        using var folder = new TempFolder();
        var report = folder.Write("documents.scan", "documents\t1\nwarning\t/news/title only.txt\n");
        var log = folder.Write("log.sarif", Sarif);

        Assert.StartsWith("StaticNews documents: 2 of 1 has warnings", Summarize(folder, report, log), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_log_or_a_report_nothing_is_counted_and_no_log_is_named()
    {
        using var folder = new TempFolder();

        var line = Summarize(folder, Path.Combine(folder.Path, "none.scan"), Path.Combine(folder.Path, "none.sarif"));

        Assert.Equal("StaticNews documents: 0 of 0 have warnings, 0 info notes\n", line);
    }

    private static string Summarize(TempFolder folder, string report, string log)
    {
        var summary = Path.Combine(folder.Path, "summary.txt");
        var task = new SummarizeDiagnostics
        {
            BuildEngine = new FakeBuildEngine(),
            ScanReportFile = report,
            ErrorLog = log,
            SummaryFile = summary,
            ShownErrorLog = "obj/log.sarif",
        };
        Assert.True(task.Execute());
        return File.ReadAllText(summary);
    }
}
