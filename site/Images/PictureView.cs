using System.Globalization;
using StaticNews.Site.Views;

namespace StaticNews.Site.Images;

/// <summary>
/// What templates see of an article's lead picture: its copies as srcsets (WebP and the fallback format), the size it
/// is shown at (width and height keep its place while it loads), a small copy for lists, and its words. A remote
/// picture is shown as given, with no size and no copies (<see cref="IsSized"/> false).
/// </summary>
public sealed record PictureView(
    string Src,
    int? Width,
    int? Height,
    string Alt,
    string? Caption,
    string? Credit,
    string? WebpSrcset,
    string? Srcset,
    string FallbackType,
    string Sizes,
    string SmallSrc,
    int? SmallWidth,
    int? SmallHeight,
    string AbsoluteUrl,
    IReadOnlyList<ImageCopyLink> Copies)
{
    /// <summary>How wide the article's picture is shown: the article's column (42rem) on a wide screen, the screen less its margins on a narrow one.</summary>
    public const string ArticleSizes = "(min-width: 45rem) 42rem, calc(100vw - 2.5rem)";

    public bool IsSized => Width is not null;

    /// <summary>Caption or credit: whether the figure has a figcaption.</summary>
    public bool HasCaption => Caption is not null || Credit is not null;

    public static PictureView Remote(string url, string? alt, string? caption, string? credit) =>
        new(url, null, null, alt ?? "", caption, credit, null, null, "", "", url, null, null, url, []);

    /// <summary>The view of a picture resized into <paramref name="copies"/>: <paramref name="site"/> gives their URLs.</summary>
    public static PictureView Sized(IReadOnlyList<ImageCopy> copies, SiteView site, string? alt, string? caption, string? credit)
    {
        var webp = copies.Where(c => c.Format == ImageFormat.Webp).ToList();
        var fallback = copies.Where(c => c.Format != ImageFormat.Webp).ToList();
        var widest = fallback[^1];
        // The copy shown where srcset is not read, and the size the page reserves: the 960 copy (or the widest below it).
        var shown = fallback.LastOrDefault(c => c.Width <= 960) ?? fallback[0];
        var small = fallback[0];
        return new PictureView(
            site.UrlOf(new SitePath(shown.File)),
            shown.Width,
            shown.Height,
            alt ?? "",
            caption,
            credit,
            SrcsetOf(webp, site),
            SrcsetOf(fallback, site),
            widest.Format.MediaType(),
            ArticleSizes,
            site.UrlOf(new SitePath(small.File)),
            small.Width,
            small.Height,
            site.AbsoluteUrlOf(new SitePath(widest.File)),
            fallback.Select(c => new ImageCopyLink(site.AbsoluteUrlOf(new SitePath(c.File)), c.Width, c.Height)).ToList());
    }

    private static string SrcsetOf(IEnumerable<ImageCopy> copies, SiteView site) =>
        string.Join(", ", copies.Select(c => site.UrlOf(new SitePath(c.File)) + " " + c.Width.ToString(CultureInfo.InvariantCulture) + "w"));
}

/// <summary>A copy's absolute URL and size, for JSON-LD's ImageObject.</summary>
public sealed record ImageCopyLink(string Url, int Width, int Height);
