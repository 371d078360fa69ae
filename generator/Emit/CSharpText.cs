using System.Globalization;
using System.Text;

namespace StaticNews.Generator.Emit;

/// <summary>
/// Turns document text into C# source text: string literals, UTF-8 literals and XML doc comments.
/// Invisible and direction-changing characters are written as escapes, so generated code reads the same
/// in every editor (no Trojan Source).
/// </summary>
public static class CSharpText
{
    public static string StringLiteral(string? value) => value is null ? "null" : Quote(value, suffix: "");

    public static string Utf8Literal(string value) => Quote(value, suffix: "u8");

    /// <summary>
    /// Text for an XML doc comment: markup characters escaped, invisible characters dropped, and so are U+FFFE and
    /// U+FFFF, which XML does not allow (the compiler would warn CS1570, an error under TreatWarningsAsErrors).
    /// </summary>
    public static string XmlDoc(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    builder.Append(NeedsEscape(c) || c >= '\uFFFE' ? ' ' : c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static string Quote(string value, string suffix)
    {
        var builder = new StringBuilder(value.Length + 4);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').Append(suffix).ToString();
    }

    private static bool NeedsEscape(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator;
    }
}
