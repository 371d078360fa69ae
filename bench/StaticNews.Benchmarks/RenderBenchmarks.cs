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
/// <see cref="Site"/> "fresh" renders into an empty folder (the previous output is deleted between iterations,
/// untimed, as bench/compare.sh empties the output before each build); "unchanged" renders the same articles over
/// the previous site; "edited" renders over the previous site with one article's body changed (edited and restored
/// in turn), the command-line rebuild after one edit.
/// </summary>
[Config(typeof(BenchConfig))]
public class RenderBenchmarks
{
    private BuildOptions _options = null!;
    private string _folder = "";
    private bool _edited;

    [Params(10_000)]
    public int Articles { get; set; }

    [Params("disk", "memory")]
    public string Output { get; set; } = "disk";

    [Params("fresh", "unchanged", "edited")]
    public string Site { get; set; } = "fresh";

    internal IReadOnlyList<Article> ArticleList { get; private set; } = [];

    /// <summary><see cref="ArticleList"/> with the article in the middle edited (<see cref="BenchArticle.Edited"/>).</summary>
    internal IReadOnlyList<Article> EditedArticleList { get; private set; } = [];

    internal IReadOnlyList<Tag> TagList { get; private set; } = [];

    [GlobalSetup]
    public void Setup()
    {
        // Newest first, as Articles.All hands them to the site.
        var sources = Corpus.Articles(Articles).OrderByDescending(a => a.Date).ToList();
        ArticleList = sources.Select(BenchArticle.From).ToList<Article>();
        EditedArticleList = sources.Select((source, i) => i == sources.Count / 2 ? BenchArticle.Edited(source) : BenchArticle.From(source)).ToList<Article>();
        TagList = TestArticle.TagsOf(ArticleList);
        _folder = Output == "memory" && Directory.Exists("/dev/shm")
            ? Directory.CreateDirectory(Path.Combine("/dev/shm", "staticnews-bench-render-" + Guid.NewGuid().ToString("N"))).FullName
            : Directory.CreateTempSubdirectory("staticnews-bench-render-").FullName;
        _options = Options(Path.Combine(_folder, "_site"));
        var result = SiteBuilder.Build(ArticleList, TagList, _options);
        if (!result.Succeeded || result.Pages < Articles)
        {
            throw new InvalidOperationException($"The render failed ({result.Pages} pages): {string.Join("; ", result.Problems)}");
        }
        DeleteOutputOfFreshRender();
    }

    [Benchmark]
    public BuildResult Render()
    {
        _edited = Site == "edited" && !_edited;
        return SiteBuilder.Build(_edited ? EditedArticleList : ArticleList, TagList, _options);
    }

    [IterationCleanup]
    public void DeleteOutputOfFreshRender()
    {
        if (Site == "fresh" && Directory.Exists(_options.OutputDirectory))
        {
            Directory.Delete(_options.OutputDirectory, recursive: true);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>The site build's options, with the repository's config, templates and assets, and search off.</summary>
    internal static BuildOptions Options(string outputDirectory) => new()
    {
        OutputDirectory = outputDirectory,
        ConfigFile = Repo.ConfigFile,
        Search = false,
        BuiltInTemplatesDirectory = Repo.SiteTemplates,
        AssetsDirectory = Repo.SiteAssets,
    };
}
