using System;

namespace StaticNews.Generator.Model;

/// <summary>
/// What <c>Articles.All</c>, <c>Tags</c> and the publishing decision need of one article: no title, standfirst or
/// class name (those are written with the article's part), so editing them leaves the index as it is.
/// </summary>
public sealed record IndexEntry(
    string Slug,
    ArticleReference Location,
    DateTimeOffset? Published,
    EquatableArray<string> Tags,
    bool Draft,
    string SourcePath,
    LocationInfo TitleLocation,
    DateTimeOffset? Expires = null);
