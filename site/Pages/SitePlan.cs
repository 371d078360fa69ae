using StaticNews.Site.Loading;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// Which pages the site has, each with its typed inputs, in the order they are rendered. Planning renders nothing
/// and reads no template, so all pages can be planned again after any change, and only those whose job changed
/// rendered again.
/// </summary>
public static class SitePlan
{
    /// <param name="warnings">Where pages left out are reported: an article whose URL is a page or file of the site's own (SNS0016),
    /// an old URL that is a page (SNS0015).</param>
    /// <param name="articlesLeftOut">
    /// Where the articles left out go, each with its warning, when given (not to <paramref name="warnings"/>): the
    /// content is then made again without them (<see cref="SiteModel.Make"/>), or its lists would still link them.
    /// </param>
    /// <param name="locate">Where in its document a warning points (the document's path alone when not given).</param>
    public static IReadOnlyList<PageJob> Plan(SiteContent content, ICollection<string>? warnings = null, ICollection<ArticleLeftOut>? articlesLeftOut = null,
        DocumentLocator? locate = null)
    {
        warnings ??= new List<string>();
        locate ??= DocumentLocator.SourcePathsOnly;
        var front = FrontPages.Plan(content).ToList();
        var others = TermPages.Plan(content, content.Tags)
            .Concat(AuthorPages.Plan(content))
            .Concat(SectionPages.Plan(content))
            .Concat(ArchivePages.Plan(content))
            .Concat(NotFoundPage.Plan(content))
            .Concat(SearchPage.Plan())
            .ToList();
        var articles = ArticlesBesides(content.Site, front.Concat(others).ToList(), ArticlePages.Plan(content), warnings, articlesLeftOut, locate).ToList();
        var staticPages = StaticPages.Plan(content).ToList();
        var pages = staticPages.Count == 0 ? [] : PagesBesides(content.Site, front.Concat(others).Concat(articles).ToList(), staticPages, warnings, locate);
        var jobs = front.Concat(articles).Concat(others).Concat(pages).ToList();
        // The sitemap lists every page planned so far; then come the feed, the sitemap itself and robots.txt.
        jobs.AddRange(FeedPages.Plan(content, jobs));
        // Redirects come last, listed nowhere.
        jobs.AddRange(RedirectPages.Plan(content, jobs, warnings, locate));
        return jobs;
    }

    /// <summary>The pages of pages/ whose file takes no place of the pages planned before, nor of the site's own files (<see cref="SitePlaces"/>); the generator keeps them off articles' URLs.</summary>
    private static IEnumerable<PageJob> PagesBesides(SiteView site, IReadOnlyList<PageJob> planned, IEnumerable<PageJob> pages, ICollection<string> warnings, DocumentLocator locate)
    {
        var places = new SitePlaces(site, planned);
        foreach (var job in pages)
        {
            if (job is StaticPageJob page && places.TryTake(job.Path) is { } taken)
            {
                warnings.Add($"{locate.OwnUrl(page.Page.SourcePath)}: warning SNS0016: the page's URL '/{page.Path}' is the site's own page or file ({taken}), so the page is left out of the site; give it another url: or slug:");
                continue;
            }
            yield return job;
        }
    }

    /// <summary>
    /// The article pages whose file takes no place of the site's own pages and files (<see cref="SitePlaces"/>: an
    /// article's <c>url:</c> or the permalink pattern may name "archive/", "search/" or "feed.xml/"): the site's page is
    /// kept, the article left out with a warning.
    /// </summary>
    private static IEnumerable<PageJob> ArticlesBesides(SiteView site, IReadOnlyList<PageJob> own, IEnumerable<PageJob> articles, ICollection<string> warnings, ICollection<ArticleLeftOut>? leftOut, DocumentLocator locate)
    {
        var places = new SitePlaces(site, own);
        foreach (var job in articles)
        {
            if (job is ArticlePageJob page && places.ConflictOf(job.Path) is { } taken)
            {
                var warning = $"{locate.OwnUrl(page.Article.SourcePath)}: warning SNS0016: the article's URL '/{page.Path}' is the site's own page or file ({taken}), so the article is left out of the site; give it another url: or slug:";
                if (leftOut is null)
                {
                    warnings.Add(warning);
                }
                else
                {
                    leftOut.Add(new ArticleLeftOut(page.Article, warning));
                }
                continue;
            }
            yield return job;
        }
    }
}

/// <summary>An article the plan left out, its URL being a page or file of the site's own, and the warning that says so (SNS0016).</summary>
public sealed record ArticleLeftOut(ArticleView Article, string Warning);
