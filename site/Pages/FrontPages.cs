using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>The front page (the lead story, then the latest) and the numbered pages of older stories after it.</summary>
public static class FrontPages
{
    public const int TagCount = 12;

    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var description = content.Site.Description;
        // The lead first, then the others newest first: a lead older than the first page moves up to it. The lead is one
        // of these views, passed over by reference: the record's own equality compares fields, for each of 10,000.
        var lead = content.Lead;
        var ordered = lead is null ? content.Articles : [lead, .. content.Articles.Where(a => !ReferenceEquals(a, lead))];
        var pages = ListPages.Paginate(content, SitePath.Root, "Latest news", ordered);
        // Page 1 is the front page: the same articles, laid out with a lead story.
        yield return new FrontPageJob(pages[0], content.Articles, content.Tags.Terms.Take(TagCount).Select(t => t.Link).ToList());
        foreach (var page in pages.Skip(1))
        {
            yield return new LatestPageJob(page, description);
        }
    }
}

/// <summary>index.html: the first page of the latest stories, its first one the lead; and the first tags.</summary>
public sealed record FrontPageJob(ListPage Latest, IReadOnlyList<ArticleView> Articles, IReadOnlyList<TermLink> Tags) : PageJob(Latest.Path)
{
    public override string Template => "index.sbn";

    public override PageInfo Describe(SiteView site) => Describe(site, site.Title, site.Description, "home");

    public override IEnumerable<(string Name, object? Value)> Variables() =>
    [
        ("articles", Articles),
        ("lead", Latest.Items.FirstOrDefault()),
        ("latest", Latest.Items.Skip(1).ToList()),
        ("pagination", Latest.Pagination),
        ("tags", Tags),
    ];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) =>
        this with { Latest = Latest.WithArticles(current), Articles = Articles.Select(current).ToList() };
}
