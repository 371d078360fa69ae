using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>The front page (lead story, then the latest) and the numbered pages of older stories after it.</summary>
public static class FrontPages
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var site = content.Site;
        var pageSize = content.Settings.PageSize;
        var articles = content.Articles;
        var count = Math.Max(1, (articles.Count + pageSize - 1) / pageSize);

        for (var number = 1; number <= count; number++)
        {
            var path = Pagination.PathOf("", number);
            var pagination = new Pagination(number, count,
                number > 1 ? site.BasePath + Pagination.PathOf("", number - 1) : null,
                number < count ? site.BasePath + Pagination.PathOf("", number + 1) : null);
            var items = articles.Skip((number - 1) * pageSize).Take(pageSize).ToList();

            if (number == 1)
            {
                var page = new PageInfo(site.Title, site.Description, site.BasePath, site.BaseUrl, "home");
                yield return new PageJob("index.html", "index.sbn", page, PageJob.Vars(
                    ("articles", articles),
                    ("lead", items.FirstOrDefault()),
                    ("latest", items.Skip(1).ToList()),
                    ("pagination", pagination)));
            }
            else
            {
                var title = $"Latest news, page {number} of {count}";
                var page = new PageInfo(title, site.Description, site.BasePath + path, site.BaseUrl + path, "list");
                yield return new PageJob(path + "index.html", "list.sbn", page, PageJob.Vars(
                    ("heading", title),
                    ("items", items),
                    ("pagination", pagination)));
            }
        }
    }
}
