using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>A list of articles over as many pages as the page size needs: first/, first/page/2/, ...</summary>
public static class ListPages
{
    public static IReadOnlyList<ListPage> Paginate(SiteContent content, SitePath firstPage, string heading, IReadOnlyList<ArticleView> items)
    {
        var site = content.Site;
        var pageSize = content.Settings.PageSize;
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var pages = new List<ListPage>(count);
        for (var number = 1; number <= count; number++)
        {
            var pagination = new Pagination(number, count,
                number > 1 ? site.UrlOf(firstPage.PageOf(number - 1)) : null,
                number < count ? site.UrlOf(firstPage.PageOf(number + 1)) : null);
            var title = number == 1 ? heading : $"{heading}, page {number} of {count}";
            pages.Add(new ListPage(firstPage.PageOf(number), title, items.Skip((number - 1) * pageSize).Take(pageSize).ToList(), pagination));
        }
        return pages;
    }
}

/// <summary>One page of a paginated list: where it is, its heading (and title), its articles and its neighbours.</summary>
public sealed record ListPage(SitePath Path, string Heading, IReadOnlyList<ArticleView> Items, Pagination Pagination)
{
    public ListPage WithArticles(Func<ArticleView, ArticleView> current) => this with { Items = Items.Select(current).ToList() };
}

/// <summary>A page of list.sbn: one page of a list of articles, under a heading.</summary>
public abstract record ListPageJob(ListPage List, string Description) : PageJob(List.Path)
{
    public override string Template => "list.sbn";

    /// <summary>What <c>page.Kind</c> says of this list.</summary>
    protected abstract string Kind { get; }

    /// <summary>Shown above the list: an author's bio; null for none.</summary>
    protected virtual AuthorView? Profile => null;

    public override PageInfo Describe(SiteView site) => Describe(site, List.Heading, Description, Kind);

    public override IEnumerable<(string Name, object? Value)> Variables() =>
    [
        ("heading", List.Heading),
        ("items", List.Items),
        ("pagination", List.Pagination),
        ("profile", Profile),
    ];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this with { List = List.WithArticles(current) };
}

/// <summary>page/2/, page/3/, ...: the older stories after the front page.</summary>
public sealed record LatestPageJob(ListPage List, string Description) : ListPageJob(List, Description)
{
    protected override string Kind => "list";
}
