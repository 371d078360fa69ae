using System.Text;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// Makes a line of document text safe to carry into C#, HTML and XML: trims it, turns control characters into
/// spaces and unpaired surrogates into U+FFFD (neither can be written as UTF-8), and drops U+FFFE and U+FFFF,
/// which XML 1.0 forbids (a feed or page holding one is not well-formed) and no text means.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string line) => Sanitize(line).Trim();

    /// <summary>Like <see cref="Clean"/>, but keeps leading and trailing white space (Markdown indentation).</summary>
    public static string Sanitize(string line)
    {
        // Nearly every line needs nothing: find that out with a range check per character before building anything.
        var first = 0;
        while (first < line.Length && !MayChange(line[first]))
        {
            first++;
        }
        if (first == line.Length)
        {
            return line;
        }
        StringBuilder? builder = null;
        for (var i = first; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                builder?.Append(c).Append(line[i + 1]);
                i++;
                continue;
            }
            var replacement = Replacement(c);
            if (replacement != c && builder is null)
            {
                builder = new StringBuilder(line.Length).Append(line, 0, i);
            }
            if (replacement is { } kept)
            {
                builder?.Append(kept);
            }
        }
        return builder?.ToString() ?? line;
    }

    /// <summary>Whether XML 1.0 forbids <paramref name="c"/> even when it is not a control character: the two noncharacters U+FFFE and U+FFFF.</summary>
    public static bool IsNonCharacter(char c) => c is '\uFFFE' or '\uFFFF';

    /// <summary>
    /// A control character: the Unicode category Cc, which is exactly U+0000–U+001F and U+007F–U+009F (a set Unicode
    /// keeps stable), so a range check serves where a category lookup per character would cost.
    /// </summary>
    private static bool IsControl(char c) => c < '\u0020' || (c >= '\u007F' && c <= '\u009F');

    /// <summary>Whether <see cref="Replacement"/> may change <paramref name="c"/>: a control character other than tab, half of a surrogate pair, a byte-order mark or a noncharacter.</summary>
    private static bool MayChange(char c) => (IsControl(c) && c != '\t') || (c >= '\uD800' && (c <= '\uDFFF' || c == '\uFEFF' || IsNonCharacter(c)));

    /// <summary>What a character (not half of a surrogate pair) becomes: itself, another character, or nothing.</summary>
    private static char? Replacement(char c)
    {
        if (char.IsSurrogate(c))
        {
            return '\uFFFD';
        }
        if (c != '\t' && IsControl(c))
        {
            return ' ';
        }
        if (c == '\uFEFF')
        {
            // A byte-order mark in the middle of text is invisible junk from concatenated files.
            return ' ';
        }
        return IsNonCharacter(c) ? null : c;
    }
}
