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

    /// <summary>
    /// The publisher's logo and the pages that say who the newsroom is and how it works: each an http(s) URL or a path
    /// of the site (<c>about/</c>); null when not given. They reach schema.org's NewsMediaOrganization and the footer.
    /// </summary>
    public string? Logo { get; set; }
    public string? Masthead { get; set; }
    public string? CorrectionsPolicy { get; set; }
    public string? EthicsPolicy { get; set; }

    /// <summary>A WebSub hub the feeds name (<c>websub_hub:</c>), so readers subscribed through it hear of new articles at once; null for none.</summary>
    public string? WebSubHub { get; set; }

    /// <summary>Where each setting's value is written (line and column, from 1), for a warning about it found after loading (the site's SNS0027).</summary>
    public Dictionary<string, (int Line, int Column)> Positions { get; } = new();

    /// <summary>The documents folder, relative to staticnews.yml; null when the file does not say (each build has its
    /// own default).</summary>
    public ConfigText? Documents { get; set; }

    /// <summary>The slug of the article the front page leads with, whatever its date (<c>lead:</c>), where it is written; null for the newest.</summary>
    public ConfigText? Lead { get; set; }

    /// <summary>The sections in the order the navigation lists them (<c>sections:</c>); sections not named follow, largest first.</summary>
    public List<ConfigText> Sections { get; set; } = new();

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
