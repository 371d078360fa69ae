using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Content;
using StaticNews.Site.Rendering;

namespace StaticNews.Site.Images;

/// <summary>
/// The images a Markdown body shows: Markdown's (inline and by reference) and raw HTML's img elements, found when the
/// site is made, not by the generator (only the site sees the files). A body is parsed only when it could hold one,
/// and once per article object (the preview keeps an unchanged document's object between updates).
/// </summary>
public static partial class BodyImageReferences
{
    private static readonly ConditionalWeakTable<Article, IReadOnlyList<BodyImageReference>> Found = new();

    public static IReadOnlyList<BodyImageReference> Of(Article article) =>
        article.Format != ArticleFormat.Markdown ? [] : Found.GetValue(article, a => In(a.GetMarkdown() ?? ""));

    /// <summary>The images of a Markdown article whose body the caller has just read (<paramref name="markdown"/>).</summary>
    public static IReadOnlyList<BodyImageReference> Of(Article article, string markdown) =>
        article.Format != ArticleFormat.Markdown ? [] : Found.GetValue(article, _ => In(markdown));

    /// <summary>Takes <paramref name="images"/> as the Markdown article's, known without reading its body (<see cref="Rendering.Caching.CompiledBodies"/>).</summary>
    public static void Know(Article article, IReadOnlyList<BodyImageReference> images) => Found.TryAdd(article, images);

    /// <summary>The images of <paramref name="article"/> when they are known without reading its body (found before, or not Markdown).</summary>
    public static bool TryKnown(Article article, [NotNullWhen(true)] out IReadOnlyList<BodyImageReference>? images)
    {
        if (article.Format != ArticleFormat.Markdown)
        {
            images = [];
            return true;
        }
        return Found.TryGetValue(article, out images);
    }

    public static IReadOnlyList<BodyImageReference> In(string markdown)
    {
        if (!markdown.Contains("![", StringComparison.Ordinal) && !markdown.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var references = new List<BodyImageReference>();
        var document = Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { IsImage: true, Url: { Length: > 0 } url } image:
                    references.Add(new BodyImageReference(url, image.Line));
                    break;
                case HtmlInline html:
                    AddHtml(references, html.Tag, html.Line);
                    break;
                case HtmlBlock block:
                    AddHtml(references, block.Lines.ToString(), block.Line);
                    break;
            }
        }
        return references;
    }

    private static void AddHtml(List<BodyImageReference> references, string html, int line)
    {
        foreach (Match match in ImgSource().Matches(html))
        {
            var src = match.Groups["q"].Success ? match.Groups["q"].Value : match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["u"].Value;
            if (src.Length > 0)
            {
                references.Add(new BodyImageReference(WebUtility.HtmlDecode(src), line + html.AsSpan(0, match.Index).Count('\n')));
            }
        }
    }

    [GeneratedRegex("""<img\b[^>]*?\ssrc\s*=\s*(?:"(?<q>[^"]*)"|'(?<a>[^']*)'|(?<u>[^\s>"']+))""", RegexOptions.IgnoreCase)]
    private static partial Regex ImgSource();
}
