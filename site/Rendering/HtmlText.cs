using System.Text;

namespace StaticNews.Site.Rendering;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values: the five markup characters only,
/// so Armenian, Cyrillic or emoji text stays readable in the page source.
/// </summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny("&<>\"'");
        if (first < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(text[i]); break;
            }
        }
        return builder.ToString();
    }
}
