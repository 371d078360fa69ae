using System;

namespace StaticNews.Generator.Model;

/// <summary>What a document's front matter says about it; every field is optional.</summary>
public sealed record ArticleMetadata(
    string? Title,
    string? Standfirst,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    EquatableArray<string> Authors,
    EquatableArray<string> Tags,
    string? Section,
    string? Slug,
    bool Draft,
    string? Image,
    string? Language,
    EquatableArray<SlugReference> Related,
    EquatableArray<CustomField> CustomFields,
    LocationInfo? TitleLocation = null)
{
    public static readonly ArticleMetadata None = new(null, null, null, null,
        EquatableArray<string>.Empty, EquatableArray<string>.Empty, null, null, false, null, null,
        EquatableArray<SlugReference>.Empty, EquatableArray<CustomField>.Empty);
}
