namespace StaticNews.Site.Serving;

/// <summary>Where the served files come from: a folder on disk (<see cref="FolderSite"/>) or the preview's memory (<see cref="MemorySite"/>).</summary>
public interface IServedSite
{
    /// <summary>The file at <paramref name="sitePath"/> ("index.html", "articles/x/index.html"), or null when the site has none there.</summary>
    ServedFile? Find(string sitePath);
}
