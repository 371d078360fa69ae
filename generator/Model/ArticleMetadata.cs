using System;

namespace StaticNews.Generator.Model;

/// <summary>
/// What a document's front matter says about it; every field is optional. <see cref="ImageAlt"/>,
/// <see cref="ImageCaption"/> and <see cref="ImageCredit"/> describe the lead <see cref="Image"/>, which stands at
/// <see cref="ImageLocation"/> (the site reports a missing file there).
/// </summary>
/// <param name="Url">The article's own path within the site (<c>url:</c>, Jekyll's <c>permalink:</c>), made relative to the root.</param>
/// <param name="Path">Zola's <c>path</c>, as <paramref name="Url"/>.</param>
/// <param name="Aliases">Old URLs that are to lead here (<c>aliases:</c>, Jekyll's <c>redirect_from:</c>).</param>
/// <param name="Type">What kind of article it is (<c>type:</c>): news, opinion, analysis or review.</param>
/// <param name="Corrections">The dated corrections (<c>corrections:</c>), as written.</param>
/// <param name="TranslationOf">The slug of the article this one is an edition of (<c>translation_of:</c>), with where it is written.</param>
/// <param name="RedirectTo">Where the document sends its reader instead (<c>redirect_to:</c>, <c>redirect:</c>): an http(s) URL or a site path.</param>
/// <param name="UrlLocation">Where what gives the document its own URL is written: its <c>url:</c> (or <c>path:</c>), else its <c>slug:</c>; null when the permalink pattern makes it from the title or the file's name (the site reports a URL it cannot have there).</param>
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
    EquatableArray<SitePathReference> Aliases = default,
    string? RedirectTo = null,
    LocationInfo? RedirectLocation = null,
    string? ImageAlt = null,
    string? ImageCaption = null,
    string? ImageCredit = null,
    LocationInfo? ImageLocation = null,
    ArticleType Type = ArticleType.News,
    EquatableArray<Correction> Corrections = default,
    SlugReference? TranslationOf = null,
    LocationInfo? UrlLocation = null)
{
    public static readonly ArticleMetadata None = new(null, null, null, null,
        EquatableArray<string>.Empty, EquatableArray<string>.Empty, null, null, false, null, null,
        EquatableArray<SlugReference>.Empty, EquatableArray<CustomField>.Empty, Aliases: EquatableArray<SitePathReference>.Empty,
        Corrections: EquatableArray<Correction>.Empty);
}
