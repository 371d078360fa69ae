using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// The seed format, plain text as scraped from a news page: blank lines are skipped, the first line is
/// the title, the second the standfirst, every further line a paragraph. When front matter gives the
/// title or standfirst, a first line that repeats it is not taken for a paragraph.
/// </summary>
public static class PlainTextParser
{
    public static ParsedBody Parse(string filePath, string sourcePath, SourceText text, int startLine, ArticleMetadata metadata,
        GeneratorOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var lines = new BodyLines(filePath, sourcePath, text, options, diagnostics);
        string? title = metadata.Title;
        string? standfirst = metadata.Standfirst;
        var titleLine = -1;
        var titleFromBody = false;
        var expectTitle = true;
        var expectStandfirst = true;
        var paragraphs = new List<string>();
        var ranges = new BodyRanges();

        for (var lineIndex = startLine; lineIndex < text.Lines.Count; lineIndex++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var textLine = text.Lines[lineIndex];
            var raw = text.ToString(textLine.Span);
            var line = TextCleaner.Clean(raw);
            if (line.Length == 0)
            {
                continue;
            }
            if (expectTitle)
            {
                expectTitle = false;
                if (title is null || Same(title, line))
                {
                    title ??= line;
                    titleLine = lineIndex;
                    titleFromBody = true;
                    continue;
                }
            }
            if (expectStandfirst)
            {
                expectStandfirst = false;
                if (standfirst is null && titleFromBody || standfirst is not null && Same(standfirst, line))
                {
                    standfirst ??= line;
                    continue;
                }
            }
            if (lines.Keep(line, lineIndex) is { } kept)
            {
                paragraphs.Add(kept);
                ranges.Add(textLine.Start, raw, kept);
            }
        }

        return new ParsedBody(title, titleLine, standfirst, lines.EditorsNote, string.Join("\n", paragraphs), paragraphs.Count,
            paragraphs.Sum(TextStatistics.CountWords), ranges.Result());
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
