using System.Runtime;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using StaticNews.Configuration;
using StaticNews.Generator.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Serving;

namespace StaticNews.Site.Live;

/// <summary>
/// The preview's update loop: the content in memory (<see cref="LiveContent"/>), the site rendered from it in-process
/// into memory and served from there (<see cref="LiveRender"/>, <see cref="MemorySite"/>), as `dotnet build` renders
/// it; a burst of changes re-parses the documents it touched (a
/// template, stylesheet or staticnews.yml edit needs no parse, only a render), then one reload. Only a change to the
/// site's own code runs `dotnet build`, and the site it writes is served. The terminal gets each document's problems in the compiler's format, the
/// browser the same as an overlay; a half-written document keeps its previous version served.
/// </summary>
public sealed class LivePreview
{
    private readonly string _root;
    private readonly string _siteDirectory;
    private readonly string _baseUrl;
    private readonly TextWriter _log;
    private readonly LiveContent _content;
    private volatile string[] _overlay = [];

    /// <summary>What the served pages were rendered from: an update renders only the pages whose inputs changed.</summary>
    private readonly LiveRender _render;

    private int _pagesRendered;

    private int _pagesChanged;

    /// <summary>How long the last render took to plan every page (views, taxonomies, jobs), and then to fingerprint and render them.</summary>
    private TimeSpan _planTime;

    private TimeSpan _renderTime;

    /// <summary>Whether the last render was an edit in place (<see cref="LiveRenderResult.InPlace"/>).</summary>
    private bool _inPlace;

    /// <summary>How long the last update took to bring the content up to date (parse, names, index), for the log.</summary>
    private TimeSpan _contentTime;

    /// <param name="root">The repository: staticnews.yml, site/templates, site/assets, the documents.</param>
    /// <param name="siteDirectory">Where `dotnet build` writes the site after a change to the site's code; served from then on.</param>
    /// <param name="baseUrl">The URL the site is served at, base path included.</param>
    /// <param name="site">Where the rendered site is published for the server (a new one when not given).</param>
    public LivePreview(string root, string siteDirectory, string baseUrl, TextWriter log, MemorySite? site = null)
    {
        Site = site ?? new MemorySite();
        _root = Path.GetFullPath(root);
        _siteDirectory = Path.GetFullPath(siteDirectory);
        _baseUrl = baseUrl;
        _log = log;
        _render = new LiveRender(DeferredFailed);
        var stopwatch = Stopwatch.StartNew();
        _content = new LiveContent(_root);
        Report(_content.AllDiagnostics.ToList());
        _log.WriteLine($"Read {_content.Articles.Count} articles from {_content.DocumentsFolder} in {stopwatch.Elapsed.TotalSeconds:0.00} s");
    }

    public string DocumentsFolder => _content.DocumentsFolder;

    /// <summary>The site served: what the last successful update rendered.</summary>
    public MemorySite Site { get; }

    /// <summary>How many articles the last content change made anew (<see cref="LiveContent.ArticlesMade"/>).</summary>
    public int ArticlesMade => _content.ArticlesMade;

    /// <summary>How many pages the last render rendered within the update (the changed pages open in a browser).</summary>
    public int PagesRendered => _pagesRendered;

    /// <summary>How many pages the last render changed (rendered within it or when first asked for); the others were kept.</summary>
    public int PagesChanged => _pagesChanged;

    /// <summary>How many pages have been rendered since the preview started, within updates or when asked for.</summary>
    public int Renders => _render.Renders;

    /// <summary>How many article bodies have been hashed since the preview started (each article object's once).</summary>
    public int BodiesDigested => _render.Bodies.Computed;

    /// <summary>The problems the last update met (one line each), shown over every page until an update has none.</summary>
    public IReadOnlyList<string> Overlay => _overlay;

    /// <summary>Renders the site from the content in memory; true when the served folder now holds it.</summary>
    public bool Render()
    {
        var problems = new List<string>();
        var succeeded = RenderCollecting(problems);
        _overlay = [.. problems];
        return succeeded;
    }

