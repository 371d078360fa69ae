using System;

namespace StaticNews.Generator.Model;

/// <summary>
/// One document parsed into an article: everything the emitter needs, as plain equatable values.
/// <see cref="ProposedSlug"/> and <see cref="ProposedClassName"/> come from this document alone; the
/// final, unique names are assigned once all documents are known (<see cref="ArticleNames"/>).
/// </summary>
public sealed record ArticleDocument(
    string FilePath,
    string SourcePath,
    string Title,
    string Standfirst,
    string? EditorsNote,
    EquatableArray<string> Paragraphs,
    DateTimeOffset? Published,
    int WordCount,
    string ProposedSlug,
    string ProposedClassName,
    LocationInfo TitleLocation);
