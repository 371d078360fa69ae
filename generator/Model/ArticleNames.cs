namespace StaticNews.Generator.Model;

/// <summary>
/// The unique slug and class name given to the document at <see cref="FilePath"/>, and where its instance is created
/// (<see cref="Indexing.ArticlePartitioner.Place"/>): decided together, because both depend on every document's title.
/// </summary>
public sealed record ArticleNames(string FilePath, string Slug, string ClassName, ArticleReference Location);
