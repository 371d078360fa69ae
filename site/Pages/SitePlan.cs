namespace StaticNews.Site.Pages;

/// <summary>
/// Which pages the site has, each with its typed inputs, in the order they are rendered. Planning renders nothing
/// and reads no template, so all pages can be planned again after any change, and only those whose job changed
/// rendered again.
/// </summary>
public static class SitePlan
{
    /// <param name="warnings">Where pages left out are reported: an article whose URL is a page of the site's own (SNS0016),
    /// an old URL that is a page (SNS0015).</param>
    public static IReadOnlyList<PageJob> Plan(SiteContent content, ICollection<string>? warnings = null)
    {
        warnings ??= new List<string>();
        var front = FrontPages.Plan(content).ToList();
        var others = TermPages.Plan(content, content.Tags)
            .Concat(AuthorPages.Plan(content))
            .Concat(SectionPages.Plan(content))
            .Concat(ArchivePages.Plan(content))
            .Concat(NotFoundPage.Plan(content))
            .Concat(SearchPage.Plan())
            .ToList();
        var articles = ArticlesBesides(front.Concat(others).ToList(), ArticlePages.Plan(content), warnings).ToList();
        var staticPages = StaticPages.Plan(content).ToList();
        var pages = staticPages.Count == 0 ? [] : PagesBesides(front.Concat(others).Concat(articles).ToList(), staticPages, warnings);
        var jobs = front.Concat(articles).Concat(others).Concat(pages).ToList();
        // The sitemap lists every page planned so far; then come the feed, the sitemap itself and robots.txt.
        jobs.AddRange(FeedPages.Plan(content, jobs));
        // Redirects come last, listed nowhere.
        jobs.AddRange(RedirectPages.Plan(content, jobs, warnings));
        return jobs;
    }

    /// <summary>The pages of pages/ whose file no page planned before has (the generator keeps them off articles' URLs).</summary>
    private static IEnumerable<PageJob> PagesBesides(IReadOnlyList<PageJob> planned, IEnumerable<PageJob> pages, ICollection<string> warnings)
    {
        var taken = new HashSet<string>(planned.Select(page => page.OutputPath), StringComparer.OrdinalIgnoreCase);
        foreach (var job in pages)
        {
            if (job is StaticPageJob page && !taken.Add(job.OutputPath))
            {
                warnings.Add($"{page.Page.SourcePath}: warning SNS0016: the page's URL '/{page.Path}' is the site's own page ({page.OutputPath}), so the page is left out of the site; give it another url: or slug:");
                continue;
            }
            yield return job;
        }
    }

    /// <summary>
    /// The article pages whose file is none of the site's own pages (an article's <c>url:</c> or the permalink pattern
    /// may name "archive/" or "search/"): the site's page is kept, the article left out with a warning.
    /// </summary>
    private static IEnumerable<PageJob> ArticlesBesides(IReadOnlyList<PageJob> own, IEnumerable<PageJob> articles, ICollection<string> warnings)
    {
        var taken = new HashSet<string>(own.Select(page => page.OutputPath), StringComparer.OrdinalIgnoreCase);
        foreach (var job in articles)
        {
            if (taken.Contains(job.OutputPath) && job is ArticlePageJob page)
            {
                warnings.Add($"{page.Article.SourcePath}: warning SNS0016: the article's URL '/{page.Path}' is the site's own page ({page.OutputPath}), so the article is left out of the site; give it another url: or slug:");
                continue;
            }
            yield return job;
        }
    }
}
