namespace StaticNews.Generator.Model;

/// <summary>
/// The index part of the <c>Articles</c> class to emit: the parts that hold articles, the published articles in order
/// (for <c>All</c> and <c>BySlug</c>) and the merged tags, each article named by where it lives; plus a diagnostic for
/// each article left out; and the pages that send the reader to another site (<c>Redirects</c>). No class names or
/// titles: an edit that leaves every article where it was leaves this equal.
/// </summary>
public sealed record IndexModel(
    string Namespace,
    EquatableArray<int> Parts,
    EquatableArray<ArticleReference> Published,
    EquatableArray<TagModel> Tags,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<RedirectPage> Redirects = default);

/// <summary>A tag: its display name, slug, and its published articles, newest first.</summary>
public sealed record TagModel(string Name, string Slug, EquatableArray<ArticleReference> Articles);
