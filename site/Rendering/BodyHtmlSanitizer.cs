using AngleSharp;
using AngleSharp.Dom;
using Ganss.Xss;

namespace StaticNews.Site.Rendering;

/// <summary>
/// A rendered Markdown body, raw HTML included, through an allow-list (HtmlSanitizer on AngleSharp, which parses any
/// markup, however broken, the way a browser does). Kept: the usual block and inline tags, figures, pictures, tables,
/// details, and iframes from a few video hosts. Removed: script, style (a post's own CSS would restyle the site), forms,
/// event handlers, every URL that is not http(s), mailto, tel or relative, and inline styles other than text-align (pipe
/// tables align their columns with it). A removed element's text stays, except where it is code or CSS.
/// Root-relative URLs get the site's base path, Markdown's and raw HTML's alike.
/// </summary>
public sealed class BodyHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "div", "section", "article", "aside", "header", "footer", "blockquote", "pre", "code", "hr", "br", "wbr",
        "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "figure", "figcaption", "img", "picture", "source", "details", "summary", "iframe",
        "a", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "cite", "q", "dfn",
        "kbd", "samp", "var", "time", "span", "ruby", "rt", "rp", "bdi", "bdo", "input",
    ];

    private static readonly string[] Attributes =
    [
        "id", "class", "title", "lang", "dir", "style", "href", "hreflang", "rel", "src", "srcset", "sizes", "alt", "width",
        "height", "loading", "media", "type", "colspan", "rowspan", "scope", "headers", "open", "start", "reversed", "cite",
        "datetime", "allow", "allowfullscreen", "checked", "disabled", "decoding",
    ];

    /// <summary>Hosts whose player pages may be embedded, with the path their players live under.</summary>
    private static readonly (string Host, string Path)[] VideoPlayers =
    [
        ("www.youtube.com", "/embed/"), ("youtube.com", "/embed/"),
        ("www.youtube-nocookie.com", "/embed/"), ("youtube-nocookie.com", "/embed/"),
        ("player.vimeo.com", "/video/"),
    ];

    /// <summary>Elements whose content is code or styling, never text for readers.</summary>
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "textarea", "select", "object", "embed", "svg", "math", "title", "head",
    };

    /// <summary>Ids the site's own templates give elements of an article page; a body's element never takes one.</summary>
    private static readonly HashSet<string> PageIds = new(StringComparer.Ordinal)
    {
        "main", "search", "search-heading", "site-search-query", "related-heading", "latest-heading",
    };

    private readonly HtmlSanitizer _sanitizer;

    /// <summary>Whether the site's own templates give an element of an article page this id.</summary>
    public static bool IsPageId(string id) => PageIds.Contains(id);

    public BodyHtmlSanitizer(string basePath)
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(["text-align"], StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        })
        {
            KeepChildNodes = true,
        };
        _sanitizer.RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.LocalName))
            {
                while (e.Tag.FirstChild is { } child)
                {
                    e.Tag.RemoveChild(child);
                }
            }
        };
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                e.SanitizedUrl = basePath + url[1..];
            }
        };
        _sanitizer.PostProcessDom += (_, e) => Tidy(e.Document.Body);
    }

    public string Sanitize(string html) => Sanitize(html, null);

    /// <param name="finish">What is done to the sanitized body before it is written out (the body's pictures, made by the site and not filtered).</param>
    public string Sanitize(string html, Action<IElement>? finish)
    {
        using var document = _sanitizer.SanitizeDom(html);
        if (document.Body is not { } body)
        {
            return "";
        }
        finish?.Invoke(body);
        return body.ChildNodes.ToHtml(_sanitizer.OutputFormatter);
    }

    private static void Tidy(IElement? body)
    {
        if (body is null)
        {
            return;
        }
        foreach (var frame in body.QuerySelectorAll("iframe").ToList())
        {
            if (!IsVideoPlayer(frame.GetAttribute("src")))
            {
                frame.Remove();
                continue;
            }
            // A frame needs a name for screen readers; a post's embed code rarely gives one.
            if (string.IsNullOrWhiteSpace(frame.GetAttribute("title")))
            {
                frame.SetAttribute("title", "Embedded video");
            }
            frame.SetAttribute("loading", "lazy");
        }
        foreach (var input in body.QuerySelectorAll("input").ToList())
        {
            // Only a task list's box, shown and never used: a checkbox that cannot be changed, named by its state.
            if (!string.Equals(input.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase))
            {
                input.Remove();
                continue;
            }
            input.SetAttribute("disabled", "disabled");
            input.SetAttribute("aria-label", input.HasAttribute("checked") ? "done" : "not done");
        }
        var ids = new HashSet<string>(PageIds, StringComparer.Ordinal);
        foreach (var element in body.QuerySelectorAll("[id]"))
        {
            var id = element.GetAttribute("id")!;
            if (id.Trim().Length == 0)
            {
                element.RemoveAttribute("id");
                continue;
            }
            if (!ids.Add(id))
            {
                var n = 2;
                while (!ids.Add(id + "-" + n))
                {
                    n++;
                }
                element.SetAttribute("id", id + "-" + n);
            }
        }
    }

    private static bool IsVideoPlayer(string? src)
    {
        if (src is null || !Uri.TryCreate(src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }
        return VideoPlayers.Any(p => string.Equals(uri.Host, p.Host, StringComparison.OrdinalIgnoreCase)
            && uri.AbsolutePath.StartsWith(p.Path, StringComparison.Ordinal));
    }
}
