using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// The seed format, plain text as scraped from a news page: blank lines are skipped, the first line is
/// the title, the second the standfirst, every further line a paragraph. "Editor's note:" becomes the
/// article's <c>EditorsNote</c>; lines matching a boilerplate pattern are removed, each one reported.
/// </summary>
public static class PlainTextParser
{
    /// <summary>Text glued before an editor's note that is this short and has no sentence ending is a button label.</summary>
    private const int MaxCallToActionWords = 5;

    public static ArticleDocument? Parse(
        string filePath, string sourcePath, SourceText text, GeneratorOptions options,
        List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var boilerplate = new BoilerplateFilter(options.BoilerplatePatterns);
        string? title = null;
        string? standfirst = null;
        string? editorsNote = null;
        var titleLine = 0;
        var paragraphs = new List<string>();

        for (var lineIndex = 0; lineIndex < text.Lines.Count; lineIndex++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = TextCleaner.Clean(text.Lines[lineIndex].ToString());
            if (line.Length == 0)
            {
                continue;
            }

            if (title is null)
            {
                title = line;
                titleLine = lineIndex;
            }
            else if (standfirst is null)
            {
                standfirst = line;
            }
            else if (editorsNote is null && EditorsNote.TrySplit(line, out var before, out var note))
            {
                editorsNote = note;
                if (before.Length > 0 && !IsRemovedBoilerplate(before, lineIndex) && !IsCallToAction(before, lineIndex))
                {
                    paragraphs.Add(before);
                }
            }
            else if (!IsRemovedBoilerplate(line, lineIndex))
            {
                paragraphs.Add(line);
            }
        }

        if (title is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyDocument, LocationInfo.StartOf(filePath), sourcePath));
            return null;
        }

        var titleLocation = LocationInfo.ForLine(filePath, text, titleLine);
        if (standfirst is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingStandfirst, titleLocation, sourcePath));
        }

        var wordCount = 0;
        foreach (var paragraph in paragraphs)
        {
            wordCount += TextStatistics.CountWords(paragraph);
        }

        return new ArticleDocument(
            FilePath: filePath,
            SourcePath: sourcePath,
            Title: title,
            Standfirst: standfirst ?? "",
            EditorsNote: string.IsNullOrEmpty(editorsNote) ? null : editorsNote,
            Paragraphs: paragraphs.ToEquatableArray(),
            Published: null,
            WordCount: wordCount,
            ProposedSlug: SlugBuilder.FromTitle(title),
            ProposedClassName: ClassNameBuilder.FromTitle(title),
            TitleLocation: titleLocation);

        bool IsRemovedBoilerplate(string candidate, int lineIndex)
        {
            var pattern = boilerplate.Match(candidate);
            if (pattern is null)
            {
                return false;
            }
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BoilerplateRemoved,
                LocationInfo.ForLine(filePath, text, lineIndex), sourcePath, $"the line matches the staticnews.yml pattern '{pattern}'"));
            return true;
        }

        bool IsCallToAction(string candidate, int lineIndex)
        {
            var words = TextStatistics.CountWords(candidate);
            var last = candidate[candidate.Length - 1];
            if (words > MaxCallToActionWords || last is '.' or '!' or '?' or '…' or '"' or '”' or '’')
            {
                return false;
            }
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BoilerplateRemoved,
                LocationInfo.ForLine(filePath, text, lineIndex), sourcePath, $"'{candidate}' is a button label glued to an editor's note"));
            return true;
        }
    }
}
