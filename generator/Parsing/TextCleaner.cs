using System.Globalization;
using System.Text;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// Makes a line of document text safe to carry into C# and HTML: trims it, turns control characters
/// into spaces and unpaired surrogates into U+FFFD (neither can be written as UTF-8).
/// </summary>
public static class TextCleaner
{
    public static string Clean(string line) => Sanitize(line).Trim();

    /// <summary>Like <see cref="Clean"/>, but keeps leading and trailing white space (Markdown indentation).</summary>
    public static string Sanitize(string line)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var replacement = c;
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                builder?.Append(c).Append(line[i + 1]);
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                replacement = '\uFFFD';
            }
            else if (c != '\t' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control)
            {
                replacement = ' ';
            }
            else if (c == '\uFEFF')
            {
                // A byte-order mark in the middle of text is invisible junk from concatenated files.
                replacement = ' ';
            }

            if (replacement != c && builder is null)
            {
                builder = new StringBuilder(line.Length).Append(line, 0, i);
            }
            builder?.Append(replacement);
        }
        return builder?.ToString() ?? line;
    }
}
