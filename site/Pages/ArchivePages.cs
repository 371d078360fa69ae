using System.Globalization;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>archive/ (every month, newest first) and one paginated page per month; undated articles have their own page.</summary>
public static class ArchivePages
{
    public const string UndatedPath = "archive/undated/";

    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var site = content.Site;
        var months = content.Articles
            .Where(a => a.Published is not null)
            .GroupBy(a => (a.Published!.Value.Year, a.Published!.Value.Month))
            .OrderByDescending(g => g.Key.Year).ThenByDescending(g => g.Key.Month)
            .Select(g => (Path: $"archive/{g.Key.Year:0000}/{g.Key.Month:00}/", Name: MonthName(g.Key.Year, g.Key.Month), Articles: g.ToList()))
            .ToList();
        var undated = content.Articles.Where(a => a.Published is null).ToList();

        var terms = months.Select(m => new TermLink(m.Name, site.BasePath + m.Path, m.Articles.Count)).ToList();
        if (undated.Count > 0)
        {
            terms.Add(new TermLink("Undated", site.BasePath + UndatedPath, undated.Count));
        }
        var index = new PageInfo("Archive", "Every article of " + site.Title + " by month", site.BasePath + "archive/", site.BaseUrl + "archive/", "terms");
        yield return new PageJob("archive/index.html", "terms.sbn", index, PageJob.Vars(("heading", "Archive"), ("terms", terms)));

        foreach (var month in months)
        {
            foreach (var page in ListPages.Plan(content, month.Path, month.Name, $"Articles from {month.Name}", month.Articles, "archive"))
            {
                yield return page;
            }
        }
        if (undated.Count > 0)
        {
            foreach (var page in ListPages.Plan(content, UndatedPath, "Undated articles", "Articles without a date", undated, "archive"))
            {
                yield return page;
            }
        }
    }

    private static string MonthName(int year, int month) =>
        new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
