namespace StaticNews.Site.Views;

/// <summary>What templates see of the site as a whole.</summary>
public sealed record SiteView(string Title, string Description, string Language, string BaseUrl, string BasePath, bool SearchEnabled)
{
    public string SearchUrl => BasePath + "search/";

    public string Stylesheet => BasePath + "assets/site.css";

    public string FeedUrl => BaseUrl + "feed.xml";
}
