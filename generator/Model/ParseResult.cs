namespace StaticNews.Generator.Model;

/// <summary>
/// What parsing one document gives: an article (or none, when it cannot be one) and its diagnostics; a document that
/// only redirects gives no article but its <see cref="Redirect"/>, and one in the documents folder's <c>pages/</c> its <see cref="Page"/>.
/// </summary>
public sealed record ParseResult(ArticleDocument? Article, EquatableArray<DiagnosticInfo> Diagnostics, RedirectDocument? Redirect = null,
    PageDocument? Page = null);
