namespace StaticNews.Site.Views;

/// <summary>A link to an article: its headline and URL.</summary>
public sealed record ArticleLink(string Title, string Url);

/// <summary>A link to a tag, author, section or archive page, with how many articles it holds.</summary>
public sealed record TermLink(string Name, string Url, int Count = 0);
