using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>One page per article, with links to the next newer and older article and NewsArticle JSON-LD.</summary>
public static class ArticlePages
{
    public static IEnumerable<PageJob> Plan(SiteContent content)
    {
        var articles = content.Articles;
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i] with
            {
                Newer = i > 0 ? articles[i - 1].Link : null,
                Older = i + 1 < articles.Count ? articles[i + 1].Link : null,
            };
            var page = new PageInfo(article.Title, article.Standfirst, article.Url, article.AbsoluteUrl, "article")
            {
                JsonLd = JsonLd.NewsArticle(content.Site, article),
                PublishedIso = article.PublishedIso,
            };
            yield return new PageJob($"articles/{article.Slug}/index.html", "article.sbn", page, PageJob.Vars(("article", article)));
        }
    }
}
