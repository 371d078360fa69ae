using StaticNews.Site.Rendering;

namespace StaticNews.Site.Tests;

public sealed class ForbiddenCharactersTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\tline\ncarriage\r", "tab\tline\ncarriage\r")]
    [InlineData("a\u0000b\u0001c\u001Fd\u007Fe\u0085f", "abcdef")]
    [InlineData("a\uFFFEb\uFFFFc\uFDD0d", "abcd")]
    [InlineData("emoji 🚀 and Հայերեն kept", "emoji 🚀 and Հայերեն kept")]
    [InlineData("\uFFFD replacement kept", "\uFFFD replacement kept")]
    public void Removes_only_what_xml_forbids_or_html_calls_a_parse_error(string text, string expected) =>
        Assert.Equal(expected, ForbiddenCharacters.Remove(text));

    // Not as InlineData: an attribute's strings are stored as UTF-8, where a lone surrogate cannot be written.
    [Fact]
    public void Removes_lone_surrogates_and_the_noncharacters_of_other_planes()
    {
        Assert.Equal("lone  high, lone  low, reversed .", ForbiddenCharacters.Remove("lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800."));
        Assert.Equal("at the end ", ForbiddenCharacters.Remove("at the end \uD800"));
        Assert.Equal("plane one noncharacter  gone", ForbiddenCharacters.Remove("plane one noncharacter \uD83F\uDFFF gone"));
    }
}
