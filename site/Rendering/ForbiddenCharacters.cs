using System.Buffers;
using System.Text;

namespace StaticNews.Site.Rendering;

/// <summary>
/// Removes the characters no page, feed or sitemap may carry: those XML 1.0 forbids (C0 controls other than tab, line
/// feed and carriage return; U+FFFE, U+FFFF; a surrogate without its pair) and those HTML calls parse errors (the
/// other controls, U+007F to U+009F, and the noncharacters). A document can hold them raw, or as a numeric reference
/// such as <c>&amp;#1;</c> that Markdig decodes while rendering, after the generator's own cleaning.
/// </summary>
public static class ForbiddenCharacters
{
    /// <summary>Every character that may be forbidden; surrogates are looked at one by one (a valid pair is kept).</summary>
    private static readonly SearchValues<char> Suspects = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        Range('\u007F', '\u009F') + Range('\uD800', '\uDFFF') + Range('\uFDD0', '\uFDEF') + "\uFFFE\uFFFF");

    public static string Remove(string text)
    {
        var first = FirstForbidden(text, 0);
        if (first < 0)
        {
            return text;
        }
        var kept = new StringBuilder(text.Length).Append(text, 0, first);
        var at = first;
        while (at >= 0)
        {
            // One character at a time: of a noncharacter's surrogate pair, the low half is then found on its own.
            at++;
            var next = FirstForbidden(text, at);
            kept.Append(text, at, (next < 0 ? text.Length : next) - at);
            at = next;
        }
        return kept.ToString();
    }

    /// <summary>The index of the next forbidden character from <paramref name="start"/>, or -1.</summary>
    private static int FirstForbidden(string text, int start)
    {
        var at = start;
        while (true)
        {
            var found = text.AsSpan(at).IndexOfAny(Suspects);
            if (found < 0)
            {
                return -1;
            }
            at += found;
            if (!IsSurrogate(text[at]))
            {
                return at;
            }
            if (char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1])
                && !IsNoncharacter(char.ConvertToUtf32(text[at], text[at + 1])))
            {
                at += 2;
                continue;
            }
            return at;
        }
    }

    private static bool IsSurrogate(char c) => c is >= '\uD800' and <= '\uDFFF';

    /// <summary>U+1FFFE, U+1FFFF, ... U+10FFFF: the last two code points of every plane.</summary>
    private static bool IsNoncharacter(int codePoint) => (codePoint & 0xFFFE) == 0xFFFE;

    private static string Range(char first, char last) =>
        new(Enumerable.Range(first, last - first + 1).Select(c => (char)c).ToArray());
}
