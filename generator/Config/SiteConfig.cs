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
}
