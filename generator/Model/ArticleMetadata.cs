using System;

namespace StaticNews.Generator.Model;

/// <summary>
/// What a document's front matter says about it; every field is optional. <see cref="Url"/>, <see cref="Path"/> and
/// <see cref="Aliases"/> (Jekyll's url and redirect_from, Zola's path, Hugo's aliases) are read and kept; URLs are
/// still made from slugs. <see cref="ImageAlt"/>, <see cref="ImageCaption"/> and <see cref="ImageCredit"/> describe the
/// lead <see cref="Image"/>, which stands at <see cref="ImageLocation"/> (the site reports a missing file there).
/// </summary>
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
    LocationInfo? TitleLocation = null,
    DateTimeOffset? Expires = null,
    string? Url = null,
    string? Path = null,
    EquatableArray<string> Aliases = default,
    string? ImageAlt = null,
    string? ImageCaption = null,
    string? ImageCredit = null,
    LocationInfo? ImageLocation = null)
{
    public static readonly ArticleMetadata None = new(null, null, null, null,
        EquatableArray<string>.Empty, EquatableArray<string>.Empty, null, null, false, null, null,
        EquatableArray<SlugReference>.Empty, EquatableArray<CustomField>.Empty);
}
