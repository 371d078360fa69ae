using System.Globalization;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>archive/ (every month, newest first) and one paginated page per month; undated articles have their own page.</summary>
public static class ArchivePages
{
    public static readonly SitePath Folder = new("archive/");

    public static readonly SitePath UndatedPath = Folder.Under("undated/");

    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var site = content.Site;
        var months = content.Articles
            .Where(a => a.Published is not null)
            .GroupBy(a => (a.Published!.Value.Year, a.Published!.Value.Month))
            .OrderByDescending(g => g.Key.Year).ThenByDescending(g => g.Key.Month)
            .Select(g => (Path: Folder.Under($"{g.Key.Year:0000}/{g.Key.Month:00}/"), Name: MonthName(g.Key.Year, g.Key.Month), Articles: g.ToList()))
            .ToList();
        var undated = content.Articles.Where(a => a.Published is null).ToList();

        var terms = months.Select(m => TermLink.To(site, m.Name, m.Path, m.Articles.Count)).ToList();
        if (undated.Count > 0)
        {
            terms.Add(TermLink.To(site, "Undated", UndatedPath, undated.Count));
        }
        yield return new TermIndexPageJob(Folder, "Archive", "Every article of " + site.Title + " by month", terms);

        foreach (var month in months)
        {
            foreach (var page in ListPages.Paginate(content, month.Path, month.Name, month.Articles))
            {
                yield return new ArchivePageJob(page, $"Articles from {month.Name}");
            }
        }
        if (undated.Count > 0)
        {
            foreach (var page in ListPages.Paginate(content, UndatedPath, "Undated articles", undated))
            {
                yield return new ArchivePageJob(page, "Articles without a date");
            }
        }
    }

    private static string MonthName(int year, int month) =>
        new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>One page of a month's articles, or of the undated ones: archive/2026/01/, archive/undated/page/2/, ...</summary>
public sealed record ArchivePageJob(ListPage List, string Description) : ListPageJob(List, Description)
{
    protected override string Kind => "archive";
}
