using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using StaticNews.Content;
using StaticNews.Site.Images;
using StaticNews.Site.Loading;
using StaticNews.Site.Pages;
using StaticNews.Site.Rendering;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Serving;
using StaticNews.Site.Views;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Live;

/// <summary>
/// The preview's render: the same pages, from the same plan, templates and renderer as <see cref="SiteBuilder"/>
/// writes into _site, but into a map of site path to bytes, served from memory (<see cref="MemorySite"/>), with the
/// search index as a folder made when the search page first asks for it (<see cref="LiveSearch"/>). Nothing is staged, linked or deleted on disk. A page made
/// again is rendered at once when it is open in a browser, and otherwise when it is first asked for
/// (<see cref="ServedFile.Deferred"/>), as `hugo server` renders only the pages visited: an update costs the pages looked
/// at, not the whole site. It keeps every page's fingerprint, the articles each reads and each article's body digest
/// (<see cref="ArticleBodyDigests"/>), so that an edit in place makes again only the pages whose inputs changed; and it
/// keeps the article pages it served (<see cref="ArticlePageFiles"/>), so that a whole update takes each article page whose
/// view it planned again as it was.
/// </summary>
public sealed class LiveRender
{
    private readonly Action<string>? _deferredFailed;
    private readonly ArticleBodyDigests _bodies = new();
    private readonly KeptFingerprints _kept = new();
    private readonly LiveSearch _search;
    private Dictionary<string, (byte[] Fingerprint, ServedFile File)> _pages = new(StringComparer.Ordinal);

    /// <summary>What the last update that succeeded rendered, for an edit in place to start from.</summary>
    private LastRender? _last;

    /// <summary>The pictures' copies of the last update, by site path.</summary>
    private IReadOnlyDictionary<string, ServedFile> _pictures = new Dictionary<string, ServedFile>(StringComparer.Ordinal);

    /// <summary>The parsed templates and the renderers over them, kept while the templates and the site stay the same.</summary>
    private (byte[] Digest, byte[] Site, TemplateCatalog Templates, ConcurrentBag<PageRenderer> Renderers)? _renderers;

    private int _renders;

    /// <summary>The fingerprint walk of the last whole update, when it was left for after the update is served.</summary>
    private Func<int>? _pending;

    /// <param name="deferredFailed">Told the problem when a page rendered on request fails (it is then served as a page saying so).</param>
    public LiveRender(Action<string>? deferredFailed = null)
    {
        _deferredFailed = deferredFailed;
        _search = new LiveSearch(_bodies, deferredFailed);
    }

    /// <summary>How many pages have been rendered since the first update, at once or when asked for.</summary>
    public int Renders => _renders;

    /// <summary>Each article's body digest, kept between updates (its <see cref="ArticleBodyDigests.Computed"/> counts the bodies hashed).</summary>
    public ArticleBodyDigests Bodies => _bodies;

    /// <summary>Each article's digest and its page's fingerprint, kept between updates (with counts of those made anew).</summary>
    public KeptFingerprints Kept => _kept;

    /// <summary>The search index, made when asked for (its <see cref="LiveSearch.DocumentsIndexed"/> counts the records indexed).</summary>
    public LiveSearch Search => _search;

    /// <summary>Renders the site; on success, <see cref="LiveRenderResult.Files"/> is the whole new site and the pages are kept for the next update.</summary>
    /// <param name="change">
    /// What changed since the last render. Articles edited in place that also list as before (the same title, URL,
    /// dates, terms, links, picture and fields): the last update's pages are kept and only those that read an edited
    /// article are made again, from the same jobs with the new views. Templates or assets only: the last plan is kept.
    /// Otherwise the whole site is planned.
    /// </param>
    /// <param name="redirects">The pages that send the reader to another site (<see cref="LiveContent.Redirects"/>).</param>
    /// <param name="now">
    /// The site paths of the pages to render within the update when it makes them again (those open in a browser,
    /// <see cref="MemorySite.Visited"/>): a template error there fails the update, and the previous site stays served.
    /// Every other page made again is rendered when first asked for.
    /// </param>
    /// <param name="settleLater">
    /// A whole update leaves its fingerprint walk (which pages changed, which articles each reads) for <see cref="Settle"/>,
    /// so that the new site is served first; <see cref="LiveRenderResult.PagesChanged"/> is then 0.
    /// </param>
    public LiveRenderResult Render(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, IReadOnlyList<Redirect>? redirects = null, LiveChange change = LiveChange.Anything, IReadOnlySet<string>? now = null, bool settleLater = false)
    {
        RendererVersion.Prepare();
        Settle();
        now ??= new HashSet<string>();
        if (_last is { } last && ReferenceEquals(redirects, last.Redirects))
        {
            if (change == LiveChange.ArticlesInPlace && EditOf(last, articles) is { } edit && RenderEdit(last, edit, options, now) is { } edited)
            {
                return edited;
            }
            if (change == LiveChange.TemplatesOrAssets && ReferenceEquals(articles, last.Articles))
            {
                return RenderTemplates(last, options, now);
            }
        }
        return RenderWhole(articles, tags, options, redirects, now, settleLater);
    }

