using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// The rules every body line goes through, in both formats: "Editor's note:" becomes the article's note
/// (a short button label glued before it is dropped), and boilerplate lines are removed. Each removal
/// is reported, so nothing vanishes unseen.
/// </summary>
public sealed class BodyLines(string filePath, string sourcePath, SourceText text, GeneratorOptions options, List<DiagnosticInfo> diagnostics)
{
    /// <summary>Text glued before an editor's note that is this short and has no sentence ending is a button label.</summary>
    private const int MaxCallToActionWords = 5;

    private readonly BoilerplateFilter _boilerplate = new(options.BoilerplatePatterns);

    public string? EditorsNote { get; private set; }

    /// <summary>What is left of the line for the body, or null when nothing is.</summary>
    public string? Keep(string line, int lineIndex)
    {
        if (EditorsNote is null && Parsing.EditorsNote.TrySplit(line, out var before, out var note))
        {
            EditorsNote = note.Length > 0 ? note : null;
            return before.Length > 0 && !IsBoilerplate(before, lineIndex) && !IsCallToAction(before, lineIndex) ? before : null;
        }
        return IsBoilerplate(line, lineIndex) ? null : line;
    }

    private bool IsBoilerplate(string candidate, int lineIndex)
    {
        var pattern = _boilerplate.Match(candidate);
        if (pattern is null)
        {
            return false;
        }
        Removed(lineIndex, $"the line matches the staticnews.yml pattern '{pattern}'");
        return true;
    }

    private bool IsCallToAction(string candidate, int lineIndex)
    {
        var last = candidate[candidate.Length - 1];
        if (TextStatistics.CountWords(candidate) > MaxCallToActionWords || last is '.' or '!' or '?' or '…' or '"' or '”' or '’')
        {
            return false;
        }
        Removed(lineIndex, $"'{candidate}' is a button label glued to an editor's note");
        return true;
    }

    private void Removed(int lineIndex, string reason) =>
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BoilerplateRemoved, LocationInfo.ForLine(filePath, text, lineIndex), sourcePath, reason));
}
