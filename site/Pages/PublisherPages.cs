using StaticNews.Site.Loading;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// staticnews.yml's masthead, corrections_policy and ethics_policy may name a document of pages/ by its path in the
/// documents folder ("pages/about.md"): that page's URL is the link. One that names no page is left out, with a warning.
/// </summary>
public static class PublisherPages
{
    public static PublisherLinks Resolve(SiteSettings settings, IReadOnlyList<PageView> pages, ICollection<string> warnings)
    {
        var (links, baseUrl) = (settings.Publisher, settings.BaseUrl);
        return links with
        {
            Masthead = Find(links.Masthead, "masthead"),
            CorrectionsPolicy = Find(links.CorrectionsPolicy, "corrections_policy"),
            EthicsPolicy = Find(links.EthicsPolicy, "ethics_policy"),
        };

        string? Find(string? link, string key)
        {
            if (link is null || !link.StartsWith(baseUrl, StringComparison.Ordinal)
                || !(link.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || link.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)))
            {
                return link;
            }
            var document = link[baseUrl.Length..];
            var page = pages.FirstOrDefault(p => p.SourcePath == document || p.SourcePath.EndsWith("/" + document, StringComparison.Ordinal));
            if (page is null)
            {
                warnings.Add($"{settings.PlaceOf(key)}: warning SNS0027: {key}: '{document}' names no page of the documents folder's pages/, so the footer and the publisher's JSON-LD leave it out; write the path of a page there (pages/about.md) or a URL");
                return null;
            }
            return page.AbsoluteUrl;
        }
    }
}
