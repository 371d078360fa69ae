using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>Renders a site from given articles into a temp folder and parses its pages.</summary>
public sealed class RenderedSite : IDisposable
{
    private readonly TempDirectory _temp = new();

    /// <param name="redirects">The pages that send the reader to another site (<c>Articles.Redirects</c>).</param>
    /// <param name="pages">The pages of pages/ (Pages.All), none by default.</param>
    /// <param name="search">Whether the search index is built (and the search page uses it).</param>
    public RenderedSite(IReadOnlyList<Article> articles, string? config = null, string? templatesDirectory = null, string? baseUrl = null, DateTimeOffset? now = null,
        IReadOnlyList<Redirect>? redirects = null, IReadOnlyList<Page>? pages = null, bool search = false)
    {
        Output = _temp.Combine("_site");
        string? configFile = null;
        if (config is not null)
        {
            configFile = _temp.Combine("staticnews.yml");
            File.WriteAllText(configFile, config);
        }
        _contentRoot = Path.TrimEndingDirectorySeparator(configFile is null ? Directory.GetCurrentDirectory() : _temp.Path) + Path.DirectorySeparatorChar;
        Result = SiteBuilder.Build(articles, TestArticle.TagsOf(articles), new BuildOptions
        {
            OutputDirectory = Output,
            ConfigFile = configFile,
            TemplatesDirectory = templatesDirectory,
            BaseUrl = baseUrl,
            Now = now,
            Pages = pages ?? [],
            Search = search,
        }, redirects: redirects);
    }

    public string Output { get; }

    public BuildResult Result { get; }

    /// <summary>
    /// <see cref="Result"/>'s problems with each document named from the content root (the folder of the config file):
    /// the build names a document by its full path, as the compiler does.
    /// </summary>
    public IReadOnlyList<string> Problems => Result.Problems.Select(problem => problem.Replace(_contentRoot, "", StringComparison.Ordinal)).ToList();

    private readonly string _contentRoot;

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public IHtmlDocument Page(string relativePath) => new HtmlParser().ParseDocument(Read(relativePath));

    public void Dispose() => _temp.Dispose();
}
