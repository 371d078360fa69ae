using StaticNews.Site.Search;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>search/: the Pagefind search UI, or a notice when this build has no search index.</summary>
public static class SearchPage
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var shards = SearchShards.CountFor(content);
        yield return new SearchPageJob(string.Join(' ', Enumerable.Range(1, shards - 1).Select(shard => content.Site.BasePath + SearchShards.Folder(shard) + "/")));
    }
}

/// <summary>search/: the template reads the site, and the indexes to merge with the first (space-separated URLs; empty when there is one).</summary>
public sealed record SearchPageJob(string MergeIndexes) : PageJob(SiteView.SearchPath)
{
    public override string Template => "search.sbn";

    public override PageInfo Describe(SiteView site) => Describe(site, "Search", "Search the archive of " + site.Title, "search");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("merge_indexes", MergeIndexes)];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this;
}
