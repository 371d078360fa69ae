using System;

namespace StaticNews.Generator.Model;

/// <summary>
/// What <c>Articles.All</c>, <c>Tags</c> and the publishing decision need of one article. No title or standfirst: the
/// typed property with their doc comment is written with the article's part, so editing them leaves the index as it is.
/// </summary>
public sealed record IndexEntry(
    string Slug,
    string ClassName,
    DateTimeOffset? Published,
    EquatableArray<string> Tags,
    bool Draft,
    string SourcePath,
    LocationInfo TitleLocation);