    /// <summary>Takes in bursts of changes until stopped, calling <paramref name="updated"/> once after each.</summary>
    public async Task RunAsync(ChangeWatcher watcher, Action updated, CancellationToken cancellationToken)
    {
        // The start parsed every document and planned the whole site: collected before the first edit, as after every
        // update (below).
        CollectThenHold();
        var collectWhenIdle = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            var next = watcher.NextBurstAsync(cancellationToken);
            // The last plan, views and pages are now garbage in the oldest generation: collected once the server is idle
            // (a full collection stops every thread, 100-200 ms at 10,000 articles, so not while the open pages reload),
            // rather than by one that falls due in the middle of the next edit's update. When that edit comes first, its
            // update runs with the collector as usual.
            if (collectWhenIdle && await Task.WhenAny(next, Task.Delay(IdleBeforeCollection, cancellationToken)) != next)
            {
                CollectThenHold();
            }
            collectWhenIdle = false;
            var burst = await next;
            var stopwatch = Stopwatch.StartNew();
            var what = await UpdateAsync(watcher, burst, cancellationToken);
            if (what is not null)
            {
                var served = stopwatch.Elapsed;
                // The new site is served: the open pages reload while the render finds which pages changed, for the next update.
                updated();
                var walked = _render.Settle();
                _pagesChanged = walked ?? _pagesChanged;
                _log.WriteLine($"Updated after a change to {what} in {served.TotalSeconds:0.000} s (content {_contentTime.TotalSeconds:0.000} s, plan {_planTime.TotalSeconds:0.000} s, pages {_renderTime.TotalSeconds:0.000} s: {_pagesChanged} changed, {_pagesRendered} of them open and rendered; then {(stopwatch.Elapsed - served).TotalSeconds:0.000} s to find which changed{(_inPlace ? "; an edit in place" : "")})");
                collectWhenIdle = true;
            }
        }
    }

    /// <summary>
    /// Collects the heap now, while the server is idle, then holds the collector off through the next update, the reload
    /// it sends and the walk after it, up to <see cref="UpdateAllocationBudget"/> bytes allocated: an update makes a new
    /// site model (views, terms, pages) that nearly all lives on, so a young collection in its middle would copy all of it
    /// (20-30 ms at 10,000 articles, of an update of about 100), and one right after it would hold up the reloaded page.
    /// Allocating more (many pages rendered on request meanwhile) lets the collector run as usual. (Public for
    /// bench/StaticNews.Benchmarks' breakdown-preview, which runs updates as the preview does.)
    /// </summary>
    /// <remarks>
    /// The full collection is made here, not left to <see cref="GC.TryStartNoGCRegion(long)"/>: the collection that
    /// starts the region (one per update, by the collector's counts) did not free the last update's model on .NET 10, so
    /// the preview grew by about 57 MB with each new document at 10,000 articles and its updates slowed as it grew
    /// (45 ms to 170 ms after 30 updates in breakdown-preview).
    /// </remarks>
    public static void CollectThenHold()
    {
        ReleaseCollector();
        GC.Collect();
        try
        {
            GC.TryStartNoGCRegion(UpdateAllocationBudget);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A budget this collector cannot give: the collector runs as usual.
        }
    }

    /// <summary>Ends the hold of <see cref="CollectThenHold"/>, if any: the collector runs as usual.</summary>
    public static void ReleaseCollector()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
    }

    /// <summary>How long after an update the server must have had no change before the heap is collected: the open pages have reloaded by then.</summary>
    private static readonly TimeSpan IdleBeforeCollection = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// What an update may allocate before the collector runs: a new document at 10,000 articles allocates about 23 MB in
    /// its update and 33 MB in the walk after it. No larger: each update's allocations go to memory the region was given,
    /// and until all of it has been used once they fault in fresh pages (with 240 MB the first five updates were slower
    /// than the rest, with 96 MB the first two; the preview held 650 MB against 515 MB).
    /// </summary>
    private const long UpdateAllocationBudget = 96L * 1024 * 1024;

    /// <summary>One burst: what it changed, for the log, or null when it touched nothing the site is made from.</summary>
    private async Task<string?> UpdateAsync(ChangeWatcher watcher, IReadOnlyCollection<string> burst, CancellationToken cancellationToken)
    {
        var contentTime = Stopwatch.StartNew();
        var config = Path.Combine(_root, SiteConfig.FileName);
        var siteFolder = Path.Combine(_root, "site");
        // staticnews.lock (rewritten by dotnet build) is read with the config.
        var configChanged = burst.Contains(config) || burst.Contains(Path.Combine(_root, StaticNews.Generator.Naming.UrlLockFile.FileName));
        var code = burst.Where(path => IsCode(path, siteFolder)).ToList();
        var rendered = burst.Where(path => IsUnder(Path.Combine(siteFolder, "templates"), path) || IsUnder(Path.Combine(siteFolder, "assets"), path)).ToList();
        if (configChanged)
        {
            var folder = DocumentsFolder;
            _content.ReloadConfig();
            if (folder != DocumentsFolder)
            {
                _log.WriteLine($"Watching {DocumentsFolder}");
                watcher.Watch(DocumentsFolder, recursive: true);
            }
        }
        var documents = burst.Where(path => IsUnder(DocumentsFolder, path)).ToList();
        if (!configChanged && code.Count == 0 && rendered.Count == 0 && documents.Count == 0)
        {
            return null;
        }

        var problems = new List<string>();
        if (configChanged)
        {
            var diagnostics = _content.ConfigDiagnostics.ToList();
            Report(diagnostics);
            problems.AddRange(diagnostics.Where(IsShown).Select(d => d.ToString()));
        }
        if (documents.Count > 0)
        {
            var diagnostics = _content.Update(documents);
            Report(diagnostics);
            problems.AddRange(diagnostics.Where(IsShown).Select(d => d.ToString()));
        }
        foreach (var broken in _content.BrokenDocuments)
        {
            problems.Add($"{broken}: the previous version is served until this document is whole again");
        }
        _contentTime = contentTime.Elapsed;
        // Before the render: a page served from its output must not come with the previous update's problems.
        _overlay = [.. problems];
        bool succeeded;
        if (code.Count > 0)
        {
            // The running preview cannot load new code: the build compiles it and renders the site with it.
            _log.WriteLine($"Rebuilding after a change to {code[0]}");
            succeeded = await watcher.BuildAsync(cancellationToken);
            if (succeeded)
            {
                var warnings = new List<string>();
                Site.Publish(BuiltSite.Read(_siteDirectory, warnings));
                warnings.ForEach(_log.WriteLine);
            }
        }
        else
        {
            succeeded = RenderCollecting(problems, ChangeOf(configChanged, rendered, documents), settleLater: true);
        }
        _overlay = [.. problems];
        return succeeded || problems.Count > 0 ? Describe([.. code, .. rendered, .. documents, .. configChanged ? [config] : Array.Empty<string>()]) : null;
    }

    /// <summary>What a burst without code changed, for the render to keep what it can.</summary>
    private LiveChange ChangeOf(bool configChanged, List<string> rendered, List<string> documents)
    {
        if (configChanged)
        {
            return LiveChange.Anything;
        }
        // Only articles edited where they stand: the render may keep its plan and look at their pages alone.
        if (rendered.Count == 0 && documents.Count > 0 && _content.LastUpdateInPlace)
        {
            return LiveChange.ArticlesInPlace;
        }
        // A picture in the assets may be one an article shows, and the plan prepares those.
        return documents.Count == 0 && rendered.All(path => !ContentTypes.Of(path).StartsWith("image/", StringComparison.Ordinal))
            ? LiveChange.TemplatesOrAssets
            : LiveChange.Anything;
    }

    private string Describe(List<string> changed)
    {
        var names = changed.Select(path => Path.GetRelativePath(_root, path)).Order(StringComparer.Ordinal).ToList();
        return string.Join(", ", names.Take(3)) + (names.Count > 3 ? $" and {names.Count - 3} more" : "");
    }

    private bool RenderCollecting(List<string> problems, LiveChange change = LiveChange.Anything, bool settleLater = false)
    {
        var result = _render.Render(_content.Articles, _content.Tags, RenderOptions(), _content.Redirects, change, Site.Visited, settleLater);
        (_pagesRendered, _pagesChanged, _planTime, _renderTime, _inPlace) = (result.PagesRendered, result.PagesChanged, result.PlanTime, result.RenderTime, result.InPlace);
        foreach (var problem in result.Problems)
        {
            _log.WriteLine(problem);
        }
        if (!result.Succeeded)
        {
            _log.WriteLine("The site was not rendered; still serving the previous one.");
            problems.AddRange(result.Problems);
            return false;
        }
        Site.Publish(result.Files, result.Folders);
        return true;
    }

    private BuildOptions RenderOptions()
    {
        var config = Path.Combine(_root, SiteConfig.FileName);
        return new BuildOptions
        {
            ConfigFile = File.Exists(config) ? config : null,
            ContentRoot = _root,
            BaseUrl = _baseUrl,
            Pages = _content.Pages,
            BuiltInTemplatesDirectory = Path.Combine(_root, "site", "templates"),
            AssetsDirectory = Path.Combine(_root, "site", "assets"),
            // As the README's build: the search page works, its index made when first asked for.
            Search = true,
        };
    }

    /// <summary>A page rendered on request failed: the terminal and the overlay say why, until the next update.</summary>
    private void DeferredFailed(string problem)
    {
        _log.WriteLine(problem);
        lock (_render)
        {
            _overlay = [.. _overlay, problem];
        }
    }

    /// <summary>Warnings and errors, as the compiler prints them (its info messages stay out of the terminal, as in a build).</summary>
    private void Report(IEnumerable<ContentDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics.Where(IsShown))
        {
            _log.WriteLine(diagnostic.ToString());
        }
    }

    private static bool IsShown(ContentDiagnostic diagnostic) => diagnostic.Severity >= DiagnosticSeverity.Warning;

    private static bool IsCode(string path, string siteFolder) =>
        (IsUnder(siteFolder, path) || Path.GetDirectoryName(path) == Path.GetDirectoryName(siteFolder))
        && Path.GetExtension(path) is ".cs" or ".csproj" or ".props" or ".targets";

    private static bool IsUnder(string folder, string path) => RealPath.IsUnder(Path.GetFullPath(folder), path);
}
