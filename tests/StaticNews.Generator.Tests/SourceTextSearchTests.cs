using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Parsing;

namespace StaticNews.Generator.Tests;

/// <summary>The chunked search of a document's text finds what a character-by-character search finds, wherever it stands.</summary>
public sealed class SourceTextSearchTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(4097)]
    [InlineData(12_345)]
    public void A_character_is_found_at_its_position_on_either_side_of_a_chunk_boundary(int position)
    {
        var chars = new string('x', 20_000).ToCharArray();
        chars[position] = '\uFFFE';
        chars[position + 3] = '\0';
        var text = SourceText.From(new string(chars));

        Assert.Equal(position, SourceTextSearch.IndexOfAny(text, '\0', '\uFFFE', '\uFFFF'));
        Assert.Equal(position + 3, SourceTextSearch.IndexOf(text, '\0'));
        Assert.Equal(position + 3, SourceTextSearch.IndexOf(text, '\0', position + 1));
        Assert.Equal(-1, SourceTextSearch.IndexOf(text, '\0', position + 4));
        Assert.Equal(-1, SourceTextSearch.IndexOf(text, '\uFFFD'));
    }

    [Fact]
    public void An_empty_text_has_nothing()
    {
        Assert.Equal(-1, SourceTextSearch.IndexOf(SourceText.From(""), '\0'));
    }
}
