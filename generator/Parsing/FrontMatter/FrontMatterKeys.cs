using System;
using System.Collections.Generic;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>
/// The front-matter keys StaticNews understands, with the names Hugo, Jekyll, Zola and Ghost exports give them, matched
/// without regard to case ("Title", "TITLE"). A key with no meaning here is a custom field.
/// </summary>
public static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Standfirst = "standfirst";
    public const string Section = "section";
    public const string Published = "date";
    public const string Updated = "updated";
    public const string Expires = "expires";
    public const string Authors = "authors";
    public const string Tags = "tags";
    public const string Categories = "categories";
    public const string Draft = "draft";
    public const string IsPublished = "published";
    public const string Slug = "slug";
    public const string Url = "url";
    public const string Path = "path";
    public const string Aliases = "aliases";
    public const string RedirectTo = "redirect_to";
    public const string Image = "image";
    public const string ImageAlt = "image_alt";
    public const string ImageCaption = "image_caption";
    public const string ImageCredit = "image_credit";
    public const string Language = "lang";
    public const string Related = "related";
    public const string Type = "type";
    public const string Corrections = "corrections";
    public const string TranslationOf = "translation_of";

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = Title,
        ["standfirst"] = Standfirst, ["description"] = Standfirst, ["summary"] = Standfirst, ["excerpt"] = Standfirst,
        ["section"] = Section,
        ["date"] = Published, ["publishDate"] = Published, ["pubDate"] = Published,
        ["updated"] = Updated, ["lastmod"] = Updated, ["modified"] = Updated,
        ["expiryDate"] = Expires,
        ["authors"] = Authors, ["author"] = Authors, ["by"] = Authors,
        ["tags"] = Tags,
        ["categories"] = Categories,
        ["draft"] = Draft,
        ["published"] = IsPublished,
        ["slug"] = Slug,
        ["url"] = Url, ["permalink"] = Url,
        ["path"] = Path,
        ["aliases"] = Aliases, ["redirect_from"] = Aliases,
        ["redirect_to"] = RedirectTo, ["redirect"] = RedirectTo,
        ["image"] = Image,
        ["image_alt"] = ImageAlt,
        ["image_caption"] = ImageCaption,
        ["image_credit"] = ImageCredit,
        ["lang"] = Language,
        ["related"] = Related,
        ["type"] = Type,
        ["corrections"] = Corrections,
        ["translation_of"] = TranslationOf,
    };

    /// <summary>
    /// Keys that give a post's own URL and are custom fields too: a <c>url:</c> that is another site's address (a
    /// cross-post's original) is no path here, and stays readable as the field. Old URLs are <c>Article.Aliases</c>.
    /// </summary>
    public static bool StaysCustom(string canonical) => canonical is Url or Path;

    /// <summary>The meaning of a key, or null for a custom field; staticnews.yml's <c>front_matter:</c> keys first.</summary>
    public static string? Canonical(string key, EquatableArray<KeyAlias> aliases = default)
    {
        key = key.Trim();
        foreach (var alias in aliases)
        {
            if (string.Equals(alias.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return alias.Canonical;
            }
        }
        return Names.TryGetValue(key, out var canonical) ? canonical : null;
    }

    /// <summary>The StaticNews keys staticnews.yml's <c>front_matter:</c> may give more names to.</summary>
    public const string MappableNames = "title, standfirst, date, updated, expires, authors, tags, section, slug, image, lang, draft";

    /// <summary>The meaning a <c>front_matter:</c> entry names, or null when it names none.</summary>
    public static string? Mappable(string name) =>
        Array.IndexOf(MappableNames.Split(new[] { ", " }, StringSplitOptions.None), name.Trim().ToLowerInvariant()) >= 0 ? name.Trim().ToLowerInvariant() : null;
}
