namespace StaticNews.Generator.Model;

/// <summary>An article with its final names: the input of one article's emitted file.</summary>
public sealed record NamedArticle(ArticleDocument Article, ArticleNames Names, string Namespace);
