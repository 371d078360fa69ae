namespace StaticNews.Generator.Model;

/// <summary>What cross-document checks need of one article: the slugs it names and its custom keys.</summary>
public sealed record ReferenceCheck(string SourcePath, EquatableArray<SlugReference> Related, EquatableArray<CustomField> Fields);
