using StaticNews.Site.Loading;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// An article's old URLs (<c>aliases:</c>, <c>redirect_from:</c>, a document that only redirects to it), and the URLs
/// of documents that only redirect to another site (<see cref="SiteContent.Redirects"/>): a small page at each that
/// sends the reader, and a search engine, on. Planned after the sitemap, so they are listed nowhere; one whose URL takes
/// the place of a page or file of the site (<see cref="SitePlaces"/>) is left out with a warning (SNS0015), so a redirect
/// never replaces a page.
/// </summary>
public static class RedirectPages
{
    /// <param name="pages">Every other page of the site.</param>
    /// <param name="warnings">Where an old URL that is left out is reported.</param>
    /// <param name="locate">Where in its document such a warning points.</param>
    public static IEnumerable<PageJob> Plan(SiteContent content, IReadOnlyList<PageJob> pages, ICollection<string> warnings, DocumentLocator locate)
    {
        var redirects = new List<PageJob>();
        if (content.Redirects.Count == 0 && content.Articles.All(article => article.Document.Aliases.Count == 0))
        {
            return redirects;
        }
        var places = new SitePlaces(content.Site, pages);
        foreach (var article in content.Articles)
        {
            foreach (var alias in article.Document.Aliases)
            {
                var path = new SitePath(alias);
                if (places.TryTake(path) is { } taken)
                {
                    warnings.Add($"{locate.OldUrl(article.SourcePath, alias)}: warning SNS0015: the old URL '/{alias}' is a page or file of the site ({taken}), so no redirect page is made for it; remove it from aliases: (redirect_from:)");
                    continue;
                }
                redirects.Add(new RedirectPageJob(path, new RedirectView(article.Title, article.AbsoluteUrl)));
            }
        }
        foreach (var redirect in content.Redirects)
        {
            var path = new SitePath(redirect.Path);
            if (places.TryTake(path) is { } taken)
            {
                warnings.Add($"{locate.OwnUrl(redirect.SourcePath)}: warning SNS0015: the document's URL '/{redirect.Path}' is a page or file of the site ({taken}), so no redirect page to {redirect.Target} is made there; give the document another url:");
                continue;
            }
            redirects.Add(new RedirectPageJob(path, new RedirectView(redirect.Title ?? redirect.Target, redirect.Target)));
        }
        return redirects;
    }
}

/// <summary>A page that only redirects: to <see cref="RedirectView.Target"/> (absolute), at once, and says so to search engines.</summary>
public sealed record RedirectPageJob(SitePath From, RedirectView Redirect) : PageJob(From)
{
    public override string Template => "redirect.sbn";

    /// <summary>The page is its template alone: no navigation, no search body, nothing to list.</summary>
    public override bool UseLayout => false;

    public override PageInfo Describe(SiteView site) => Describe(site, Redirect.Title, "", "redirect");

    public override IEnumerable<(string Name, object? Value)> Variables() => [("redirect", Redirect)];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this;
}

/// <summary>What a redirect page shows: the title of what it leads to (another site's URL when it has none), and its absolute URL.</summary>
public sealed record RedirectView(string Title, string Target);
