namespace StaticNews.Generator.Model;

/// <summary>
/// A document of the documents folder's <c>pages/</c> (About, Contact, policies): parsed as an article is, but no article:
/// in no list, feed or sitemap of news, only its own page at <c>/&lt;slug&gt;/</c> (or its <c>url:</c>).
/// </summary>
/// <param name="Body">Plain text: the paragraphs, one per line. Markdown: the body's source.</param>
/// <param name="ProposedSlug">Its <c>slug:</c>, else its file's name.</param>
/// <param name="ProposedName">Its property's name in <c>Pages</c>, from its title.</param>
/// <param name="OwnPath">Its <c>url:</c> as a site path.</param>
/// <param name="UrlLocation">Where its <c>url:</c> or <c>slug:</c> is written (<see cref="ArticleMetadata.UrlLocation"/>).</param>
public sealed record PageDocument(string FilePath, string SourcePath, DocumentFormat Format, string Title, string Description, string Body,
    string ProposedSlug, string ProposedName, string? OwnPath, bool Draft, string? Language, LocationInfo TitleLocation, LocationInfo? UrlLocation = null);
