using System.Globalization;
using StaticNews.Generator.Parsing;

namespace StaticNews.Generator.Tests;

/// <summary>
/// What cleaning does to each character, checked for all of them: TextCleaner passes most lines through untouched after
/// a range check per character, so a character the check let through unchanged by mistake would reach C#, HTML and XML.
/// </summary>
public sealed class TextCleanerTests
{
    [Fact]
    public void Every_character_outside_a_surrogate_pair_is_kept_replaced_or_dropped_by_its_rule()
    {
        var wrong = new List<string>();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            var expected = char.IsSurrogate(c) ? "\uFFFD"
                : c != '\t' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Control ? " "
                : c == '\uFEFF' ? " "
                : c is '\uFFFE' or '\uFFFF' ? ""
                : c.ToString();
            if (TextCleaner.Sanitize("a" + c + "b") != "a" + expected + "b")
            {
                wrong.Add(code.ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void A_surrogate_pair_is_kept_and_a_line_that_needs_nothing_is_the_same_string()
    {
        Assert.Equal("family 👨‍👩‍👧 \uFFFD", TextCleaner.Sanitize("family 👨‍👩‍👧 \uD800"));
        var plain = "Parliament votes on Monday.\t ";
        Assert.Same(plain, TextCleaner.Sanitize(plain));
        Assert.Equal("Parliament votes on Monday.", TextCleaner.Clean(plain));
    }
}
