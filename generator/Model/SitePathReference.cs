namespace StaticNews.Generator.Model;

/// <summary>A path within the site named in front matter (an old URL under <c>aliases:</c>), made relative to the root, with where it is written.</summary>
public sealed record SitePathReference(string Path, LocationInfo Location);
