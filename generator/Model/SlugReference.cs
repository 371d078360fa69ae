namespace StaticNews.Generator.Model;

/// <summary>A slug named in front matter (<c>related:</c>), with where it is written, so a wrong one can be pointed at.</summary>
public sealed record SlugReference(string Slug, LocationInfo Location);
