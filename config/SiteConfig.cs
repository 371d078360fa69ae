using System.Collections.Generic;

namespace StaticNews.Configuration;

/// <summary>The site's settings from staticnews.yml, each at its default until the file sets it.</summary>
public sealed class SiteConfig
{
    public const string FileName = "staticnews.yml";

    public string Title { get; set; } = "StaticNews";
    public string Description { get; set; } = "";
    public string Language { get; set; } = "en";
    public ConfigText TimeZone { get; set; } = new("UTC", 0, 0);
    public string BaseUrl { get; set; } = "http://localhost:5000/";
    public string BasePath { get; set; } = "/";
    public int PageSize { get; set; } = 20;

    /// <summary>The documents folder, relative to staticnews.yml; null when the file does not say (each build has its
    /// own default).</summary>
    public ConfigText? Documents { get; set; }

    /// <summary>
    /// Where articles without a <c>url:</c> of their own are published, as a pattern of tokens (<c>/:year/:month/:slug/</c>;
    /// :year, :month, :day, :slug, :section); null for the default, <c>/articles/:slug/</c>. The generator checks it.
    /// </summary>
    public ConfigText? Permalink { get; set; }

    /// <summary>Regular expressions for lines removed from article bodies, each where it is written.</summary>
    public List<ConfigText> Boilerplate { get; set; } = new();

    /// <summary>Patterns of files in the documents folder that are not articles (see <see cref="DocumentSelection"/>).</summary>
    public List<ConfigText> Exclude { get; set; } = new();

    /// <summary>
    /// More front-matter keys for StaticNews's own ones (<c>front_matter: { standfirst: [teaser, dek] }</c>): each
    /// StaticNews key as written, with the document keys that mean it.
    /// </summary>
    public Dictionary<ConfigText, List<ConfigText>> FrontMatter { get; set; } = new();

    /// <summary>What the site says about its authors, by the name used in documents' <c>authors:</c>.</summary>
    public Dictionary<string, AuthorProfile> Authors { get; set; } = new();
}

/// <summary>An author's profile for the author page: a short bio and a link (both optional).</summary>
public sealed class AuthorProfile
{
    public string Bio { get; set; } = "";
    public string? Url { get; set; }
}
