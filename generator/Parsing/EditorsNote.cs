using System.Text.RegularExpressions;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// Finds "Editor's note:" in a line (straight, curly or modifier apostrophe, any case), also where a
/// scraped page glued it to a call-to-action before it: "Become a memberEditor’s note: ...".
/// </summary>
public static class EditorsNote
{
    private static readonly Regex Label = new(
        @"Editor['’ʼ‘`]?s\s+note\s*[:：]\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Splits a line into the text before the label (often a call-to-action) and the note itself.</summary>
    public static bool TrySplit(string line, out string before, out string note)
    {
        var match = Label.Match(line);
        if (!match.Success)
        {
            before = note = "";
            return false;
        }
        before = line.Substring(0, match.Index).Trim();
        note = line.Substring(match.Index + match.Length).Trim();
        return true;
    }
}
