namespace StaticNews.Site.Views;

/// <summary>
/// One edition of a story (<c>translation_of:</c>): its language tag (for hreflang), the language's own name (for "Also
/// in"), its page's URL with the base path and absolute, and whether it is the page's own article.
/// </summary>
public sealed record EditionLink(string Language, string Name, string Url, string AbsoluteUrl, bool IsCurrent);
