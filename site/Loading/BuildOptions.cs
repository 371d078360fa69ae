namespace StaticNews.Site.Loading;

/// <summary>How one render is run: where it writes and what overrides the configuration.</summary>
public sealed class BuildOptions
{
    public string OutputDirectory { get; set; } = "_site";
    public string? ConfigFile { get; set; }
    public string? BaseUrl { get; set; }
    public string? TemplatesDirectory { get; set; }

    /// <summary>The build's clock for what depends on it (news-sitemap.xml's last 48 hours): StaticNewsNow, as the generator's drafts use it; null is the clock.</summary>
    public DateTimeOffset? Now { get; set; }

    /// <summary>
    /// The folder articles' source paths are relative to, where their pictures are found; null for the configuration
    /// file's folder (else the current one).
    /// </summary>
    public string? ContentRoot { get; set; }

    /// <summary>
    /// Where resized pictures are kept between builds; null for a folder beside the render cache (obj/), or, without
    /// one, none (copies still in the output are reused).
    /// </summary>
    public string? ImageCacheDirectory { get; set; }

    /// <summary>The content root as given, or the one it stands for.</summary>
    public string ResolvedContentRoot =>
        Path.GetFullPath(ContentRoot ?? (ConfigFile is { } config ? Path.GetDirectoryName(Path.GetFullPath(config))! : Directory.GetCurrentDirectory()));

    /// <summary>The pages of pages/, which are no articles (<c>Pages.All</c>; the preview's own in the preview).</summary>
    public IReadOnlyList<StaticNews.Content.Page> Pages { get; set; } = [];

    /// <summary>
    /// staticnews.lock, brought up to date after the build succeeds (<see cref="Writing.UrlLockWriter"/>); null writes none.
    /// The MSBuild render target passes the one beside staticnews.yml, which the generator reads.
    /// </summary>
    public string? LockFile { get; set; }

    /// <summary>
    /// Where the build lists, one per line, the picture files it read (lead and body pictures, wherever in the content
    /// root), after it succeeds; null lists none. The MSBuild render target reads the list back as the render's inputs,
    /// so a changed picture outside the documents folder renders the site again.
    /// </summary>
    public string? PicturesReadFile { get; set; }

    /// <summary>Whether the build writes the search index (site/Search/) and a search page that uses it.</summary>
    public bool Search { get; set; }
    public string BuiltInTemplatesDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "templates");
    public string AssetsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "assets");
}
