using StaticNews.Content;
using StaticNews.Site.Pages;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Views;

namespace StaticNews.Site.Search;

/// <summary>
/// One search record per article, from the typed content: the words the article itself says (headline, standfirst,
/// its authors' names, editor's note, body), not the interface's words around them ("By", "min read"), which are in the
/// page's language and would match every article alike; the tags' footer and the links around it are not searched.
/// </summary>
public static class SearchRecords
{
    /// <summary>
    /// Each article's entry, keyed by what its record is made of: the texts it takes from the view and its body's digest
    /// (<paramref name="bodies"/>, shared with the page fingerprints, so each body is hashed once a build).
    /// </summary>
    public static IReadOnlyList<SearchEntry> EntriesOf(SiteContent content, ArticleBodyDigests bodies) =>
        content.Articles.AsParallel().AsOrdered().Select(article => EntryOf(article, bodies)).ToList();

    private static SearchEntry EntryOf(ArticleView article, ArticleBodyDigests bodies)
    {
        var key = string.Join('\u0001', [article.Language, .. OwnTexts(article), Convert.ToHexString(bodies.Of(article.Document))]);
        return new SearchEntry("/" + article.Path.Value, key, () => Of(article));
    }

    /// <summary>The texts of a record other than its body: one list, so the entry's key and the record never disagree.</summary>
    private static IEnumerable<string?> OwnTexts(ArticleView article) =>
    [
        article.Title,
        article.Standfirst,
        article.Authors.Count > 0 ? string.Join(", ", article.Authors.Select(a => a.Name)) : null,
        article.EditorsNote,
    ];

    public static SearchRecord Of(ArticleView article)
    {
        var text = new SearchText();
        foreach (var own in OwnTexts(article))
        {
            text.Add(own);
        }
        var source = article.Document;
        var body = source.Format == ArticleFormat.Markdown ? MarkdownText.Blocks(source.GetMarkdown() ?? "") : source.GetParagraphs();
        foreach (var block in body)
        {
            text.Add(block);
        }
        return new SearchRecord("/" + article.Path.Value, article.Language, article.Title, text.ToString());
    }
}
