namespace StaticNews.Generator.Model;

/// <summary>The unique slug and class name given to the document at <see cref="FilePath"/>.</summary>
public sealed record ArticleNames(string FilePath, string Slug, string ClassName);
