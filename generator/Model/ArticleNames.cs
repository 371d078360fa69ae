namespace StaticNews.Generator.Model;

/// <summary>
/// The unique slug, class name and URL given to the document at <see cref="FilePath"/>, and where its instance is created
/// (<see cref="Indexing.ArticlePartitioner.Place"/>): decided together, because both depend on every document's title.
/// </summary>
/// <param name="Url">The article page's path from the site's root ("articles/slug/", "2024/04/slug/"); null for "articles/&lt;slug&gt;/".</param>
/// <param name="Aliases">The old URLs that lead to it (site paths no article and no other alias has).</param>
public sealed record ArticleNames(string FilePath, string Slug, string ClassName, ArticleReference Location, string? Url = null,
    EquatableArray<string> Aliases = default)
{
    /// <summary>The page's path, also when <see cref="Url"/> is the default.</summary>
    public string PagePath => Url ?? DefaultPath(Slug);

    public static string DefaultPath(string slug) => "articles/" + slug + "/";
}
