using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticNews.Site.Images;

namespace StaticNews.Site.Rendering;

/// <summary>
/// Markdown bodies to HTML with Markdig, here in the host rather than in the generator (see DESIGN notes:
/// an analyzer's dependencies are loaded by the compiler, where another Markdig could already sit).
/// The extensions are named one by one rather than UseAdvancedExtensions: that would also read "$5 and $10" as
/// mathematics, ":::" and "^^^" as containers and figures, and turn a YouTube link into an iframe. Raw HTML is kept and
/// the whole rendered body passes once through <see cref="BodyHtmlSanitizer"/>, so nothing outside its allow-list
/// reaches a page, whatever the Markdown or the HTML in it wrote. Links and images may only use http(s), mailto or tel,
/// or be relative (an unsafe one keeps its text); headings start at h2 under the page's h1 and skip no level, and get
/// GitHub's ids, so in-page "#links" work; root-relative URLs get the site's base path. Other generators' shortcodes and
/// template tags are shown as written, in code (<see cref="TemplateTagExtension"/>).
/// </summary>
public static partial class MarkdownRenderer
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseFootnotes()
        .UseDefinitionLists()
        .UseTaskLists()
        .Use<TemplateTagExtension>()
        // Last, as Markdig asks: "{#id .class}" after a heading or block attaches to what the other extensions made.
        .UseGenericAttributes()
        .Build();

    private static readonly ConcurrentDictionary<string, BodyHtmlSanitizer> Sanitizers = new(StringComparer.Ordinal);

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <param name="pictures">The body's images that were resized (<see cref="SitePictures"/>): shown as pictures with their copies; null when none were.</param>
    public static string ToHtml(string markdown, string basePath, BodyPictures? pictures = null)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        NestHeadings(document);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafe(link.Url))
            {
                Unwrap(link);
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
        if (pictures is null && !NeedsSanitizing(document))
        {
            foreach (var link in document.Descendants<LinkInline>())
            {
                link.Url = WithBasePath(link.Url, basePath);
            }
            return document.ToHtml(Pipeline);
        }
        var sanitizer = Sanitizers.GetOrAdd(basePath, path => new BodyHtmlSanitizer(path));
        // Characters no page may carry go first: the sanitizer's HTML parser would make some of them U+FFFD.
        // The pictures are put in after the sanitizer, which would put the base path before their URLs a second time.
        return sanitizer.Sanitize(ForbiddenCharacters.Remove(document.ToHtml(Pipeline)), pictures is null ? null : body => pictures.Show(body, basePath));
    }

    /// <summary>
    /// Whether the body holds what only the sanitizer makes safe or finishes: raw HTML, attributes other than an id and
    /// classes, task-list boxes (it names them), or an id a page of the site already uses. What Markdig makes of Markdown
    /// alone is escaped and its URLs checked here, and parsing a body's HTML again costs milliseconds per article.
    /// </summary>
    private static bool NeedsSanitizing(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (node is HtmlBlock or HtmlInline or TaskList
                || node.TryGetAttributes() is { } attributes
                    && (attributes.Properties is { Count: > 0 } || attributes.Id is { } id && BodyHtmlSanitizer.IsPageId(id)))
            {
                return true;
            }
        }
        return false;
    }

    private static string? WithBasePath(string? url, string basePath) =>
        url is not null && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? basePath + url[1..] : url;

    /// <summary>
    /// Headings go under the page's h1, each one level below the heading it belongs to (the nearest before it written
    /// with fewer #), so a document that jumps from # to ###, or starts with ###, makes no page skip a level; headings
    /// written at one level stay at one level.
    /// </summary>
    private static void NestHeadings(MarkdownDocument document)
    {
        var open = new Stack<(int Written, int Level)>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            while (open.Count > 0 && open.Peek().Written >= heading.Level)
            {
                open.Pop();
            }
            var level = Math.Min(open.Count == 0 ? 2 : open.Peek().Level + 1, 6);
            open.Push((heading.Level, level));
            heading.Level = level;
        }
    }

    /// <summary>True for relative URLs and the allowed schemes; browsers ignore tabs and newlines inside a scheme, so do we.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }
        var compact = Invisible().Replace(url, "");
        var scheme = Scheme().Match(compact);
        return !scheme.Success || SafeSchemes.Contains(scheme.Groups[1].Value.ToLowerInvariant());
    }

    /// <summary>An unsafe link keeps its text; an unsafe image keeps its alt text.</summary>
    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            var alt = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            // Without copyChildren: false, ReplaceBy also moves the alt text's own inlines in, and it shows twice.
            link.ReplaceBy(new LiteralInline(alt), copyChildren: false);
            return;
        }
        Inline anchor = link;
        foreach (var child in link.ToList())
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }

    [GeneratedRegex(@"[\u0000-\u0020\u007F]+")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex Scheme();
}
