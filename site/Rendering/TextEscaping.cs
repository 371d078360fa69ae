namespace StaticNews.Site.Rendering;

/// <summary>How <see cref="HtmlTemplateContext"/> writes the values a template prints, decided by the file it writes.</summary>
public enum TextEscaping
{
    /// <summary>HTML and XML: values are escaped, <see cref="RawHtml"/> passes through.</summary>
    Html,

    /// <summary>JSON (feed.json): every value, markup included, is escaped as the inside of a JSON string; the template writes the quotes.</summary>
    Json,

    /// <summary>Plain text (robots.txt): nothing is markup, nothing is escaped.</summary>
    None,
}

public static class TextEscapingOf
{
    public static TextEscaping File(string outputPath) =>
        outputPath.EndsWith(".txt", StringComparison.Ordinal) ? TextEscaping.None
        : outputPath.EndsWith(".json", StringComparison.Ordinal) ? TextEscaping.Json
        : TextEscaping.Html;
}
