using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>One term of a <see cref="Taxonomy"/>: a tag, an author or a section, with its page and its articles.</summary>
/// <param name="Name">As first written in the newest article that names it.</param>
/// <param name="Path">The first page of its list: "tags/politics/".</param>
/// <param name="Link">Its page's URLs and article count, as index pages and articles show it.</param>
/// <param name="Articles">Where its articles are in the site's newest-first list, each once, newest first.</param>
public sealed record Term(string Name, string Slug, SitePath Path, TermLink Link, IReadOnlyList<int> Articles);
