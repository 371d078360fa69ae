using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Site.Rendering;

namespace StaticNews.Site.Search;

/// <summary>
/// The words a Markdown body shows a reader, block by block, without rendering it: paragraphs, headings, list items,
/// table cells and code as their text; a picture as its alt text; raw HTML as the text between its tags (scripts,
/// styles and comments, which no page shows, give nothing).
/// </summary>
public static partial class MarkdownText
{
    public static IEnumerable<string> Blocks(string markdown)
    {
        var blocks = new List<string>();
        Collect(Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline), blocks);
        return blocks;
    }

    private static void Collect(ContainerBlock container, List<string> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ContainerBlock inner:
                    Collect(inner, blocks);
                    break;
                case HtmlBlock html when html.Type is HtmlBlockType.Comment || IsScriptOrStyle(html.Lines.ToString()):
                    break;
                case HtmlBlock html:
                    blocks.Add(TextOfHtml(html.Lines.ToString()));
                    break;
                case LeafBlock { Inline: { } inline }:
                    var text = new StringBuilder();
                    MarkdownInlineText.Append(text, inline);
                    blocks.Add(text.ToString());
                    break;
                case LeafBlock leaf:
                    blocks.Add(leaf.Lines.ToString());
                    break;
            }
        }
    }

    private static bool IsScriptOrStyle(string html) => ScriptOrStyle().IsMatch(html);

    private static string TextOfHtml(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(ScriptOrStyleElement().Replace(html, " "), " "));

    [GeneratedRegex(@"^\s*<(script|style)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyleElement();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
