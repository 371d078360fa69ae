using StaticNews.Content;
using StaticNews.Site.Pages;
using StaticNews.Site.Views;

namespace StaticNews.Site.Search;

/// <summary>
/// One search record per article, from the typed content: the words the article itself says (headline, standfirst,
/// its authors' names, editor's note, body), not the interface's words around them ("By", "min read"), which are in the
/// page's language and would match every article alike; the tags' footer and the links around it are not searched.
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
            .Add(article.Authors.Count > 0 ? string.Join(", ", article.Authors.Select(a => a.Name)) : null)
            .Add(article.EditorsNote);
        var source = article.Document;
        var body = source.Format == ArticleFormat.Markdown ? MarkdownText.Blocks(source.GetMarkdown() ?? "") : source.GetParagraphs();
        foreach (var block in body)
        {
            text.Add(block);
        }
        return new SearchRecord("/" + article.Path.Value, article.Language, article.Title, text.ToString());
    }
}
