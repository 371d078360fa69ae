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
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();
        var inFence = false;
        var seenContent = false;

        for (var lineIndex = startLine; lineIndex < text.Lines.Count; lineIndex++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = text.ToString(text.Lines[lineIndex].Span);
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

            if (line.StartsWith("```", System.StringComparison.Ordinal) || line.StartsWith("~~~", System.StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            // Inside a fenced code block every line is code, kept exactly (indentation included).
            var kept = inFence || line.Length == 0 ? RightTrim(raw) : lines.Keep(line, lineIndex) is null ? null : RightTrim(raw);
            if (kept is null)
            {
                continue;
            }
            body.Append(kept).Append('\n');
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

        return new ParsedBody(title, titleLine, metadata.Standfirst, lines.EditorsNote, body.ToString().Trim('\n'), paragraphs);
    }

    private static string RightTrim(string line) => TextCleaner.Sanitize(line).TrimEnd();

    private static void Flush(StringBuilder paragraph, List<string> paragraphs)
    {
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph.ToString());
            paragraph.Clear();
        }
    }
}
