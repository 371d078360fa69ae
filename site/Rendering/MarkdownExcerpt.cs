using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Content;

namespace StaticNews.Site.Rendering;

/// <summary>
/// The excerpt lists show for a Markdown article: the plain text of its first paragraph (headings, pictures, code,
/// HTML and other generators' shortcodes before it are passed over; in it, a picture gives its alt text, HTML tags,
/// footnote marks and shortcodes nothing), cut as <see cref="Article.Excerpt"/> is cut; the
/// standfirst when the body has no paragraph. Readers never see Markdown or HTML syntax in a list.
/// </summary>
public static class MarkdownExcerpt
{
    /// <summary>Enough of a body to hold its first paragraph in any ordinary post: the parse stays small for every article of a big site.</summary>
    private const int Prefix = 4096;

    /// <summary>Each article's excerpt, made once per article object (an article is immutable; the preview keeps an unchanged document's from update to update).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Article, string> Made = new();

    public static string Of(Article article) => Made.GetValue(article, Make);

    private static string Make(Article article)
    {
        var markdown = article.GetMarkdown() ?? "";
        if (markdown.Length > Prefix)
        {
            markdown = markdown[..(char.IsHighSurrogate(markdown[Prefix - 1]) ? Prefix - 1 : Prefix)];
        }
        return Article.CutExcerpt(FirstParagraph(markdown) ?? article.Standfirst);
    }

    /// <summary>The plain text of the first top-level paragraph that has any, or null.</summary>
    public static string? FirstParagraph(string markdown)
    {
        foreach (var block in Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline))
        {
            if (block is ParagraphBlock { Inline: { } inline })
            {
                var text = new StringBuilder();
                MarkdownInlineText.Append(text, inline);
                var plain = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                if (plain.Length > 0)
                {
                    return plain;
                }
            }
        }
        return null;
    }
}
