using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>search/: the Pagefind search UI, or a notice when this build has no search index.</summary>
public static class SearchPage
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var site = content.Site;
        var page = new PageInfo("Search", "Search the archive of " + site.Title, site.SearchUrl, site.BaseUrl + "search/", "search");
        yield return new PageJob("search/index.html", "search.sbn", page, PageJob.Vars());
    }
}
