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
/// <param name="BodyResource">When the build embeds the document as this resource and the body is made of exact
/// slices of it: the resource name; the generated class then reads the body from it instead of a literal.</param>
/// <param name="BodyRanges">With <paramref name="BodyResource"/>: (start, length) character ranges of the body's lines.</param>
/// <param name="HeadingStarts">With <paramref name="BodyResource"/>: where <paramref name="Title"/>, <paramref name="Standfirst"/>
/// and <paramref name="EditorsNote"/> stand in the document before the body exactly as given, or -1.</param>
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
    LocationInfo TitleLocation,
    string? BodyResource = null,
    EquatableArray<int> BodyRanges = default,
    EquatableArray<int> HeadingStarts = default)
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
