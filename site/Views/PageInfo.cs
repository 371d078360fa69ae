using StaticNews.Site.Rendering;

namespace StaticNews.Site.Views;

/// <summary>What the layout needs to know about the page it wraps.</summary>
public sealed record PageInfo(string Title, string Description, string Url, string AbsoluteUrl, string Kind)
{
    /// <summary>schema.org JSON-LD for the page, already escaped for a script element; null for none.</summary>
    public RawHtml? JsonLd { get; init; }

    /// <summary>The article's publication time for OpenGraph, if the page is a dated article.</summary>
    public string? PublishedIso { get; init; }
}
