namespace StaticNews.Generator.Model;

/// <summary>
/// One generated file's worth of articles. Articles are spread over a fixed number of parts by a stable hash of
/// their source path, so an edit re-emits one part, and the compiler sees a bounded number of files at any scale.
/// </summary>
public sealed record ArticlePart(int Number, EquatableArray<NamedArticle> Articles);
