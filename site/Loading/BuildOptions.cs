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

    /// <summary>The Pagefind executable that builds the search index; null builds the site without search.</summary>
    public string? PagefindCommand { get; set; }
    public string BuiltInTemplatesDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "templates");
    public string AssetsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "assets");
}
