using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// Markdown documents: without a front-matter title, a leading "# Heading" is the title. The rest is the
/// body's Markdown source, kept as written (the site renders it to HTML with Markdig); only editor's
/// notes and boilerplate lines are taken out, as in plain text.
/// </summary>
public static class MarkdownParser
{
    public static ParsedBody Parse(string filePath, string sourcePath, SourceText text, int startLine, ArticleMetadata metadata,
        GeneratorOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var lines = new BodyLines(filePath, sourcePath, text, options, diagnostics);
        string? title = metadata.Title;
        var titleLine = -1;
        var body = new StringBuilder();
        var ranges = new BodyRanges();
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();
        string? fence = null;
        var seenContent = false;
        var templateTags = new TemplateTags(filePath, text, diagnostics);
        var previousBlank = true;
        var inIndentedCode = false;
        var inList = false;

        for (var lineIndex = startLine; lineIndex < text.Lines.Count; lineIndex++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var textLine = text.Lines[lineIndex];
            var raw = text.ToString(textLine.Span);
            var line = TextCleaner.Clean(raw);

            if (!seenContent && line.Length == 0)
            {
                continue;
            }
            if (!seenContent && title is null && line.StartsWith("# ", System.StringComparison.Ordinal))
            {
                title = line.Substring(2).Trim().TrimEnd('#').Trim();
                titleLine = lineIndex;
                seenContent = true;
                continue;
            }
            seenContent = true;

            // A fence is closed only by a line of the same character, at least as long ("```" inside "~~~" is code).
            if (fence is null)
            {
                fence = FenceMarker(line);
            }
            else if (FenceMarker(line) is { } marker && marker[0] == fence[0] && marker.Length >= fence.Length && marker.Length == line.Length)
            {
                fence = null;
            }
            var inFence = fence is not null;
            // Inside a fenced code block every line is code, kept exactly (indentation included). Outside, a blank line
            // is written empty, so blocks stay separated by "\n\n" (Article.Paragraphs splits there).
            var kept = inFence ? AsWritten(raw) : line.Length == 0 ? "" : lines.Keep(line, lineIndex) is null ? null : AsWritten(raw);
            if (kept is null)
            {
                continue;
            }
            if (!inFence && kept.Trim().Length > 0)
            {
                var indented = raw.StartsWith("    ", System.StringComparison.Ordinal) || raw.StartsWith("\t", System.StringComparison.Ordinal);
                // An indented line is code after a blank line (or more code), unless it continues a list item.
                inIndentedCode = indented && (previousBlank || inIndentedCode) && !inList;
                if (!indented)
                {
                    inList = IsListItem(line);
                }
                if (FenceMarker(line) is null)
                {
                    templateTags.Scan(raw, lineIndex, inIndentedCode);
                }
            }
            previousBlank = !inFence && kept.Trim().Length == 0;
            if (previousBlank)
            {
                templateTags.Blank();
            }
            body.Append(kept).Append('\n');
            ranges.Add(textLine.Start, raw, kept);
            if (kept.Trim().Length == 0 && !inFence)
            {
                Flush(paragraph, paragraphs);
            }
            else
            {
                paragraph.Append(paragraph.Length > 0 ? "\n" : "").Append(kept.Trim());
            }
        }
        Flush(paragraph, paragraphs);

        return new ParsedBody(title, titleLine, metadata.Standfirst, lines.EditorsNote, body.ToString().Trim('\n'), paragraphs, ranges.Result());
    }

    /// <summary>
    /// The line as written, trailing white space included: two spaces before a line end are a Markdown hard line
    /// break, and code keeps its spaces. Only characters that cannot be carried in UTF-8 are replaced.
    /// </summary>
    private static string AsWritten(string line) => TextCleaner.Sanitize(line);

    /// <summary>The run of three or more backticks or tildes a line starts with, or null.</summary>
    private static string? FenceMarker(string line)
    {
        if (line.Length < 3 || line[0] is not ('`' or '~'))
        {
            return null;
        }
        var length = 1;
        while (length < line.Length && line[length] == line[0])
        {
            length++;
        }
        return length >= 3 ? line.Substring(0, length) : null;
    }

    /// <summary>"- item", "* item", "+ item", "1. item" or "1) item".</summary>
    private static bool IsListItem(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length >= 2 && trimmed[0] is '-' or '*' or '+' && trimmed[1] == ' ')
        {
            return true;
        }
        var digits = 0;
        while (digits < trimmed.Length && char.IsDigit(trimmed[digits]))
        {
            digits++;
        }
        return digits > 0 && digits + 1 < trimmed.Length && trimmed[digits] is '.' or ')' && trimmed[digits + 1] == ' ';
    }

    private static void Flush(StringBuilder paragraph, List<string> paragraphs)
    {
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph.ToString());
            paragraph.Clear();
        }
    }
}
