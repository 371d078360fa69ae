using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>One page per article, in its own language and direction, with NewsArticle JSON-LD.</summary>
public static class ArticlePages
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        foreach (var article in content.Articles)
        {
            var page = new PageInfo(article.Title, article.Standfirst, article.Url, article.AbsoluteUrl, "article")
            {
                JsonLd = JsonLd.NewsArticle(content.Site, article),
                PublishedIso = article.PublishedIso,
                UpdatedIso = article.UpdatedIso,
                ImageUrl = article.ImageUrl,
                Language = article.Language,
                Direction = article.Direction,
            };
            yield return new PageJob($"articles/{article.Slug}/index.html", "article.sbn", page, PageJob.Vars(("article", article)));
        }
    }
}
