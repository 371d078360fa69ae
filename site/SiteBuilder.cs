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
/// load (config, articles) → plan (the pages) → render (Scriban, in parallel) → write (only the files that changed,
/// staged and moved in only when every page rendered).
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
        // The output first: it lists the previous site while the pages are planned.
        using var output = new StagedOutput(options.OutputDirectory);
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

        var templates = new TemplateCatalog(options.BuiltInTemplatesDirectory, options.TemplatesDirectory);
        var errors = new ConcurrentBag<string>();
        var done = 0;
        // Rendering is CPU work: one worker per core (unbounded, the thread pool would add workers while files are
        // written, and each would need its own renderer). A renderer reuses its Scriban context from page to page but
        // serves one thread at a time; Parallel.ForEach restarts its workers over a long loop, so renderers go back
        // to a pool instead of being made per worker.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var renderers = new ConcurrentBag<PageRenderer>();
        PageRenderer TakeRenderer() => renderers.TryTake(out var renderer) ? renderer : new PageRenderer(templates, site);
        Parallel.ForEach(jobs, parallel, TakeRenderer, (job, loop, renderer) =>
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
            return renderer;
        }, renderers.Add);
        if (!errors.IsEmpty)
        {
            // Several pages may fail on the same template line; report each message once.
            problems.AddRange(errors.Distinct().Order(StringComparer.Ordinal));
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }

        // GitHub Pages must not run Jekyll over the site (it would hide folders starting with '_').
        output.WriteText(".nojekyll", "");
        output.CopyDirectory(options.AssetsDirectory, "assets");
        output.Commit();
        // Pagefind indexes the committed site; if it fails, the previous site (and its index) comes back.
        if (options.PagefindCommand is { } pagefind && SearchIndexer.Run(pagefind, output.OutputDirectory) is { } searchError)
        {
            output.Rollback();
            problems.Add("error SNS0005: the search index could not be built: " + searchError);
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }
        var (written, removed) = (output.FilesWritten, output.EntriesRemoved);
        // Deletes what the commit set aside (the replaced and removed files), within the build's time.
        output.Dispose();
        var pages = jobs.Count(j => j.UseLayout);
        return new BuildResult(true, pages, jobs.Count - pages, stopwatch.Elapsed, problems) { FilesWritten = written, EntriesRemoved = removed };
    }
}