    private LiveRenderResult RenderWhole(IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags, BuildOptions options, IReadOnlyList<Redirect>? redirects, IReadOnlySet<string> now, bool settleLater)
    {
        var stopwatch = Stopwatch.StartNew();
        var problems = new List<string>();
        var (settings, loadProblems) = SiteLoader.Load(options);
        problems.AddRange(loadProblems);
        if (settings is null)
        {
            return LiveRenderResult.Failed(problems);
        }

        var pictureFiles = new MemoryPictureFiles(_pictures);
        var model = SiteModel.Make(settings, options, articles, tags, pictureFiles, ImageCache.None(), searchEnabled: options.Search, redirects, _last?.Content, _bodies);
        var (site, jobs) = (model.Site, model.Jobs);
        problems.AddRange(model.Problems);
        var planned = stopwatch.Elapsed;

        // An article page whose view is the one served last time, over the same templates and site, is the page served:
        // taken as it was. Every other page is served anew, made when asked for (the open ones now); which changed is found after.
        var (templates, renderers, templatesDigest) = Renderers(options, site);
        var (articleJobs, articleViews) = (new List<int>(jobs.Count), new List<ArticleView>(jobs.Count));
        for (var i = 0; i < jobs.Count; i++)
        {
            if (jobs[i] is ArticlePageJob page)
            {
                articleJobs.Add(i);
                articleViews.Add(page.Article);
            }
        }
        var lastPages = _last?.ArticlePages ?? ArticlePageFiles.None;
        var places = lastPages.PlacesOf(articleViews, renderers);
        var paths = new string?[jobs.Count];
        var made = new ServedFile?[jobs.Count];
        var taken = new bool[lastPages.Count];
        var keptPages = 0;
        for (var a = 0; a < articleJobs.Count; a++)
        {
            if (places[a] is var at and >= 0)
            {
                (paths[articleJobs[a]], made[articleJobs[a]], taken[at]) = (lastPages.PathAt(at), lastPages.FileAt(at), true);
                keptPages++;
            }
        }
        var madeNow = new bool[jobs.Count];
        // Thirteen thousand pages at 10,000 articles, each only promised: on every core.
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (made[i] is null && MemorySite.Normalize(jobs[i].OutputPath) is { } path)
            {
                paths[i] = path;
                made[i] = Deferred(path, jobs[i], templates, site, renderers);
                madeNow[i] = true;
            }
        });
        // With pages kept, the last site's map is copied (its entries keep their hashes) less every file not kept.
        Dictionary<string, ServedFile> files;
        if (keptPages > 0 && _last is { } last)
        {
            files = new Dictionary<string, ServedFile>(last.Files, StringComparer.Ordinal);
            foreach (var path in last.OtherPaths.Concat(last.AssetPaths))
            {
                files.Remove(path);
            }
            for (var k = 0; k < taken.Length; k++)
            {
                if (!taken[k])
                {
                    files.Remove(lastPages.PathAt(k));
                }
            }
        }
        else
        {
            files = new Dictionary<string, ServedFile>(jobs.Count + 16, StringComparer.Ordinal);
        }
        var otherPaths = new List<string>(jobs.Count - keptPages + 1);
        var rendered = 0;
        var renderer = renderers.TryTake(out var pooled) ? pooled : new PageRenderer(templates, site);
        try
        {
            for (var i = 0; i < jobs.Count; i++)
            {
                if (made[i] is null)
                {
                    throw new TemplateException($"error SNS0020: the page '{jobs[i].OutputPath}' would lie outside the site; the update is not served");
                }
                if (!madeNow[i])
                {
                    continue;
                }
                var path = paths[i]!;
                if (now.Contains(path))
                {
                    made[i] = Render(path, jobs[i], renderer, ref rendered);
                }
                files[path] = made[i]!;
                if (jobs[i] is not ArticlePageJob)
                {
                    otherPaths.Add(path);
                }
            }
        }
        catch (TemplateException e)
        {
            problems.Add(e.Message);
            return LiveRenderResult.Failed(problems);
        }
        finally
        {
            renderers.Add(renderer);
        }
        var articlePages = new ArticlePageFiles(renderers, [.. articleViews], [.. articleJobs.Select(i => paths[i]!)], [.. articleJobs.Select(i => made[i]!)]);
        // As the build writes them: GitHub Pages must not run Jekyll over the site; the assets are copied as they are.
        files[SitePlaces.NoJekyllFile] = ServedFile.Of(SitePlaces.NoJekyllFile, []);
        otherPaths.Add(SitePlaces.NoJekyllFile);
        foreach (var (path, picture) in pictureFiles.Files)
        {
            files[path] = picture;
            otherPaths.Add(path);
        }
        var (assetPaths, assetProblems) = AddAssets(files, options.AssetsDirectory);
        _pictures = pictureFiles.Files;
        var search = SearchFolder(model.Content, options);
        var fingerprints = new PageFingerprints(site, templatesDigest, RendererVersion.Current, _bodies, _kept);
        int Walk(int cores) => this.Walk(fingerprints, jobs, paths!, files, cores,
            (jobsByPath, readers, unfingerprinted) => new LastRender(articles, redirects, model.Content, templatesDigest, jobsByPath, readers, unfingerprinted, files, search, problems, assetProblems)
            {
                ArticlePages = articlePages,
                OtherPaths = otherPaths,
                AssetPaths = assetPaths,
            });
        var changed = 0;
        if (settleLater)
        {
            // Once the site is served, the walk leaves a core to the server: the open pages reload meanwhile.
            _pending = () => Walk(Math.Max(1, Environment.ProcessorCount - 1));
        }
        else
        {
            changed = Walk(Environment.ProcessorCount);
        }
        return new LiveRenderResult(true, files, rendered, planned, stopwatch.Elapsed - planned, [.. problems, .. assetProblems]) { PagesChanged = changed, Folders = Folders(search) };
    }

    /// <summary>
    /// Fingerprints every page of a whole update (noting which articles each reads) and keeps them for the next update:
    /// which pages an edit in place must make again, and which are unchanged. Returns how many pages changed.
    /// </summary>
    /// <param name="cores">How many pages are fingerprinted at once.</param>
    private int Walk(PageFingerprints fingerprints, IReadOnlyList<PageJob> jobs, string[] paths, IReadOnlyDictionary<string, ServedFile> files, int cores,
        Func<Dictionary<string, PageJob>, Dictionary<string, List<string>>, List<string>, LastRender> last)
    {
        _kept.Begin(fingerprints.Context);
        var taken = new (byte[]? Fingerprint, List<string> Reads)[jobs.Count];
        var changed = 0;
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = cores }, i =>
        {
            var reads = new List<string>();
            var fingerprint = fingerprints.Of(jobs[i], reads);
            taken[i] = (fingerprint, reads);
            if (fingerprint is null || !_pages.TryGetValue(paths[i], out var previous) || !previous.Fingerprint.AsSpan().SequenceEqual(fingerprint))
            {
                Interlocked.Increment(ref changed);
            }
        });
        _kept.Commit();
        var pages = new Dictionary<string, (byte[], ServedFile)>(jobs.Count, StringComparer.Ordinal);
        var jobsByPath = new Dictionary<string, PageJob>(jobs.Count, StringComparer.Ordinal);
        var unfingerprinted = new List<string>();
        for (var i = 0; i < jobs.Count; i++)
        {
            jobsByPath[paths[i]] = jobs[i];
            if (taken[i].Fingerprint is { } fingerprint)
            {
                pages[paths[i]] = (fingerprint, files[paths[i]]);
            }
            else
            {
                unfingerprinted.Add(paths[i]);
            }
        }
        _pages = pages;
        _last = last(jobsByPath, Readers(paths.Select((path, i) => (path, taken[i].Reads))), unfingerprinted);
        return changed;
    }

    /// <summary>
    /// Finishes the last update's bookkeeping, when it was left for later (<c>settleLater</c>): its pages fingerprinted
    /// and kept for the next update. Returns how many pages changed, or null when nothing was left.
    /// </summary>
    public int? Settle()
    {
        if (_pending is not { } walk)
        {
            return null;
        }
        _pending = null;
        return walk();
    }

    /// <summary>A changed page: rendered now when it is open in a browser (<paramref name="now"/>), else when first asked for.</summary>
    private ServedFile Make(string path, PageJob job, IReadOnlySet<string> now, PageRenderer renderer, TemplateCatalog templates, SiteView site, ConcurrentBag<PageRenderer> renderers, ref int rendered) =>
        now.Contains(path) ? Render(path, job, renderer, ref rendered) : Deferred(path, job, templates, site, renderers);

    /// <summary>The page rendered now (it is open in a browser): a template error fails the update.</summary>
    private ServedFile Render(string path, PageJob job, PageRenderer renderer, ref int rendered)
    {
        var content = Encoding.UTF8.GetBytes(renderer.Render(job));
        Interlocked.Increment(ref rendered);
        Interlocked.Increment(ref _renders);
        return ServedFile.Of(path, content);
    }

    /// <summary>The page rendered when first asked for, with a renderer of <paramref name="renderers"/> (any thread may ask).</summary>
    private ServedFile Deferred(string path, PageJob job, TemplateCatalog templates, SiteView site, ConcurrentBag<PageRenderer> renderers) =>
        ServedFile.Deferred(path, () =>
        {
            var deferred = renderers.TryTake(out var kept) ? kept : new PageRenderer(templates, site);
            try
            {
                var content = Encoding.UTF8.GetBytes(deferred.Render(job));
                Interlocked.Increment(ref _renders);
                return content;
            }
            catch (TemplateException e)
            {
                _deferredFailed?.Invoke(e.Message);
                return NotRenderedPage.Of(path, e.Message);
            }
            finally
            {
                renderers.Add(deferred);
            }
        });

    /// <summary>
    /// The last render with the edited articles' views in place of theirs and the pages that read them; null when an
    /// article was added, removed or moved, or an edited one lists otherwise than before (<see cref="SameArticleView.SameBesidesBody"/>),
    /// or the last plan left an article out (SNS0016), whose content then has no view in its place.
    /// </summary>
    private static ArticleEdit? EditOf(LastRender last, IReadOnlyList<Article> articles)
    {
        if (articles.Count != last.Articles.Count || last.Content.Articles.Count != articles.Count)
        {
            return null;
        }
        var content = last.Content;
        List<ArticleView>? views = null;
        var replaced = new Dictionary<ArticleView, ArticleView>(ReferenceEqualityComparer.Instance);
        var reading = new HashSet<string>(last.Unfingerprinted, StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            if (ReferenceEquals(articles[i], last.Articles[i]))
            {
                continue;
            }
            // The body's pictures were prepared for the images it showed: the same images, at the same lines, or plan again.
            if (!BodyImageReferences.Of(articles[i]).SequenceEqual(BodyImageReferences.Of(last.Articles[i])))
            {
                return null;
            }
            var before = content.Articles[i];
            var view = content.ViewInPlaceOf(i, articles[i]);
            if (!SameArticleView.SameBesidesBody(view, before))
            {
                return null;
            }
            views ??= [.. content.Articles];
            views[i] = view;
            replaced[before] = view;
            reading.UnionWith(last.Readers.GetValueOrDefault(view.Slug) ?? []);
        }
        return new ArticleEdit(articles, views is null ? content : content.WithArticles(views), replaced, reading);
    }

    /// <summary>
    /// The last render's site with the pages that read an edited article made again from their jobs over the new views;
    /// null when the templates changed meanwhile (the whole site is then rendered).
    /// </summary>
    private LiveRenderResult? RenderEdit(LastRender last, ArticleEdit edit, BuildOptions options, IReadOnlySet<string> now)
    {
        var stopwatch = Stopwatch.StartNew();
        var site = edit.Content.Site;
        var (templates, renderers, templatesDigest) = Renderers(options, site);
        if (!templatesDigest.AsSpan().SequenceEqual(last.Templates))
        {
            return null;
        }
        var fingerprints = new PageFingerprints(site, templatesDigest, RendererVersion.Current, _bodies, _kept);
        _kept.Begin(fingerprints.Context);
        ArticleView Current(ArticleView view) => edit.Replaced.GetValueOrDefault(view) ?? view;
        var jobs = new Dictionary<string, PageJob>(last.Jobs, StringComparer.Ordinal);
        var pages = new Dictionary<string, (byte[] Fingerprint, ServedFile File)>(_pages, StringComparer.Ordinal);
        var files = new Dictionary<string, ServedFile>(last.Files, StringComparer.Ordinal);
        var renderer = renderers.TryTake(out var kept) ? kept : new PageRenderer(templates, site);
        var (rendered, changed) = (0, 0);
        var planned = stopwatch.Elapsed;
        try
        {
            foreach (var path in edit.Reading)
            {
                var job = jobs[path] = last.Jobs[path].WithArticles(Current);
                var fingerprint = fingerprints.Of(job);
                if (fingerprint is not null && pages.TryGetValue(path, out var previous) && previous.Fingerprint.AsSpan().SequenceEqual(fingerprint))
                {
                    continue;
                }
                var file = files[path] = Make(path, job, now, renderer, templates, site, renderers, ref rendered);
                if (fingerprint is not null)
                {
                    pages[path] = (fingerprint, file);
                }
                changed++;
            }
        }
        catch (TemplateException e)
        {
            return LiveRenderResult.Failed([.. last.AllProblems, e.Message]);
        }
        finally
        {
            renderers.Add(renderer);
        }
        _kept.Commit(partly: true);
        _pages = pages;
        var search = SearchFolder(edit.Content, options);
        // The article pages kept for the next whole update stay true: a page is its job (its view) over the renderers.
        _last = last with { Articles = edit.Articles, Content = edit.Content, Jobs = jobs, Files = files, Search = search };
        return new LiveRenderResult(true, files, rendered, planned, stopwatch.Elapsed - planned, last.AllProblems) { InPlace = true, PagesChanged = changed, Folders = Folders(search) };
    }

    /// <summary>
    /// The last render's plan over new templates: every page made again (when asked for, unless open) if the templates
    /// changed, none if not; the assets read again either way.
    /// </summary>
    private LiveRenderResult RenderTemplates(LastRender last, BuildOptions options, IReadOnlySet<string> now)
    {
        var stopwatch = Stopwatch.StartNew();
        var site = last.Content.Site;
        var (templates, renderers, templatesDigest) = Renderers(options, site);
        var files = new Dictionary<string, ServedFile>(last.Files, StringComparer.Ordinal);
        foreach (var path in last.AssetPaths)
        {
            files.Remove(path);
        }
        var (rendered, changed) = (0, 0);
        if (!templatesDigest.AsSpan().SequenceEqual(last.Templates))
        {
            var renderer = renderers.TryTake(out var kept) ? kept : new PageRenderer(templates, site);
            try
            {
                foreach (var (path, job) in last.Jobs)
                {
                    files[path] = Make(path, job, now, renderer, templates, site, renderers, ref rendered);
                    changed++;
                }
            }
            catch (TemplateException e)
            {
                return LiveRenderResult.Failed([.. last.AllProblems, e.Message]);
            }
            finally
            {
                renderers.Add(renderer);
            }
            // Every page's fingerprint has the templates in it: none kept would match, and the next whole update makes them.
            _pages = new Dictionary<string, (byte[], ServedFile)>(StringComparer.Ordinal);
            _kept.Rebase(new PageFingerprints(site, templatesDigest, RendererVersion.Current, _bodies, _kept).Context);
        }
        var (assetPaths, assetProblems) = AddAssets(files, options.AssetsDirectory);
        _last = last with { Templates = templatesDigest, Files = files, AssetPaths = assetPaths, AssetProblems = assetProblems };
        return new LiveRenderResult(true, files, rendered, TimeSpan.Zero, stopwatch.Elapsed, _last.AllProblems) { PagesChanged = changed, Folders = Folders(last.Search) };
    }

    /// <summary>The search index of <paramref name="content"/>, made when first asked for; null when the site has no search.</summary>
    private DeferredFolder? SearchFolder(SiteContent content, BuildOptions options) => options.Search ? _search.Folder(content) : null;

    private static IReadOnlyList<DeferredFolder> Folders(DeferredFolder? search) => search is null ? [] : [search];

    /// <summary>For each article, the pages that read its view.</summary>
    private static Dictionary<string, List<string>> Readers(IEnumerable<(string Path, List<string> Slugs)> reads)
    {
        var readers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (path, slugs) in reads)
        {
            foreach (var slug in slugs.Distinct())
            {
                if (!readers.TryGetValue(slug, out var paths))
                {
                    readers[slug] = paths = [];
                }
                paths.Add(path);
            }
        }
        return readers;
    }

    /// <summary>
    /// What an update rendered: its articles, redirects and content, the templates' digest, each page's job, for each article's
    /// slug the pages that read its view, the pages that could not be fingerprinted (made again on every update), the
    /// files served, the search index and the warnings: of the plan, and of the assets (read again by every update).
    /// </summary>
    private sealed record LastRender(
        IReadOnlyList<Article> Articles,
        IReadOnlyList<Redirect>? Redirects,
        SiteContent Content,
        byte[] Templates,
        IReadOnlyDictionary<string, PageJob> Jobs,
        IReadOnlyDictionary<string, List<string>> Readers,
        IReadOnlyList<string> Unfingerprinted,
        IReadOnlyDictionary<string, ServedFile> Files,
        DeferredFolder? Search,
        IReadOnlyList<string> Problems,
        IReadOnlyList<string> AssetProblems)
    {
        public IReadOnlyList<string> AllProblems => [.. Problems, .. AssetProblems];

        /// <summary>The article pages served, for the next whole update to take those it plans again over the same views.</summary>
        public ArticlePageFiles ArticlePages { get; init; } = ArticlePageFiles.None;

        /// <summary>The site paths of every other file served but the assets: the other pages, .nojekyll and the pictures' copies.</summary>
        public IReadOnlyList<string> OtherPaths { get; init; } = [];

        /// <summary>The site paths of the assets, read again by every update.</summary>
        public IReadOnlyList<string> AssetPaths { get; init; } = [];
    }

    /// <summary>Articles edited in place: the new list, the content over their new views, each old view's new one, and the pages reading them.</summary>
    private sealed record ArticleEdit(IReadOnlyList<Article> Articles, SiteContent Content, IReadOnlyDictionary<ArticleView, ArticleView> Replaced, IReadOnlySet<string> Reading);

    /// <summary>The kept templates and renderers when the templates and the site are the ones they were made for, else new ones.</summary>
    private (TemplateCatalog, ConcurrentBag<PageRenderer>, byte[]) Renderers(BuildOptions options, SiteView site)
    {
        var templates = new TemplateCatalog(options.BuiltInTemplatesDirectory, options.TemplatesDirectory);
        var digest = templates.Digest();
        // A site is a new value on every update (its section navigation a new list): compared by what templates can read of it.
        var siteDigest = PageFingerprints.DigestOf(site);
        if (_renderers is not { } kept || !kept.Digest.AsSpan().SequenceEqual(digest) || !kept.Site.AsSpan().SequenceEqual(siteDigest))
        {
            kept = (digest, siteDigest, templates, new ConcurrentBag<PageRenderer>());
            _renderers = kept;
        }
        return (kept.Templates, kept.Renderers, digest);
    }

    /// <summary>
    /// The assets under <see cref="SiteView.AssetsFolder"/>, read now (a stylesheet edit is taken in by the next update),
    /// with their site paths; a link out of the folder is left out (SNS0010).
    /// </summary>
    private static (List<string> Paths, List<string> Warnings) AddAssets(Dictionary<string, ServedFile> files, string assets)
    {
        var (paths, warnings) = (new List<string>(), new List<string>());
        foreach (var file in ContainedFiles.In(assets, warnings))
        {
            var path = SiteView.AssetsFolder + "/" + Path.GetRelativePath(assets, file).Replace('\\', '/');
            try
            {
                files[path] = ServedFile.Of(path, File.ReadAllBytes(file));
                paths.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Being replaced meanwhile: the event for it brings the next update.
                warnings.Add($"{file}: warning SNS0020: the asset could not be read ({e.Message}); it is left out until it can");
            }
        }
        return (paths, warnings);
    }
}

/// <summary>
/// One update's render: the whole site (on success), how many pages were rendered within it (the changed pages open in
/// a browser), and where the time went.
/// </summary>
public sealed record LiveRenderResult(bool Succeeded, IReadOnlyDictionary<string, ServedFile> Files, int PagesRendered, TimeSpan PlanTime, TimeSpan RenderTime, IReadOnlyList<string> Problems)
{
    /// <summary>How many pages changed rather than being kept: rendered within the update or when first asked for.</summary>
    public int PagesChanged { get; init; }

    /// <summary>Whether the update was an edit in place: the last update's pages kept, and only those reading an edited article made again.</summary>
    public bool InPlace { get; init; }

    /// <summary>The folders served with <see cref="Files"/> and made when first asked for: the search index, when the site has search.</summary>
    public IReadOnlyList<DeferredFolder> Folders { get; init; } = [];

    public static LiveRenderResult Failed(IReadOnlyList<string> problems) =>
        new(false, new Dictionary<string, ServedFile>(), 0, TimeSpan.Zero, TimeSpan.Zero, problems);
}
