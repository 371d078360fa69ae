using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using StaticNews.Content;
using StaticNews.Site.Images;
using StaticNews.Site.Loading;
using StaticNews.Site.Pages;
using StaticNews.Site.Rendering;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Search;
using StaticNews.Site.Views;
using StaticNews.Site.Writing;

namespace StaticNews.Site;

/// <summary>
/// load (config, articles) → plan (the pages) → render (Scriban, in parallel) into a staging folder (unchanged files
/// linked, the others written), the search index into it beside them → swap it in whole, only when every step succeeded.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// The file a build run without a cache of its own keeps its render cache in (<see cref="RenderCache.Persistent"/>):
    /// the MSBuild render target sets it to one in obj/. Without it, such a build renders every page.
    /// </summary>
    public const string RenderCacheVariable = "STATICNEWS_RENDER_CACHE";

    public static Task<BuildResult> BuildAsync(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, IProgress<(int Done, int Total)>? progress = null, Action<string>? notice = null,
        IReadOnlyList<Redirect>? redirects = null) =>
        Task.Run(() => Build(articles, tags, options, progress, notice, redirects));

    /// <inheritdoc cref="Build(IReadOnlyList{Article}, IReadOnlyList{Tag}, BuildOptions, RenderCache?, IProgress{ValueTuple{int, int}}?, Action{string}?, IReadOnlyList{Redirect}?)"/>
    public static Task<BuildResult> BuildAsync(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, RenderCache? cache, IProgress<(int Done, int Total)>? progress = null, Action<string>? notice = null,
        IReadOnlyList<Redirect>? redirects = null) =>
        Task.Run(() => Build(articles, tags, options, cache, progress, notice, redirects));

    /// <summary>A build with the render cache named by <see cref="RenderCacheVariable"/>, if any.</summary>
    public static BuildResult Build(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, IProgress<(int Done, int Total)>? progress = null, Action<string>? notice = null,
        IReadOnlyList<Redirect>? redirects = null) =>
        Build(articles, tags, options, Environment.GetEnvironmentVariable(RenderCacheVariable) is { Length: > 0 } file ? RenderCache.Persistent(file) : null, progress, notice, redirects);

    /// <param name="articles">The published articles, newest first (<c>Articles.All</c>).</param>
    /// <param name="tags">Their tags (<c>Articles.Tags</c>).</param>
    /// <param name="cache">
    /// What the previous builds of this output rendered: a page whose fingerprint and file are unchanged is kept, not
    /// rendered; updated when the build succeeds. Null to render every page.
    /// </param>
    /// <param name="notice">Told, one line each, when the build waits for another one writing the same output, or repairs what an interrupted one left.</param>
    /// <param name="redirects">The pages that send the reader to another site (<c>Articles.Redirects</c>).</param>
    public static BuildResult Build(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, RenderCache? cache, IProgress<(int Done, int Total)>? progress = null, Action<string>? notice = null,
        IReadOnlyList<Redirect>? redirects = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var problems = new List<string>();
        try
        {
            return Build(articles, tags, redirects ?? [], options, cache, progress, notice, stopwatch, problems);
        }
        catch (OutputFailure failure)
        {
            problems.Add(failure.Message);
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }
    }

    private static BuildResult Build(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, IReadOnlyList<Redirect> redirects, BuildOptions options, RenderCache? cache, IProgress<(int Done, int Total)>? progress, Action<string>? notice, Stopwatch stopwatch, List<string> problems)
    {
        if (cache is not null)
        {
            RendererVersion.Prepare(cache.File is { } file ? Path.Combine(Path.GetDirectoryName(file)!, "staticnews.renderer-version") : null);
        }
        var (settings, loadProblems) = SiteLoader.Load(options);
        problems.AddRange(loadProblems);
        if (settings is null)
        {
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }

        // The output first: it lists the previous site while the pages are planned.
        using var output = new StagedOutput(options.OutputDirectory, notice);
        var images = options.ImageCacheDirectory is { } imageFolder ? ImageCache.InFolder(imageFolder)
            : cache?.File is { } cacheFile ? ImageCache.InFolder(Path.Combine(Path.GetDirectoryName(cacheFile)!, "staticnews.image-cache"))
            : ImageCache.None();
        var bodies = new ArticleBodyDigests();
        // What the last build of this compiled content learned of its bodies: an edit of bodies alone reads the edited ones only.
        var compiledBodies = cache?.File is { } renderCacheFile ? CompiledBodies.Beside(renderCacheFile) : null;
        var compiledBodiesKnown = compiledBodies?.Tell(articles, bodies) ?? true;
        var model = SiteModel.Make(settings, options, articles, tags, new StagedPictureFiles(output), images, searchEnabled: options.Search, redirects, bodies: bodies);
        var (site, jobs, pictures) = (model.Site, model.Jobs, model.Pictures);
        problems.AddRange(model.Problems);

        var templates = new TemplateCatalog(options.BuiltInTemplatesDirectory, options.TemplatesDirectory);
        var fingerprints = cache is null ? null : new PageFingerprints(site, templates.Digest(), RendererVersion.Current, bodies);
        var cached = new ConcurrentDictionary<string, RenderedPage>(StringComparer.Ordinal);
        var rendered = 0;
        var errors = new ConcurrentBag<string>();
        var done = 0;
        // The search index is made from the content, not from the pages: it goes into the staged site while they are
        // rendered (an edit's build reads the output's index back to bring it up to date, as long as its pages take).
        var search = options.Search ? Task.Run(() => SearchIndexer.Run(output, SearchRecords.EntriesOf(model.Content, bodies))) : null;
        // The lock is read and its new text made meanwhile too; it is written once the site is in place. The articles the
        // site published: one left out at a URL of the site's own (SNS0016) has none to keep.
        var urlLock = options.LockFile is { } lockFile
            ? Task.Run(() => UrlLockWriter.Prepare(lockFile, model.Content.Articles.Select(view => view.Document).ToList()))
            : null;
        // Rendering is CPU work: one worker per core (unbounded, the thread pool would add workers while files are
        // written, and each would need its own renderer). A renderer reuses its Scriban context from page to page but
        // serves one thread at a time; Parallel.ForEach restarts its workers over a long loop, so renderers go back
        // to a pool instead of being made per worker.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var renderers = new ConcurrentBag<PageRenderer>();
        PageRenderer TakeRenderer() => renderers.TryTake(out var renderer) ? renderer : new PageRenderer(templates, site);
        try
        {
            RenderPages();
            if (errors.IsEmpty)
            {
                // GitHub Pages must not run Jekyll over the site (it would hide folders starting with '_').
                output.WriteText(SitePlaces.NoJekyllFile, "");
                problems.AddRange(output.CopyDirectory(options.AssetsDirectory, SiteView.AssetsFolder));
            }
        }
        finally
        {
            // The index writes into the staged site: whatever became of the pages, it is done before the build goes on or ends.
            AwaitQuietly(search);
        }
        if (!errors.IsEmpty)
        {
            // Several pages may fail on the same template line; report each message once.
            problems.AddRange(errors.Distinct().Order(StringComparer.Ordinal));
            return BuildResult.Failed(stopwatch.Elapsed, problems);
        }
        FaultPoint.Reach(FaultPoint.Staged);
        // If the index failed, nothing has changed in the output.
        var indexed = search?.GetAwaiter().GetResult();
        output.Commit();

        if (urlLock is not null)
        {
            problems.AddRange(urlLock.GetAwaiter().GetResult().Write());
        }
        if (options.PicturesReadFile is { } picturesRead)
        {
            WritePicturesRead(picturesRead, pictures.Files, notice);
        }
        var (written, removed) = (output.FilesWritten, output.EntriesRemoved);
        if (cache is not null)
        {
            Remember(cache, output, cached, notice);
        }
        if (!compiledBodiesKnown)
        {
            KeepCompiledBodies(compiledBodies!, articles, bodies, notice);
        }
        try
        {
            images.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notice?.Invoke($"StaticNews: the picture cache {images.Folder} could not be saved ({e.Message}); the next build reads the pictures again");
        }
        // Deletes the old site and the workspace within the build's time.
        output.Dispose();
        var pages = jobs.Count(j => j.UseLayout);
        return new BuildResult(true, pages, jobs.Count - pages, stopwatch.Elapsed, problems)
        {
            FilesWritten = written, EntriesRemoved = removed, PagesRendered = rendered, PictureCopiesMade = pictures.CopiesMade, BodiesRead = bodies.Computed, Search = indexed,
        };

        void RenderPages() => Parallel.ForEach(jobs, parallel, TakeRenderer, (job, loop, renderer) =>
        {
            try
            {
                var fingerprint = fingerprints?.Of(job);
                if (fingerprint is not null && cache!.Find(output.OutputDirectory, job.OutputPath) is { } previous
                    && previous.Fingerprint.AsSpan().SequenceEqual(fingerprint)
                    && output.KeepIfIntact(job.OutputPath, file => cache.IsIntact(file, previous)))
                {
                    cached[job.OutputPath] = previous;
                }
                else
                {
                    var page = Write(output, job.OutputPath, renderer.Render(job), fingerprint);
                    Interlocked.Increment(ref rendered);
                    if (page is not null)
                    {
                        cached[job.OutputPath] = page;
                    }
                }
                progress?.Report((Interlocked.Increment(ref done), jobs.Count));
            }
            catch (Exception e) when (e is TemplateException or OutputFailure)
            {
                errors.Add(e.Message);
                loop.Stop();
            }
            return renderer;
        }, renderers.Add);
    }

    /// <summary>Waits for a task to end, however it ends (its result or exception is read afterwards, where it matters).</summary>
    private static void AwaitQuietly(Task? task) => task?.ContinueWith(_ => { }, TaskScheduler.Default).Wait();

    /// <summary>Lists the picture files the build read (<see cref="BuildOptions.PicturesReadFile"/>); a list that cannot be written only costs the next no-op build its check of them.</summary>
    private static void WritePicturesRead(string file, IReadOnlyList<string> pictures, Action<string>? notice)
    {
        try
        {
            // Not an input itself (the files it names are), so it is written whole each time.
            File.WriteAllLines(file, pictures);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notice?.Invoke($"StaticNews: the list of pictures read, {file}, could not be written ({e.Message}); a changed picture outside the documents folder renders the site at the next change of anything else");
        }
    }

    /// <summary>Writes a rendered page; returns what the cache is to know of it (null when the page has no fingerprint).</summary>
    private static RenderedPage? Write(StagedOutput output, string path, string content, byte[]? fingerprint)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(content));
        try
        {
            var bytes = buffer.AsSpan(0, Encoding.UTF8.GetBytes(content, buffer));
            output.WriteBytes(path, bytes);
            return fingerprint is null ? null
                : new RenderedPage(fingerprint, bytes.Length, output.LastWriteTimeUtc(path).Ticks, RenderCache.HashOf(bytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Keeps what this build learned of the compiled bodies; when it cannot be saved, the next build reads them again.</summary>
    private static void KeepCompiledBodies(CompiledBodies compiledBodies, IReadOnlyList<Article> articles, ArticleBodyDigests bodies, Action<string>? notice)
    {
        try
        {
            compiledBodies.Keep(articles, bodies);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notice?.Invoke($"StaticNews: what the build learned of the articles' bodies could not be saved ({e.Message}); the next build reads every body again");
        }
    }

    /// <summary>
    /// Keeps what this build wrote for the next one. Files written in place have other times than the staged ones:
    /// then the cache forgets everything, and the next build renders every page.
    /// </summary>
    private static void Remember(RenderCache cache, StagedOutput output, ConcurrentDictionary<string, RenderedPage> pages, Action<string>? notice)
    {
        try
        {
            if (output.WritesInPlace)
            {
                cache.Forget();
            }
            else
            {
                cache.Update(output.OutputDirectory, new Dictionary<string, RenderedPage>(pages, StringComparer.Ordinal));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notice?.Invoke($"StaticNews: the render cache {cache.File} could not be saved ({e.Message}); the next build renders every page");
        }
    }
}
