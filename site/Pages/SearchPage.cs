using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>search/: the Pagefind search UI, or a notice when this build has no search index.</summary>
public static class SearchPage
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        yield return new SearchPageJob();
    }
}

/// <summary>search/: the template reads all it needs from <c>site</c>.</summary>
public sealed record SearchPageJob() : PageJob(SiteView.SearchPath)
{
    public override string Template => "search.sbn";

    public override PageInfo Describe(SiteView site) => Describe(site, "Search", "Search the archive of " + site.Title, "search");

    public override IEnumerable<(string Name, object? Value)> Variables() => [];
}
