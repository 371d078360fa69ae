namespace StaticNews.Content;

/// <summary>The format of an article's document.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text: one paragraph a line.</summary>
    PlainText,

    /// <summary>Markdown, rendered to HTML by the site.</summary>
    Markdown,
}
