namespace StaticNews.Site.Rendering;

/// <summary>What templates see of the site as a whole.</summary>
public sealed record SiteView(string Title, string Description, string Language, string BaseUrl, string BasePath, string Stylesheet);
