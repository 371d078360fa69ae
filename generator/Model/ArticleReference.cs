namespace StaticNews.Generator.Model;

/// <summary>
/// Where a generated article instance lives: its part, and its position among that part's articles (ordered by
/// class name). The index names articles this way, as data.
/// </summary>
public readonly record struct ArticleReference(int Part, int Position);
