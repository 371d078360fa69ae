using StaticNews.Site.Search;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The index's words (C#) and the search page's (site/assets/search.js) must agree to the character, or a reader's query
/// misses what the index holds: both read the same texts, and the script is run as the page runs it.
/// </summary>
public sealed class SearchTokensTests
{
    [Theory]
    [InlineData("Café au lait", new[] { "cafe", "au", "lait" })]
    [InlineData("İSTANBUL, Straße", new[] { "istanbul", "straße" })]
    [InlineData("ΟΔΟΣ οδός", new[] { "οδοσ", "οδοσ" })]
    [InlineData("don't stop—now", new[] { "don", "t", "stop", "now" })]
    [InlineData("東京タワー 2024年", new[] { "東", "京", "タ", "ワ", "ー", "2024", "年" })]
    [InlineData("Ереван-2 ՀՀ", new[] { "ереван", "2", "հհ" })]
    [InlineData("<b>bold</b> &amp; 😀x", new[] { "b", "bold", "b", "amp", "x" })]
    public void A_text_has_the_words_the_format_describes(string text, string[] expected)
    {
        Assert.Equal(expected, SearchTokens.Of(text));
    }

    [Fact]
    public void A_long_word_is_cut_without_splitting_a_character()
    {
        var ascii = new string('a', 70);
        Assert.Equal([new string('a', SearchTokens.MaximumLength)], SearchTokens.Of(ascii));
        // 𝐀 (U+1D400, a letter outside the BMP) is two UTF-16 units: a cut through the 64th unit would split it.
        var wide = new string('a', 63) + "𝐀" + "bbb";
        Assert.Equal([new string('a', 63)], SearchTokens.Of(wide));
    }

    [Fact]
    public void The_search_pages_script_reads_every_text_as_the_index_does()
    {
        string[] texts =
        [
            "Café İstanbul ΟΔΟΣ don't 東京 naïve",
            "Пашинян и Алиев: «переговоры»… в Ереване",
            "Zoë Straße ǅemal ﬁnance Ⅻ ² ½ ١٢٣",
            "हिन्दी समाचार, ภาษาไทย ខ្មែរ မြန်မာ",
            "e\u0301 (combining) ＦＵＬＬＷＩＤＴＨ ｶﾀｶﾅ",
            new string('x', 80) + " " + new string('a', 63) + "𝐀z",
            "tab\there\nnew line\u00A0nbsp\u200Bzero-width",
            // ASCII next to what decomposes into ASCII or follows it: Kelvin sign, marks after an ASCII letter (out of order), a mark first.
            "\u212Aelvin 5\u212A A\u0323\u0301B a\u0301\u0323b \u0301start Ǆ1ǅ2ǆ ΣΑΣ.x ǰ̌",
        ];
        foreach (var text in texts)
        {
            Assert.Equal(SearchTokens.Of(text), SiteSearch.Tokens(text));
        }
    }
}
