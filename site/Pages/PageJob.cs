using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// One file to render. A job says what page it is by its type (one record per kind of page, planned beside it) and
/// carries that page's typed inputs; the template's variables, and what the layout knows of the page, are made from
/// them when the page is rendered. Its place in the site, <see cref="Path"/>, gives its file and its URLs.
/// </summary>
public abstract record PageJob(SitePath Path)
{
    /// <summary>The file to write, relative to the output folder.</summary>
    public string OutputPath => Path.OutputFile;

    public abstract string Template { get; }

    /// <summary>False for the machine-read files (feed, sitemap, robots.txt), which are their template alone.</summary>
    public virtual bool UseLayout => true;

    /// <summary>What the layout, and the template, see as <c>page</c>.</summary>
    public abstract PageInfo Describe(SiteView site);

    /// <summary>The template's own variables: every name the template may read, null when it has nothing.</summary>
    public abstract IEnumerable<(string Name, object? Value)> Variables();

    /// <summary>
    /// The same page with each article view it holds replaced by <paramref name="current"/>'s (itself for the others):
    /// a preview's page over articles edited where they stand. Every view the page can read must pass through it.
    /// </summary>
    public abstract PageJob WithArticles(Func<ArticleView, ArticleView> current);

    /// <param name="kind">What templates see as <c>page.Kind</c>; code tells pages apart by their type.</param>
    protected PageInfo Describe(SiteView site, string title, string description, string kind) =>
        new(title, description, site.UrlOf(Path), site.AbsoluteUrlOf(Path), kind);
}
