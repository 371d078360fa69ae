using System.Globalization;
using System.Text;
using StaticNews.Content;
using StaticNews.Site.Rendering;

namespace StaticNews.Site.Views;

/// <summary>What templates see of an article: its typed fields, URLs with the base path, display dates, body HTML.</summary>
public sealed record ArticleView(
    string Slug,
    string Title,
    string Standfirst,
    string? EditorsNote,
    IReadOnlyList<string> Paragraphs,
    RawHtml BodyHtml,
    string Url,
    string AbsoluteUrl,
    DateTimeOffset? Published,
    string? PublishedIso,
    string? PublishedDisplay,
    int WordCount,
    int ReadingMinutes,
    string Excerpt,
    string SourcePath)
{
    /// <summary>The next newer article, for "previous/next" links; set once all views exist.</summary>
    public ArticleLink? Newer { get; init; }

    /// <summary>The next older article.</summary>
    public ArticleLink? Older { get; init; }

    public ArticleLink Link => new(Title, Url);

    public static ArticleView From(Article article, string basePath, string baseUrl) => new(
        article.Slug,
        article.Title,
        article.Standfirst,
        article.EditorsNote,
        article.Paragraphs,
        new RawHtml(ParagraphsToHtml(article.Paragraphs)),
        basePath + article.Url,
        baseUrl + article.Url,
        article.Published,
        article.Published is { } published ? Dates.Iso(published) : null,
        article.Published?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        article.WordCount,
        (int)Math.Ceiling(article.ReadingTime.TotalMinutes),
        article.Excerpt,
        article.SourcePath);

    private static string ParagraphsToHtml(IReadOnlyList<string> paragraphs)
    {
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(HtmlText.Escape(paragraph)).Append("</p>\n");
        }
        return html.ToString();
    }
}

/// <summary>A link to an article: its headline and URL.</summary>
public sealed record ArticleLink(string Title, string Url);
