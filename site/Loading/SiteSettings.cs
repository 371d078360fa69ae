using StaticNews.Configuration;
using StaticNews.Site.Views;

namespace StaticNews.Site.Loading;

/// <summary>The configuration as the renderer uses it: base URL absolute with a trailing slash, base path "/" or "/repo/".</summary>
public sealed record SiteSettings(string Title, string Description, string Language, string BaseUrl, string BasePath, int PageSize)
{
    /// <summary>Author bios and links, by name.</summary>
    public IReadOnlyDictionary<string, AuthorProfile> Authors { get; init; } = new Dictionary<string, AuthorProfile>();

    /// <summary>The slug of the article the front page leads with (<c>lead:</c>), or null for the newest.</summary>
    public string? Lead { get; init; }

    /// <summary>The sections the navigation lists first, in this order (<c>sections:</c>).</summary>
    public IReadOnlyList<string> Sections { get; init; } = [];

    /// <summary>The WebSub hub the feeds name, or null.</summary>
    public string? WebSubHub { get; init; }

    /// <summary>The publisher's logo and its masthead, corrections and ethics pages, as absolute URLs (null where not given).</summary>
    public PublisherLinks Publisher { get; init; } = new(null, null, null, null);

    /// <summary>The build's clock (<see cref="BuildOptions.Now"/>).</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>staticnews.yml as a warning names it.</summary>
    public string ConfigFile { get; init; } = SiteConfig.FileName;

    /// <summary>Where each setting of staticnews.yml is written (<see cref="SiteConfig.Positions"/>).</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> SettingPositions { get; init; } = new Dictionary<string, (int, int)>();

    /// <summary>Where a warning about the setting <paramref name="key"/> points: <c>path(line,column)</c>, or the file alone when it does not set it.</summary>
    public string PlaceOf(string key) => SettingPositions.TryGetValue(key, out var at) ? $"{ConfigFile}({at.Line},{at.Column})" : ConfigFile;

    public static SiteSettings From(SiteConfig config, string? baseUrlOverride)
    {
        var baseUrl = EnsureTrailingSlash(string.IsNullOrWhiteSpace(baseUrlOverride) ? config.BaseUrl : baseUrlOverride.Trim());
        var basePath = string.IsNullOrWhiteSpace(baseUrlOverride) ? config.BasePath : new Uri(baseUrl).AbsolutePath;
        return new SiteSettings(config.Title, config.Description, config.Language, baseUrl, NormalizeBasePath(basePath), config.PageSize)
        {
            Authors = config.Authors,
            SettingPositions = config.Positions,
            WebSubHub = config.WebSubHub,
            Sections = config.Sections.Select(s => s.Value).ToList(),
            Lead = config.Lead is { Value: { Length: > 0 } lead } ? lead.Trim() : null,
            Publisher = new PublisherLinks(Absolute(config.Logo), Absolute(config.Masthead), Absolute(config.CorrectionsPolicy), Absolute(config.EthicsPolicy)),
        };

        // A path of the site is under the base URL, with or without its leading slash.
        string? Absolute(string? link) => link is null || link.Contains(':') ? link : baseUrl + link.TrimStart('/');
    }

    /// <summary>"repo", "/repo", "/repo/" all become "/repo/"; empty becomes "/".</summary>
    public static string NormalizeBasePath(string basePath)
    {
        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    private static string EnsureTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
