using System.Collections.Generic;

namespace StaticNews.Configuration;

/// <summary>
/// The site's settings from staticnews.yml. This file is compiled into both the generator and the host
/// (linked source), so both read the configuration the same way.
/// </summary>
public sealed class SiteConfig
{
    public const string FileName = "staticnews.yml";

    public string Title { get; set; } = "StaticNews";
    public string Description { get; set; } = "";
    public string Language { get; set; } = "en";
    public string TimeZone { get; set; } = "UTC";
    public string BaseUrl { get; set; } = "http://localhost:5000/";
    public string BasePath { get; set; } = "/";
    public int PageSize { get; set; } = 20;
    public string Documents { get; set; } = "seeds";
    public List<string> Boilerplate { get; set; } = new();

    /// <summary>What the site says about its authors, by the name used in documents' <c>authors:</c>.</summary>
    public Dictionary<string, AuthorProfile> Authors { get; set; } = new();
}

/// <summary>An author's profile for the author page: a short bio and a link (both optional).</summary>
public sealed class AuthorProfile
{
    public string Bio { get; set; } = "";
    public string? Url { get; set; }
}
