using System.Collections.Concurrent;
using System.Diagnostics;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Pages;
using StaticNews.Site.Rendering;
using StaticNews.Site.Views;
using StaticNews.Site.Writing;

namespace StaticNews.Site;

/// <summary>
/// load (config, articles) → plan (the pages) → render (Scriban, in parallel) → write (staged, swapped in
/// only when every page rendered).
/// </summary>
public static class SiteBuilder
{
    public static Task<BuildResult> BuildAsync(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, IProgress<(int Done, int Total)>? progress = null) =>
        Task.Run(() => Build(articles, tags, options, progress));

    /// <param name="articles">The published articles, newest first (<c>Articles.All</c>).</param>
    /// <param name="tags">Their tags (<c>Articles.Tags</c>).</param>
    public static BuildResult Build(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, IProgress<(int Done, int Total)>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var (settings, problems) = SiteLoader.Load(options);
        if (settings is null)
        {
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }

        var site = new SiteView(settings.Title, settings.Description, settings.Language, settings.BaseUrl, settings.BasePath,
            SearchEnabled: options.PagefindCommand is not null);
        var content = new SiteContent(settings, site, articles, tags);
        var jobs = FrontPages.Plan(content)
            .Concat(ArticlePages.Plan(content))
            .Concat(TagPages.Plan(content))
            .Concat(AuthorPages.Plan(content))
            .Concat(ArchivePages.Plan(content))
            .Concat(NotFoundPage.Plan(content))
            .Concat(SearchPage.Plan(content))
            .ToList();
        // The sitemap lists every page planned so far; then come the feed, the sitemap itself and robots.txt.
        jobs.AddRange(FeedPages.Plan(content, jobs));

        var renderer = new PageRenderer(new TemplateCatalog(options.BuiltInTemplatesDirectory, options.TemplatesDirectory), site);
        using var output = new StagedOutput(options.OutputDirectory);
        var errors = new ConcurrentBag<string>();
        var done = 0;
        Parallel.ForEach(jobs, (job, loop) =>
        {
            try
            {
                output.WriteText(job.OutputPath, renderer.Render(job));
                progress?.Report((Interlocked.Increment(ref done), jobs.Count));
            }
            catch (TemplateException e)
            {
                errors.Add(e.Message);
                loop.Stop();
            }
        });
        if (!errors.IsEmpty)
        {
            // Several pages may fail on the same template line; report each message once.
            problems.AddRange(errors.Distinct().Order(StringComparer.Ordinal));
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }

        // GitHub Pages must not run Jekyll over the site (it would hide folders starting with '_').
        output.WriteText(".nojekyll", "");
        output.CopyDirectory(options.AssetsDirectory, "assets");
        if (options.PagefindCommand is { } pagefind && SearchIndexer.Run(pagefind, output.StagingDirectory) is { } searchError)
        {
            problems.Add("error SNS0005: the search index could not be built: " + searchError);
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }
        output.Commit();
        var pages = jobs.Count(j => j.UseLayout);
        return new BuildResult(true, pages, jobs.Count - pages, stopwatch.Elapsed, problems);
    }
}
