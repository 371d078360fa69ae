using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>One page per article, in its own language and direction, with NewsArticle JSON-LD.</summary>
public static class ArticlePages
{
    /// <remarks>The JSON-LD of 10,000 articles is most of the planning time, so the articles are planned in parallel, in order.</remarks>
    public static IEnumerable<PageJob> Plan(SiteContent content) =>
        content.Articles.AsParallel().AsOrdered().Select(article =>
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
            return new PageJob($"articles/{article.Slug}/index.html", "article.sbn", page, PageJob.Vars(("article", article)));
        });
}
