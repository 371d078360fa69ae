using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StaticNews.Generator.Naming;

/// <summary>
/// Turns text in Latin (with accents), Cyrillic, Armenian and Greek script into plain ASCII.
/// Characters of other scripts (CJK, Arabic, Hebrew, emoji, ...) are dropped: a slug built from them
/// falls back to a stable hash (<see cref="SlugBuilder"/>).
/// </summary>
public static class Transliterator
{
    private static readonly Dictionary<char, string> Table = BuildTable();

    public static string ToAscii(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // A letter the table knows whole (й, ё, ї, ў) written as its base letter and a combining mark is looked
            // up whole; any other combining mark is dropped below, leaving its base letter.
            if (i + 1 < text.Length && BaseLetters.TryCompose(c, text[i + 1], out var composed))
            {
                c = composed;
                i++;
            }
            var lower = char.ToLowerInvariant(c);

            // Armenian "ու" is one sound, u.
            if (lower == 'ո' && i + 1 < text.Length && char.ToLowerInvariant(text[i + 1]) == 'ւ')
            {
                builder.Append(char.IsUpper(c) ? "U" : "u");
                i++;
                continue;
            }

            if (!TryAppendLetter(builder, c) && !TryAppendBaseLetter(builder, c)
                && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                // Unknown script or a symbol: a word break, so neighbouring words stay apart.
                // (A stray accent, U+0301 on its own, is simply dropped.)
                builder.Append(' ');
            }
        }
        return builder.ToString();
    }

    private static bool TryAppendLetter(StringBuilder builder, char c)
    {
        if (c < 128)
        {
            builder.Append(c);
            return true;
        }
        if (Table.TryGetValue(char.ToLowerInvariant(c), out var replacement))
        {
            builder.Append(char.IsUpper(c) && replacement.Length > 0 ? char.ToUpperInvariant(replacement[0]) + replacement.Substring(1) : replacement);
            return true;
        }
        return false;
    }

    /// <summary>An accented letter the table does not know: its base letter ("é" gives "e", Greek "έ" gives "e").</summary>
    private static bool TryAppendBaseLetter(StringBuilder builder, char c) =>
        BaseLetters.TryGetBase(c, out var baseLetter) && TryAppendLetter(builder, baseLetter);

    private static Dictionary<char, string> BuildTable()
    {
        var table = new Dictionary<char, string>();
        void Add(string letters, params string[] values)
        {
            for (var i = 0; i < letters.Length; i++)
            {
                table[letters[i]] = values[i];
            }
        }

        // Apostrophes stay apostrophes, so "Armenia’s" stays one word (see Words).
        Add("’ʼ‘", "'", "'", "'");

        // Latin letters that do not decompose into a base letter plus accent.
        Add("ßæøœđłþðıŀĸ", "ss", "ae", "o", "oe", "d", "l", "th", "d", "i", "l", "k");

        // Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian).
        Add("абвгдежзийклмнопрстуфхцчшщъыьэюя",
            "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya");
        Add("ёіїєґўђјљњћџѓќѕ", "yo", "i", "yi", "ye", "g", "u", "dj", "j", "lj", "nj", "c", "dz", "gj", "kj", "dz");

        // Armenian (lower-case letters; upper case is folded before lookup).
        Add("աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
            "a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz", "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v", "p", "k", "o", "f");
        table['և'] = "ev";

        // Greek (accented letters are looked up by their base letter, BaseLetters).
        Add("αβγδεζηθικλμνξοπρσςτυφχψω",
            "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o");

        return table;
    }
}
