using System.Linq;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// A document of the pages folder, parsed by the same parser as an article, becomes a page: its title, its
/// description (standfirst), its body and its own URL. A page needs no standfirst, so SN0002 is not reported for it.
/// </summary>
public static class PageDocuments
{
    public static ParseResult AsPage(ParseResult parsed)
    {
        if (parsed.Article is not { } article)
        {
            return parsed;
        }
        var metadata = article.Metadata;
        var page = new PageDocument(
            article.FilePath,
            article.SourcePath,
            article.Format,
            article.Title,
            article.Standfirst,
            article.Body,
            metadata.Slug ?? UrlNames.FromSourcePath(article.SourcePath) ?? article.ProposedSlug,
            article.ProposedClassName,
            metadata.Url ?? metadata.Path,
            metadata.Draft,
            metadata.Language,
            article.TitleLocation,
            metadata.UrlLocation);
        var diagnostics = parsed.Diagnostics.Where(d => d.Descriptor.Id != DiagnosticDescriptors.MissingStandfirst.Id).ToEquatableArray();
        return new ParseResult(null, diagnostics, Page: page);
    }
}
