using System;
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
        var body = TakeBuilder(text.Length);
        var ranges = new BodyRanges();
        // Article.Paragraphs splits the body at blank lines (not in code): the count and the words are all parsing needs of them.
        var paragraphs = 0;
        var inParagraph = false;
        var words = 0;
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
            var written = AsWritten(raw);
            var line = written.Trim();

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
            var kept = inFence ? written : line.Length == 0 ? "" : lines.Keep(line, lineIndex) is null ? null : written;
            if (kept is null)
            {
                continue;
            }
            var blank = string.IsNullOrWhiteSpace(kept);
            if (!inFence && !blank)
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
            previousBlank = !inFence && blank;
            if (previousBlank)
            {
                templateTags.Blank();
            }
            body.Append(kept).Append('\n');
            ranges.Add(textLine.Start, raw, kept);
            if (blank && !inFence)
            {
                paragraphs += inParagraph ? 1 : 0;
                inParagraph = false;
            }
            else
            {
                inParagraph |= !blank;
                words += TextStatistics.CountWords(kept);
            }
        }
        paragraphs += inParagraph ? 1 : 0;

        return new ParsedBody(title, titleLine, metadata.Standfirst, lines.EditorsNote, TrimmedOfLineBreaks(body), paragraphs, words, ranges.Result());
    }

    /// <summary>One body's builder per thread, reused: a document's body is never longer than its text.</summary>
    [ThreadStatic]
    private static StringBuilder? _builder;

    private static StringBuilder TakeBuilder(int capacity)
    {
        var builder = _builder ?? new StringBuilder();
        _builder = null;
        builder.Clear();
        builder.EnsureCapacity(capacity);
        return builder;
    }

    /// <summary>The body without the blank lines it starts or ends with; the builder goes back for the next document.</summary>
    private static string TrimmedOfLineBreaks(StringBuilder body)
    {
        var start = 0;
        var end = body.Length;
        while (start < end && body[start] == '\n')
        {
            start++;
        }
        while (end > start && body[end - 1] == '\n')
        {
            end--;
        }
        var trimmed = body.ToString(start, end - start);
        if (body.Capacity <= MaxKeptCapacity)
        {
            _builder = body;
        }
        return trimmed;
    }

    /// <summary>A builder grown for a huge document is let go rather than kept for the thread's life.</summary>
    private const int MaxKeptCapacity = 1 << 20;

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
}
