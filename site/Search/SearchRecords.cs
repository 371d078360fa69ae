using StaticNews.Content;
using StaticNews.Site.Pages;
using StaticNews.Site.Views;

namespace StaticNews.Site.Search;

/// <summary>
/// One search record per article, from the typed content: the words its page shows inside the article (the tags'
/// footer and the links around it are not searched, as <c>data-pagefind-ignore</c> said of the page).
/// </summary>
public static class SearchRecords
{
    public static IReadOnlyList<SearchRecord> Of(SiteContent content) =>
        content.Articles.AsParallel().AsOrdered().Select(Of).ToList();

    public static SearchRecord Of(ArticleView article)
    {
        var text = new SearchText()
            .Add(article.Title)
            .Add(article.Standfirst)
            .Add(article.Authors.Count > 0 ? "By " + Byline(article.Authors) : null)
            .Add(article.PublishedDisplay is { } published ? $"{published} · {article.ReadingMinutes} min read" : $"{article.ReadingMinutes} min read")
            .Add(article.UpdatedDisplay is { } updated ? "Updated " + updated : null)
            .Add(article.EditorsNote is { } note ? "Editor’s note: " + note : null);
        var source = article.Document;
        var body = source.Format == ArticleFormat.Markdown ? MarkdownText.Blocks(source.GetMarkdown() ?? "") : source.GetParagraphs();
        foreach (var block in body)
        {
            text.Add(block);
        }
        return new SearchRecord("/" + article.Path.Value, article.Language, article.Title, text.ToString());
    }

    private static string Byline(IReadOnlyList<TermLink> authors) => authors.Count switch
    {
        1 => authors[0].Name,
        _ => string.Join(", ", authors.Take(authors.Count - 1).Select(a => a.Name)) + " and " + authors[^1].Name,
    };
}
