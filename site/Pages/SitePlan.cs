namespace StaticNews.Site.Pages;

/// <summary>
/// Which pages the site has, each with its typed inputs, in the order they are rendered. Planning renders nothing
/// and reads no template, so all pages can be planned again after any change, and only those whose job changed
/// rendered again.
/// </summary>
public static class SitePlan
{
    public static IReadOnlyList<PageJob> Plan(SiteContent content)
    {
        var jobs = FrontPages.Plan(content)
            .Concat(ArticlePages.Plan(content))
            .Concat(TermPages.Plan(content, content.Tags))
            .Concat(AuthorPages.Plan(content))
            .Concat(SectionPages.Plan(content))
            .Concat(ArchivePages.Plan(content))
            .Concat(NotFoundPage.Plan(content))
            .Concat(SearchPage.Plan(content))
            .ToList();
        // The sitemap lists every page planned so far; then come the feed, the sitemap itself and robots.txt.
        jobs.AddRange(FeedPages.Plan(content, jobs));
        return jobs;
    }
}
