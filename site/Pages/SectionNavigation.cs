using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>The order the navigation lists the sections in: those staticnews.yml names, as it names them; then the rest, largest first.</summary>
public static class SectionNavigation
{
    public static IReadOnlyList<TermLink> Order(Taxonomy sections, IReadOnlyList<string> configured)
    {
        var named = configured.Select(sections.Find).OfType<Term>().Distinct().ToList();
        var rest = sections.Terms.Except(named)
            .OrderByDescending(term => term.Articles.Count)
            .ThenBy(term => term.Name, StringComparer.Ordinal);
        return named.Concat(rest).Select(term => term.Link).ToList();
    }
}
