using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// sections/ (every section), a paginated front per section, and each section's own Atom feed; a site whose articles
/// name no section has none of these.
/// </summary>
public static class SectionPages
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        if (content.Sections.Terms.Count == 0)
        {
            yield break;
        }
        foreach (var job in TermPages.Plan(content, content.Sections))
        {
            yield return job;
        }
        foreach (var section in content.Sections.Terms)
        {
            var feed = FeedPages.FeedOf(content, content.ArticlesOf(section), $"{section.Name} · {content.Site.Title}", section.Path);
            yield return new FeedJob(section.Path.Under("feed.xml"), feed);
        }
    }
}
