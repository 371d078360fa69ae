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
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var lower = char.ToLowerInvariant(c);

            // Armenian "ու" is one sound, u.
            if (lower == 'ո' && i + 1 < decomposed.Length && char.ToLowerInvariant(decomposed[i + 1]) == 'ւ')
            {
                builder.Append(char.IsUpper(c) ? "U" : "u");
                i++;
                continue;
            }

            if (c < 128)
            {
                builder.Append(c);
            }
            else if (Table.TryGetValue(lower, out var replacement))
            {
                builder.Append(char.IsUpper(c) && replacement.Length > 0 ? char.ToUpperInvariant(replacement[0]) + replacement.Substring(1) : replacement);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // An accent split off by FormD: "é" became "e" + U+0301.
            }
            else
            {
                // Unknown script or a symbol: a word break, so neighbouring words stay apart.
                builder.Append(' ');
            }
        }
        return builder.ToString();
    }

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

        // Greek (accents are split off by FormD first).
        Add("αβγδεζηθικλμνξοπρσςτυφχψω",
            "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o");

        return table;
    }
}
