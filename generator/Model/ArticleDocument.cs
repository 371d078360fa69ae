using System;
using System.Collections.Generic;
using System.Linq;

namespace StaticNews.Generator.Model;

/// <summary>
/// One document parsed into an article: everything the emitter needs, as plain equatable values.
/// <see cref="ProposedSlug"/> and <see cref="ProposedClassName"/> come from this document alone; the
/// final, unique names are assigned once all documents are known (<see cref="ArticleNames"/>).
/// </summary>
/// <param name="Body">Plain text: the paragraphs, one per line. Markdown: the body's source.</param>
public sealed record ArticleDocument(
    string FilePath,
    string SourcePath,
    DocumentFormat Format,
    string Title,
    string Standfirst,
    string? EditorsNote,
    string Body,
    ArticleMetadata Metadata,
    int WordCount,
    string ProposedSlug,
    string ProposedClassName,
    LocationInfo TitleLocation)
{
    /// <summary>The body's paragraphs (for Markdown, its blocks), as the generated <c>Article.Paragraphs</c> gives them.</summary>
    public IReadOnlyList<string> Paragraphs =>
        Body.Length == 0 ? new string[0]
        : Format == DocumentFormat.PlainText ? Body.Split('\n')
        : Body.Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries).Select(b => b.Trim('\n', ' ')).Where(b => b.Length > 0).ToArray();
}

public enum DocumentFormat
{
    PlainText,
    Markdown,
}
