using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>tags/ (every tag, with its count) and one paginated page per tag.</summary>
public static class TagPages
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var site = content.Site;
        var index = new PageInfo("Tags", "Every tag of " + site.Title, site.BasePath + "tags/", site.BaseUrl + "tags/", "terms");
        yield return new PageJob("tags/index.html", "terms.sbn", index, PageJob.Vars(("heading", "Tags"), ("terms", content.Tags)));

        foreach (var tag in content.Tags)
        {
            var articles = content.ArticlesByTag[tag.Url];
            foreach (var page in ListPages.Plan(content, tag.Url[site.BasePath.Length..], tag.Name, $"Articles tagged {tag.Name}", articles, "tag"))
            {
                yield return page;
            }
        }
    }
}
