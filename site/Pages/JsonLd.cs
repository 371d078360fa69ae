using System.Text.Json;
using StaticNews.Site.Rendering;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// schema.org NewsArticle data for search engines. System.Text.Json's default encoder writes '&lt;', '&gt;'
/// and '&amp;' as \u escapes, so no title can close the script element it sits in.
/// </summary>
public static class JsonLd
{
    public static RawHtml NewsArticle(SiteView site, ArticleView article)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = article.Title,
            ["description"] = article.Standfirst,
            ["url"] = article.AbsoluteUrl,
            ["mainEntityOfPage"] = article.AbsoluteUrl,
            ["wordCount"] = article.WordCount,
            ["inLanguage"] = article.Language,
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = site.Title, ["url"] = site.BaseUrl },
        };
        if (article.PublishedIso is { } published)
        {
            data["datePublished"] = published;
            data["dateModified"] = article.UpdatedIso ?? published;
        }
        if (article.Authors.Count > 0)
        {
            data["author"] = article.Authors
                .Select(a => new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = a.Name, ["url"] = site.BaseUrl + a.Url[site.BasePath.Length..] })
                .ToList();
        }
        if (article.ImageUrl is { } image)
        {
            data["image"] = new[] { image };
        }
        if (article.Tags.Count > 0)
        {
            data["keywords"] = article.Tags.Select(t => t.Name).ToList();
        }
        if (article.Section is { } section)
        {
            data["articleSection"] = section;
        }
        return new RawHtml(JsonSerializer.Serialize(data));
    }
}
