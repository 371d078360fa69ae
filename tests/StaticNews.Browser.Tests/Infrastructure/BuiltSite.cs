using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticNews.Site.Serving;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Browser.Tests.Infrastructure;

/// <summary>
/// The site built the real way, once per test run: a copy of the repository with the browser tests' sample documents
/// beside the seed and <c>page_size: 3</c> (so there are three front pages), built with <c>dotnet build</c> twice —
/// at <c>/</c> and with <c>-p:SiteBaseUrl=http://127.0.0.1/StaticNews/</c> — and each output served by the project's
/// own preview server (in-process, no watching). Chromium is started on first use only, so the tests that need no
/// browser (html-validate) run where Chromium is absent.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    public const string BasePath = "/StaticNews/";

    public const string SeedSlug = "russia-expresses-its-readiness-to-provide-support-as-the-situation-between";

    public const string SeedTitleStart = "Russia expresses its ‘readiness’";

    /// <summary>The article with a lead picture (sample-01), and the picture's file beside it (1800×1200).</summary>
    public const string PictureSlug = "snow-closes-the-mountain-pass-for-a-third-day";

    public const string PictureFile = "snow-pass.jpg";

    /// <summary>The article whose Markdown body shows a picture (1500×1000) beside its document; an analysis, with a correction.</summary>
    public const string BodyPictureSlug = "zoning-plan-for-the-riverside-park-opens-for-comments";

    public const string BodyPictureFile = "riverside-park.jpg";

    /// <summary>The page of pages/ the site has (Documents/pages/about.md).</summary>
    public const string AboutPage = "about/";

    /// <summary>Articles on a front page (lead and latest included); 7 articles make pages 1, 2 and 3.</summary>
    public const int PageSize = 3;

    private readonly SemaphoreSlim _browserLock = new(1, 1);
    private RepoCopy? _repo;
    private RunningServer? _rootServer;
    private RunningServer? _basePathServer;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The site built at "/" (what `dotnet build` writes to _site/).</summary>
    public string RootSite => Path.Combine(Repo.Root, "_site");

    /// <summary>The site built for the base path /StaticNews/.</summary>
    public string BasePathSite => Path.Combine(Repo.Root, "_site-base-path");

    /// <summary>The repository copy the two sites are built in.</summary>
    public RepoCopy Repo => _repo ?? throw new InvalidOperationException("the site is not built");

    /// <summary>Every article of the test site: the seed, then the sample documents (Documents/*.txt), in front-page order.</summary>
    public static readonly string[] ArticleSlugs =
    [
        SeedSlug,
        "snow-closes-the-mountain-pass-for-a-third-day",
        "teachers-trial-a-four-day-week-in-village-schools",
        "vineyards-report-an-early-harvest-after-a-dry-summer",
        "weekend-market-moves-indoors-for-the-winter",
        "youth-orchestra-returns-from-its-first-tour-abroad",
        BodyPictureSlug,
    ];

    /// <summary>The served site's URL, ending in its base path: "root" is served at /, "base-path" under /StaticNews/.</summary>
    public string Url(string variant) => variant switch
    {
        "root" => _rootServer!.Url,
        "base-path" => _basePathServer!.Url,
        _ => throw new ArgumentException("unknown site variant " + variant, nameof(variant)),
    };

    public async Task InitializeAsync()
    {
        // Generous for CI's two shared cores; a missing element still fails within seconds, not minutes.
        Assertions.SetDefaultExpectTimeout(10_000);
        if (Requirements.MissingChromium is not null && Requirements.MissingNode is not null)
        {
            return; // every test that uses the site is skipped
        }
        _repo = new RepoCopy();
        var seeds = Path.Combine(_repo.Root, "seeds");
        foreach (var sample in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Documents")).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)))
        {
            File.Copy(sample, Path.Combine(seeds, Path.GetFileName(sample)));
        }
        // A page of pages/ (not an article): at about/, linked from every footer.
        Directory.CreateDirectory(Path.Combine(seeds, "pages"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Documents", "pages", "about.md"), Path.Combine(seeds, "pages", "about.md"));
        // The lead picture sample-01 names (image: snow-pass.jpg): a photo-like JPEG, made here rather than kept in the repository.
        using (var photo = NetVips.Image.Perlin(1800, 1200, cellSize: 150, uchar: true, seed: 11))
        using (var green = (photo * 0.8 + 20).Cast(NetVips.Enums.BandFormat.Uchar))
        using (var blue = (photo * 0.6 + 60).Cast(NetVips.Enums.BandFormat.Uchar))
        using (var colour = photo.Bandjoin(green, blue))
        {
            colour.Jpegsave(Path.Combine(seeds, PictureFile), q: 85);
        }
        // The picture in the body of the zoning story's Markdown.
        using (var photo = NetVips.Image.Perlin(1500, 1000, cellSize: 120, uchar: true, seed: 12))
        using (var green = (photo * 0.9 + 30).Cast(NetVips.Enums.BandFormat.Uchar))
        using (var blue = (photo * 0.5 + 40).Cast(NetVips.Enums.BandFormat.Uchar))
        using (var colour = photo.Bandjoin(green, blue))
        {
            colour.Jpegsave(Path.Combine(seeds, BodyPictureFile), q: 85);
        }

        var config = Path.Combine(_repo.Root, "staticnews.yml");
        var text = File.ReadAllText(config);
        var pageSize = new Regex(@"^page_size:.*$", RegexOptions.Multiline);
        File.WriteAllText(config, pageSize.IsMatch(text) ? pageSize.Replace(text, $"page_size: {PageSize}") : text + $"\npage_size: {PageSize}\n");

        await Task.Run(() =>
        {
            Check(_repo.Build(), "at /");
            Check(_repo.Build("-p:SiteBaseUrl=http://127.0.0.1" + BasePath, "-p:SiteOutput=" + BasePathSite), "under " + BasePath);
        });

        _rootServer = new RunningServer(new ServeOptions { SiteDirectory = RootSite, BasePath = "/", Watch = false });
        _basePathServer = new RunningServer(new ServeOptions { SiteDirectory = BasePathSite, BasePath = BasePath, Watch = false });
    }

    /// <summary>Debian's Chromium, headless, started once; Playwright never downloads a browser here.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        await _browserLock.WaitAsync();
        try
        {
            if (_browser is null)
            {
                _playwright = await Playwright.CreateAsync();
                // Playwright gives every launch a fresh temporary profile (its own --user-data-dir) and deletes it on close.
                _browser = await _playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = Requirements.ChromiumPath,
                    Headless = true,
                    Args =
                    [
                        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    ],
                });
            }
            return _browser;
        }
        finally
        {
            _browserLock.Release();
        }
    }

    /// <summary>A new browser context (own cookies, viewport and color scheme) with short timeouts, so a broken page fails fast.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await (await BrowserAsync()).NewContextAsync(options ?? new());
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_rootServer is not null)
        {
            await _rootServer.DisposeAsync();
        }
        if (_basePathServer is not null)
        {
            await _basePathServer.DisposeAsync();
        }
        _repo?.Dispose();
    }

    private static void Check(DotnetCli.Result build, string what)
    {
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build of the test site {what} failed:\n{build.Output}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "Built site";
}
