using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace StaticNews.Site.Rendering;

/// <summary>
/// The words an inline run of Markdown shows a reader, for list excerpts and search records: text, code and entities as
/// they read, a link as its text, an autolink as its address; HTML tags, footnote marks and other generators'
/// shortcodes (shown as code on the page, no words of the article) give nothing.
/// </summary>
public static class MarkdownInlineText
{
    public static void Append(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case HtmlInline:
            case FootnoteLink:
                break;
            case CodeInline code when TemplateTagExtension.CloserOf(code.Content, 0, code.Content.Length - 1) is not null:
                // A shortcode or template call, shown as code on the page: no words of the article.
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }
                break;
        }
    }
}
