using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace StaticNews.Tasks.Summary;

/// <summary>
/// The line every build prints: how many documents have warnings and how many info notes the content has (info notes
/// are not shown at normal verbosity, and a no-op build repeats no warning), from the scan's report and the compiler's
/// SARIF log.
/// </summary>
internal static class DiagnosticsSummary
{
    private static readonly Regex SnRule = new("^\\s*\"SN\\d+\"");
    private static readonly Regex Level = new("\"level\":\\s*\"(\\w+)\"");
    private static readonly Regex Uri = new("\"uri\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /// <param name="scanReport">The scan's report (null when there is none).</param>
    /// <param name="sarif">The compiler's log (null when there is none).</param>
    /// <param name="shownLog">The log's path as the line names it.</param>
    public static string Line(string? scanReport, string? sarif, string shownLog)
    {
        var documents = 0;
        var withWarnings = new HashSet<string>(StringComparer.Ordinal);
        var notes = 0;
        foreach (var line in (scanReport ?? "").Split('\n'))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2) continue;
            if (fields[0] == "documents") int.TryParse(fields[1], out documents);
            else if (fields[0] == "warning") withWarnings.Add(fields[1]);
        }

        // SARIF 2.1 as the compiler writes it: each result starts with its "ruleId", then its "level" and location.
        var results = (sarif ?? "").Split(new[] { "\"ruleId\":" }, StringSplitOptions.None);
        for (var i = 1; i < results.Length; i++)
        {
            var result = results[i];
            if (!SnRule.IsMatch(result) || result.Contains("\"suppressions\"")) continue;
            var level = Level.Match(result).Groups[1].Value;
            if (level == "note")
            {
                notes++;
                continue;
            }
            if (level != "warning" && level != "error") continue;
            var uri = Uri.Match(result);
            if (!uri.Success) continue;
            var text = Regex.Unescape(uri.Groups[1].Value);
            withWarnings.Add(System.Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : text);
        }

        return "StaticNews documents: " + withWarnings.Count + " of " + documents + (documents == 1 ? " has" : " have") + " warnings, "
            + notes + (notes == 1 ? " info note" : " info notes") + (withWarnings.Count + notes > 0 ? "; every one is listed in " + shownLog : "");
    }
}
