namespace StaticNews.Generator.Model;

/// <summary>
/// Where a generated article instance lives: its part, and its position among that part's articles (in
/// <see cref="Emit.ArticlePartitioner.ClassNameOrder"/>). The index names articles this way, as data.
/// </summary>
public readonly record struct ArticleReference(int Part, int Position);
