using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>The front page (lead story, then the latest) and the numbered pages of older stories after it.</summary>
public static class FrontPages
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var site = content.Site;
        var pages = ListPages.Plan(content, "", "Latest news", site.Description, content.Articles, "list").ToList();

        // Page 1 is the front page: the same articles, laid out with a lead story.
        var first = pages[0];
        var items = (List<ArticleView>)first.Variables["items"]!;
        var home = new PageInfo(site.Title, site.Description, site.BasePath, site.BaseUrl, "home");
        yield return new PageJob("index.html", "index.sbn", home, PageJob.Vars(
            ("articles", content.Articles),
            ("lead", items.FirstOrDefault()),
            ("latest", items.Skip(1).ToList()),
            ("pagination", first.Variables["pagination"]),
            ("tags", content.Tags.Take(12).ToList())));

        foreach (var page in pages.Skip(1))
        {
            yield return page;
        }
    }
}
