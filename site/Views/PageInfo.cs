using StaticNews.Site.Rendering;

namespace StaticNews.Site.Views;

/// <summary>What the layout needs to know about the page it wraps.</summary>
public sealed record PageInfo(string Title, string Description, string Url, string AbsoluteUrl, string Kind)
{
    /// <summary>schema.org JSON-LD for the page, already escaped for a script element; null for none.</summary>
    public RawHtml? JsonLd { get; init; }

    /// <summary>For OpenGraph on a dated article.</summary>
    public string? PublishedIso { get; init; }

    public string? UpdatedIso { get; init; }

    /// <summary>An absolute image URL for og:image; null for none.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The og:image's size and alt text, when the picture was sized here.</summary>
    public int? ImageWidth { get; init; }

    public int? ImageHeight { get; init; }

    public string? ImageAlt { get; init; }

    /// <summary>The page's language when it differs from the site's (an article's <c>lang</c>); null for the site's.</summary>
    public string? Language { get; init; }

    public string Direction { get; init; } = "ltr";

    /// <summary>The page's editions in other languages and itself, for <c>&lt;link rel="alternate" hreflang&gt;</c>; empty for none.</summary>
    public IReadOnlyList<EditionLink> Alternates { get; init; } = [];
}
