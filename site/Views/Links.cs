namespace StaticNews.Site.Views;

/// <summary>A link to an article: its headline and URL.</summary>
public sealed record ArticleLink(string Title, string Url);

/// <summary>A link to a tag, author, section or archive page, with how many articles it holds.</summary>
public sealed record TermLink(string Name, string Url, string AbsoluteUrl, int Count = 0)
{
    public static TermLink To(SiteView site, string name, SitePath path, int count = 0) =>
        new(name, site.UrlOf(path), site.AbsoluteUrlOf(path), count);
}
