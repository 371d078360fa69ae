using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>search/: the search page (site/assets/search.js over search-index/), or a notice when the site has no search index (`-p:StaticNewsSearch=false`).</summary>
public static class SearchPage
{
    public static IEnumerable<PageJob> Plan()
    {
        yield return new SearchPageJob();
    }
}

/// <summary>search/: the template reads only the site.</summary>
public sealed record SearchPageJob() : PageJob(SiteView.SearchPath)
{
    public override string Template => "search.sbn";

    public override PageInfo Describe(SiteView site) => Describe(site, "Search", "Search the archive of " + site.Title, "search");

    public override IEnumerable<(string Name, object? Value)> Variables() => [];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this;
}
