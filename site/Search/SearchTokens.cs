using System.Globalization;
using System.Text;

namespace StaticNews.Site.Search;

/// <summary>
/// The words of a text as the search index holds them, and as the search page (site/assets/search.js, its
/// <c>tokenize</c>) reads a query: the two must agree to the character, so both follow the same steps.
/// Accents go (NFD, then every nonspacing mark dropped: "Café" is "cafe"), case goes (a Greek final sigma is a sigma),
/// a word is a run of letters, decimal digits and spacing marks, and in the scripts written without spaces between
/// words (Thai, Lao, Myanmar, Khmer, Japanese kana, Han) each character is a word of its own.
/// </summary>
public static class SearchTokens
{
    /// <summary>A longer word is cut to this many UTF-16 code units (one fewer where the cut would split a pair).</summary>
    public const int MaximumLength = 64;

    /// <summary>Calls <paramref name="token"/> with each word of <paramref name="text"/>, in order, duplicates included.</summary>
    public static void Each(string text, Action<ReadOnlySpan<char>> token)
    {
        var folded = Fold(text);
        var word = 0;
        var start = 0;
        var i = 0;
        while (i < folded.Length)
        {
            if (folded[i] < 0x80)
            {
                // Folded ASCII: a word character is a lower-case letter or a digit, and none is a word of its own.
                if (char.IsAsciiLetterOrDigit(folded[i]))
                {
                    if (word == 0)
                    {
                        start = i;
                    }
                    word++;
                }
                else
                {
                    Flush(folded, start, word, token);
                    word = 0;
                }
                i++;
                continue;
            }
            var rune = Rune.GetRuneAt(folded, i);
            if (IsOneCharacterWord(rune.Value))
            {
                Flush(folded, start, word, token);
                token(folded.AsSpan(i, rune.Utf16SequenceLength));
                word = 0;
            }
            else if (IsWordCharacter(rune))
            {
                if (word == 0)
                {
                    start = i;
                }
                word += rune.Utf16SequenceLength;
            }
            else
            {
                Flush(folded, start, word, token);
                word = 0;
            }
            i += rune.Utf16SequenceLength;
        }
        Flush(folded, start, word, token);
    }

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static List<string> Of(string text)
    {
        var tokens = new List<string>();
        Each(text, token => tokens.Add(token.ToString()));
        return tokens;
    }

    private static void Flush(string folded, int start, int length, Action<ReadOnlySpan<char>> token)
    {
        if (length == 0)
        {
            return;
        }
        if (length > MaximumLength)
        {
            length = char.IsHighSurrogate(folded[start + MaximumLength - 1]) ? MaximumLength - 1 : MaximumLength;
        }
        token(folded.AsSpan(start, length));
    }

    /// <summary>
    /// Decomposed, lower-cased, every final sigma a sigma, every nonspacing mark dropped. ASCII is lower-cased where it
    /// stands and only the runs of other characters go through the steps: an ASCII character is never decomposed, has no
    /// mark to reorder with (it is a starter) and lower-cases on its own, so the text folds as its runs fold, one by one.
    /// </summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80)
            {
                folded.Append(char.ToLowerInvariant(text[i]));
                i++;
                continue;
            }
            var end = i + 1;
            while (end < text.Length && text[end] >= 0x80)
            {
                end++;
            }
            FoldRun(text.Substring(i, end - i), folded);
            i = end;
        }
        return folded.ToString();
    }

    /// <summary>Folds a run of characters that are not ASCII (a surrogate pair is never split: both halves are not ASCII).</summary>
    private static void FoldRun(string run, StringBuilder folded)
    {
        var decomposed = WithoutLoneSurrogates(run).Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var i = 0;
        while (i < decomposed.Length)
        {
            var rune = Rune.GetRuneAt(decomposed, i);
            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                if (rune.Value == 'ς')
                {
                    folded.Append('σ');
                }
                else
                {
                    folded.Append(decomposed, i, rune.Utf16SequenceLength);
                }
            }
            i += rune.Utf16SequenceLength;
        }
    }

    /// <summary>The text with each lone surrogate (malformed UTF-16, which cannot be normalized) made a space: no word.</summary>
    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) == System.Buffers.OperationStatus.Done)
            {
                builder.Append(text, i, used);
            }
            else
            {
                builder.Append(' ');
            }
            i += Math.Max(used, 1);
        }
        return builder.ToString();
    }

    private static bool IsWordCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    private static bool IsOneCharacterWord(int c) =>
        c is (>= 0x0E00 and <= 0x0EFF) or (>= 0x1000 and <= 0x109F) or (>= 0x1780 and <= 0x17FF) or (>= 0x3040 and <= 0x30FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x2FFFF);
}
