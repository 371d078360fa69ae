using System.Text;

namespace StaticNews.Site.Search;

/// <summary>
/// Joins the parts of a record's text as a page's blocks read: each part a sentence of its own (a full stop added
/// where it ends without one), whitespace runs made one space, so a result's excerpt reads as the page does.
/// </summary>
public sealed class SearchText
{
    private readonly StringBuilder _text = new();

    public SearchText Add(string? part)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            return this;
        }
        if (_text.Length > 0)
        {
            if (!char.IsPunctuation(_text[^1]) && !char.IsSymbol(_text[^1]))
            {
                _text.Append('.');
            }
            _text.Append(' ');
        }
        var space = false;
        foreach (var c in part.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                _text.Append(' ');
                space = false;
            }
            _text.Append(c);
        }
        return this;
    }

    public override string ToString() => _text.ToString();
}
