namespace StaticNews.Site.Search;

/// <summary>
/// What the search index holds of one article: its page's URL from the site's root ("/articles/slug/"), the language its page declares, its title (shown as the result's link) and
/// the words a reader finds it by (headline, standfirst, byline, date line, editor's note, body), as plain text.
/// </summary>
public sealed record SearchRecord(string Url, string Language, string Title, string Content);
