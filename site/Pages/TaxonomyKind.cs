using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// What one taxonomy's pages say and where they live; everything else about tags, authors and sections is the same
/// (<see cref="Taxonomy"/>, <see cref="TermPages"/>).
/// </summary>
/// <param name="Folder">Where the index and the terms' pages live: "tags/".</param>
/// <param name="Heading">The index page's heading and title: "Tags".</param>
/// <param name="PageKind">What a term's page tells templates it is (<c>page.Kind</c>): "tag".</param>
/// <param name="IndexDescription">The index page's description, from the site's title.</param>
/// <param name="TermDescription">A term's page description, from the term's name.</param>
public sealed record TaxonomyKind(SitePath Folder, string Heading, string PageKind,
    Func<string, string> IndexDescription, Func<string, string> TermDescription)
{
    public static readonly TaxonomyKind Tags = new(new SitePath("tags/"), "Tags", "tag",
        siteTitle => "Every tag of " + siteTitle, name => $"Articles tagged {name}");

    public static readonly TaxonomyKind Authors = new(new SitePath("authors/"), "Authors", "author",
        siteTitle => "The authors of " + siteTitle, name => $"Articles by {name}");

    public static readonly TaxonomyKind Sections = new(new SitePath("sections/"), "Sections", "section",
        siteTitle => "The sections of " + siteTitle, name => $"The latest in {name}");
}
