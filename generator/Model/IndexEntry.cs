using System;

namespace StaticNews.Generator.Model;

/// <summary>What the <c>Articles</c> index needs of one article.</summary>
public sealed record IndexEntry(
    string Slug,
    string ClassName,
    string Title,
    string Standfirst,
    DateTimeOffset? Published,
    EquatableArray<string> Tags,
    bool Draft,
    string SourcePath,
    LocationInfo TitleLocation);
