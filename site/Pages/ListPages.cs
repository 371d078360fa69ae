using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>A list of articles over as many pages as the page size needs: first/, first/page/2/, ...</summary>
public static class ListPages
{
    public static IEnumerable<PageJob> Plan(SiteContent content, string firstPage, string heading, string description,
        IReadOnlyList<ArticleView> items, string kind, params (string Name, object? Value)[] extra)
    {
        var site = content.Site;
        var pageSize = content.Settings.PageSize;
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        for (var number = 1; number <= count; number++)
        {
            var path = Pagination.PathOf(firstPage, number);
            var pagination = new Pagination(number, count,
                number > 1 ? site.BasePath + Pagination.PathOf(firstPage, number - 1) : null,
                number < count ? site.BasePath + Pagination.PathOf(firstPage, number + 1) : null);
            var title = number == 1 ? heading : $"{heading}, page {number} of {count}";
            var page = new PageInfo(title, description, site.BasePath + path, site.BaseUrl + path, kind);
            var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["heading"] = title,
                ["items"] = items.Skip((number - 1) * pageSize).Take(pageSize).ToList(),
                ["pagination"] = pagination,
                ["profile"] = null,
            };
            foreach (var (name, value) in extra)
            {
                variables[name] = value;
            }
            yield return new PageJob(path + "index.html", "list.sbn", page, variables);
        }
    }
}
