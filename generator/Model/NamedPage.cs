namespace StaticNews.Generator.Model;

/// <summary>A page with its unique slug, its property's name in <c>Pages</c>, and its URL ("about/").</summary>
public sealed record NamedPage(PageDocument Page, string Slug, string Name, string Url);
