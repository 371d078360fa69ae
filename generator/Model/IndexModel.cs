namespace StaticNews.Generator.Model;

/// <summary>
/// The index part of the <c>Articles</c> class to emit: the published articles in order (for <c>All</c> and
/// <c>BySlug</c>) and the merged tags; plus a diagnostic for each article left out.
/// </summary>
public sealed record IndexModel(
    string Namespace,
    EquatableArray<IndexEntry> Published,
    EquatableArray<TagModel> Tags,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A tag: its display name, slug, and the class names of its published articles, newest first.</summary>
public sealed record TagModel(string Name, string Slug, EquatableArray<string> ClassNames);
