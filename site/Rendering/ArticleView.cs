using System.Globalization;
using StaticNews.Content;

namespace StaticNews.Site.Rendering;

/// <summary>What templates see of an article: its typed fields, plus URLs with the base path and display dates.</summary>
public sealed record ArticleView(
    string Slug,
    string Title,
    string Standfirst,
    string? EditorsNote,
    IReadOnlyList<string> Paragraphs,
    string Url,
    string AbsoluteUrl,
    string? PublishedIso,
    string? PublishedDisplay,
    int WordCount,
    int ReadingMinutes,
    string Excerpt,
    string SourcePath)
{
    public static ArticleView From(Article article, string basePath, string baseUrl) => new(
        article.Slug,
        article.Title,
        article.Standfirst,
        article.EditorsNote,
        article.Paragraphs,
        basePath + article.Url,
        baseUrl + article.Url,
        article.Published?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        article.Published?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        article.WordCount,
        (int)Math.Ceiling(article.ReadingTime.TotalMinutes),
        article.Excerpt,
        article.SourcePath);
}
