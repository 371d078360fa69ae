using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>One page per article, in its own language and direction, with NewsArticle JSON-LD.</summary>
public static class ArticlePages
{
    public static IEnumerable<PageJob> Plan(SiteContent content) => content.Articles.Select(article => new ArticlePageJob(article));
}

/// <summary>The article itself, at its URL (articles/&lt;slug&gt;/ by default).</summary>
public sealed record ArticlePageJob(ArticleView Article) : PageJob(Article.Path)
{
    public override string Template => "article.sbn";

    /// <remarks>The JSON-LD is made here, when the page is rendered (in parallel), so planning every page stays cheap.</remarks>
    public override PageInfo Describe(SiteView site) => Describe(site, Article.Title, Article.Standfirst, "article") with
    {
        JsonLd = JsonLd.NewsArticle(site, Article),
        PublishedIso = Article.PublishedIso,
        UpdatedIso = Article.UpdatedIso,
        ImageUrl = Article.ImageUrl,
        ImageWidth = Article.Picture?.Copies.LastOrDefault()?.Width,
        ImageHeight = Article.Picture?.Copies.LastOrDefault()?.Height,
        ImageAlt = Article.Picture is { Alt.Length: > 0 } picture ? picture.Alt : null,
        Language = Article.Language,
        Direction = Article.Direction,
        Alternates = Article.Editions,
    };

    public override IEnumerable<(string Name, object? Value)> Variables() => [("article", Article)];

    public override PageJob WithArticles(Func<ArticleView, ArticleView> current) => this with { Article = current(Article) };
}
