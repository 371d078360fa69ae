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
/// load (config, articles) → plan (the pages) → render (Scriban, in parallel) into a staging folder (unchanged files
/// linked, the others written) → search index over it → swap it in whole, only when every step succeeded.
/// </summary>
public static class SiteBuilder
{
    public static Task<BuildResult> BuildAsync(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, IProgress<(int Done, int Total)>? progress = null, Action<string>? notice = null) =>
        Task.Run(() => Build(articles, tags, options, progress, notice));

    /// <param name="articles">The published articles, newest first (<c>Articles.All</c>).</param>
    /// <param name="tags">Their tags (<c>Articles.Tags</c>).</param>
    /// <param name="notice">Told, one line each, when the build waits for another one writing the same output, or repairs what an interrupted one left.</param>
    public static BuildResult Build(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, IProgress<(int Done, int Total)>? progress = null, Action<string>? notice = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var problems = new List<string>();
        try
        {
            return Build(articles, tags, options, progress, notice, stopwatch, problems);
        }
        catch (OutputFailure failure)
        {
            problems.Add(failure.Message);
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }
    }

    private static BuildResult Build(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, IProgress<(int Done, int Total)>? progress, Action<string>? notice, Stopwatch stopwatch, List<string> problems)
    {
        var (settings, loadProblems) = SiteLoader.Load(options);
        problems.AddRange(loadProblems);
        if (settings is null)
        {
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }

        var site = new SiteView(settings.Title, settings.Description, settings.Language, settings.BaseUrl, settings.BasePath,
            SearchEnabled: options.PagefindCommand is not null);
        // The output first: it lists the previous site while the pages are planned.
        using var output = new StagedOutput(options.OutputDirectory, notice);
        var content = new SiteContent(settings, site, articles, tags);
        var jobs = SitePlan.Plan(content);

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
            catch (Exception e) when (e is TemplateException or OutputFailure)
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
        problems.AddRange(output.CopyDirectory(options.AssetsDirectory, "assets"));
        FaultPoint.Reach(FaultPoint.Staged);
        // Pagefind indexes the staged site; if it fails, nothing has changed in the output.
        if (options.PagefindCommand is { } pagefind && SearchIndexer.Run(pagefind, output.StagingDirectory) is { } searchError)
        {
            problems.Add("error SNS0005: the search index could not be built: " + searchError);
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }
        output.Commit();
        var (written, removed) = (output.FilesWritten, output.EntriesRemoved);
        // Deletes the old site and the workspace within the build's time.
        output.Dispose();
        var pages = jobs.Count(j => j.UseLayout);
        return new BuildResult(true, pages, jobs.Count - pages, stopwatch.Elapsed, problems) { FilesWritten = written, EntriesRemoved = removed };
    }
}
