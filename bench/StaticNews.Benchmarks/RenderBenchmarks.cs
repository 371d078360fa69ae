using BenchmarkDotNet.Attributes;
using StaticNews.Content;
using StaticNews.Site;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Benchmarks;

/// <summary>
/// The render step alone: <see cref="SiteBuilder.Build"/> over 10,000 articles of the benchmark corpus (seed-shaped
/// bodies of 20-25 paragraphs, dates, bylines, 1-4 of 30 tags), with the repository's staticnews.yml and the built-in
/// templates and assets, into a temporary folder, without search (no Pagefind). <see cref="Output"/> "disk" writes
/// to the temp folder (the real case), "memory" to /dev/shm (tmpfs: the render without the file system's cost).
/// Every render writes a fresh output folder; the previous one is deleted between iterations, untimed, as
/// bench/compare.sh empties the output before each build (deleting a 10,000-article site from this machine's disk
/// takes about a minute, which a render over an existing site pays: StagedOutput.Commit deletes the old site).
/// </summary>
[Config(typeof(BenchConfig))]
public class RenderBenchmarks
{
    private BuildOptions _options = null!;
    private string _folder = "";

    [Params(10_000)]
    public int Articles { get; set; }

    [Params("disk", "memory")]
    public string Output { get; set; } = "disk";

    internal IReadOnlyList<Article> ArticleList { get; private set; } = [];

    internal IReadOnlyList<Tag> TagList { get; private set; } = [];

    [GlobalSetup]
    public void Setup()
    {
        // Newest first, as Articles.All hands them to the site.
        ArticleList = Corpus.Articles(Articles).Select(BenchArticle.From).OrderByDescending(a => a.Published).ToList<Article>();
        TagList = TestArticle.TagsOf(ArticleList);
        _folder = Output == "memory" && Directory.Exists("/dev/shm")
            ? Directory.CreateDirectory(Path.Combine("/dev/shm", "staticnews-bench-render-" + Guid.NewGuid().ToString("N"))).FullName
            : Directory.CreateTempSubdirectory("staticnews-bench-render-").FullName;
        _options = Options(Path.Combine(_folder, "_site"));
        var result = Render();
        if (!result.Succeeded || result.Pages < Articles)
        {
            throw new InvalidOperationException($"The render failed ({result.Pages} pages): {string.Join("; ", result.Problems)}");
        }
        DeleteOutput();
    }

    [Benchmark]
    public BuildResult Render() => SiteBuilder.Build(ArticleList, TagList, _options);

    [IterationCleanup]
    public void DeleteOutput()
    {
        if (Directory.Exists(_options.OutputDirectory))
        {
            Directory.Delete(_options.OutputDirectory, recursive: true);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>The site build's options, with the repository's config, templates and assets, and no search.</summary>
    internal static BuildOptions Options(string outputDirectory) => new()
    {
        OutputDirectory = outputDirectory,
        ConfigFile = Repo.ConfigFile,
        PagefindCommand = null,
        BuiltInTemplatesDirectory = Repo.SiteTemplates,
        AssetsDirectory = Repo.SiteAssets,
    };
}
