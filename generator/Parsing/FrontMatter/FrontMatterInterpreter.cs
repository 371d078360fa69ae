using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>
/// Gives front-matter entries their meaning: the known keys (title, date, tags, ...) become article
/// metadata, checked for type; every other key becomes a typed custom field, never dropped.
/// </summary>
public static class FrontMatterInterpreter
{
    private static readonly Regex LanguageTag = new(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant);
    private static readonly Regex Integer = new(@"^-?(0|[1-9][0-9]{0,17})$", RegexOptions.CultureInvariant);
    private static readonly Regex Number = new(@"^-?[0-9]+\.[0-9]+([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex DateLike = new(@"^\d{4}-\d{2}-\d{2}([T ]|$)", RegexOptions.CultureInvariant);

    public static ArticleMetadata Interpret(EquatableArray<FrontMatterEntry> entries, TimeZoneInfo zone, List<FrontMatterProblem> problems,
        EquatableArray<KeyAlias> aliases = default)
    {
        var metadata = ArticleMetadata.None;
        var custom = new List<CustomField>();
        var given = new HashSet<string>(StringComparer.Ordinal);
        var categories = EquatableArray<string>.Empty;
        var unpublished = false;
        var imageKeys = new List<FrontMatterEntry>();

        foreach (var entry in entries)
        {
            var canonical = FrontMatterKeys.Canonical(entry.Key, aliases);
            if (canonical is not null && !given.Add(canonical))
            {
                problems.Add(new FrontMatterProblem(DiagnosticDescriptors.DuplicateFrontMatterKey, entry.KeyLocation, new[] { entry.Key }));
                continue;
            }

            switch (canonical)
            {
                case FrontMatterKeys.Title: metadata = metadata with { Title = Text(entry, problems), TitleLocation = entry.KeyLocation }; break;
                case FrontMatterKeys.Standfirst: metadata = metadata with { Standfirst = Text(entry, problems) }; break;
                case FrontMatterKeys.Section: metadata = metadata with { Section = Text(entry, problems) }; break;
                case FrontMatterKeys.Published: metadata = metadata with { Published = Date(entry, zone, problems) }; break;
                case FrontMatterKeys.Updated: metadata = metadata with { Updated = Date(entry, zone, problems) }; break;
                case FrontMatterKeys.Expires: metadata = metadata with { Expires = Date(entry, zone, problems) }; break;
                case FrontMatterKeys.Authors: metadata = metadata with { Authors = AuthorNames.Split(List(entry, problems, warnOnScalar: false), entry.Value.IsList) }; break;
                case FrontMatterKeys.Tags: metadata = metadata with { Tags = List(entry, problems, warnOnScalar: true) }; break;
                case FrontMatterKeys.Categories: categories = List(entry, problems, warnOnScalar: false); break;
                case FrontMatterKeys.Draft: metadata = metadata with { Draft = Boolean(entry, problems) }; break;
                case FrontMatterKeys.IsPublished: unpublished = !Boolean(entry, problems, whenWrong: true); break;
                case FrontMatterKeys.Slug: metadata = metadata with { Slug = Slug(entry, problems), UrlLocation = (metadata.Url ?? metadata.Path) is null ? entry.Value.Location : metadata.UrlLocation }; break;
                case FrontMatterKeys.Url: metadata = metadata with { Url = OwnPath(entry, problems), UrlLocation = entry.Value.Location }; break;
                case FrontMatterKeys.Path: metadata = metadata with { Path = OwnPath(entry, problems), UrlLocation = entry.Value.Location }; break;
                case FrontMatterKeys.Aliases: metadata = metadata with { Aliases = Aliases(entry, problems) }; break;
                case FrontMatterKeys.RedirectTo: metadata = metadata with { RedirectTo = RedirectTarget(entry, problems), RedirectLocation = entry.Value.Location }; break;
                case FrontMatterKeys.Image: metadata = metadata with { Image = Image(entry, problems), ImageLocation = entry.Value.Location }; break;
                case FrontMatterKeys.ImageAlt: metadata = metadata with { ImageAlt = Text(entry, problems) }; imageKeys.Add(entry); break;
                case FrontMatterKeys.ImageCaption: metadata = metadata with { ImageCaption = Text(entry, problems) }; imageKeys.Add(entry); break;
                case FrontMatterKeys.ImageCredit: metadata = metadata with { ImageCredit = Text(entry, problems) }; imageKeys.Add(entry); break;
                case FrontMatterKeys.Language: metadata = metadata with { Language = Language(entry, problems) }; break;
                case FrontMatterKeys.Related: metadata = metadata with { Related = Related(entry, problems) }; break;
                case FrontMatterKeys.Type: metadata = metadata with { Type = ArticleTypes.Read(entry, problems) }; break;
                case FrontMatterKeys.Corrections: metadata = metadata with { Corrections = CorrectionsReader.Read(entry, zone, problems) }; break;
                case FrontMatterKeys.TranslationOf: metadata = metadata with { TranslationOf = TranslationOf(entry, problems) }; break;
                default: custom.Add(Unique(Custom(entry, zone, problems), custom)); break;
            }
            if (canonical is not null && FrontMatterKeys.StaysCustom(canonical))
            {
                custom.Add(Unique(Custom(entry, zone, problems), custom));
            }
        }
        LeadImageChecks.Check(metadata, imageKeys, problems);
        return metadata with
        {
            Tags = metadata.Tags.Concat(categories).Distinct(StringComparer.Ordinal).ToEquatableArray(),
            Draft = metadata.Draft || unpublished,
            CustomFields = custom.ToEquatableArray(),
        };
    }

    internal static string? Text(FrontMatterEntry entry, List<FrontMatterProblem> problems)
    {
        if (entry.Value.Single is { } scalar)
        {
            var text = TextCleaner.Clean(scalar.Text);
            return text.Length == 0 ? null : text;
        }
        problems.Add(WrongType(entry, "a single value"));
        return null;
    }

    private static DateTimeOffset? Date(FrontMatterEntry entry, TimeZoneInfo zone, List<FrontMatterProblem> problems)
    {
        if (entry.Value.Single is not { } scalar)
        {
            problems.Add(WrongType(entry, "a date such as 2025-04-02"));
            return null;
        }
        if (DateParser.TryParse(scalar.Text, zone, out var date, out var error))
        {
            return date;
        }
        problems.Add(new FrontMatterProblem(DiagnosticDescriptors.InvalidDate, scalar.Location, new[] { entry.Key, error! }));
        return null;
    }

    private static EquatableArray<string> List(FrontMatterEntry entry, List<FrontMatterProblem> problems, bool warnOnScalar)
    {
        var items = entry.Value.Items.Select(item => TextCleaner.Clean(item.Text)).Where(item => item.Length > 0).ToList();
        if (!entry.Value.IsList && warnOnScalar && items.Count > 0)
        {
            problems.Add(new FrontMatterProblem(DiagnosticDescriptors.ScalarWhereListExpected, entry.Value.Location, new[] { entry.Key, items[0] }));
        }
        return items.Distinct(StringComparer.Ordinal).ToEquatableArray();
    }

    private static bool Boolean(FrontMatterEntry entry, List<FrontMatterProblem> problems, bool whenWrong = false)
    {
        if (entry.Value.Single is { Quoted: false } scalar && TryBoolean(scalar.Text, out var value))
        {
            return value;
        }
        problems.Add(WrongType(entry, "true or false"));
        return whenWrong;
    }

    private static string? Slug(FrontMatterEntry entry, List<FrontMatterProblem> problems)
    {
        var text = Text(entry, problems);
        if (text is null)
        {
            return null;
        }
        var slug = SlugBuilder.FromTitle(text);
        if (slug != text)
        {
            problems.Add(new FrontMatterProblem(DiagnosticDescriptors.SlugNormalized, entry.Value.Location, new[] { text, slug }));
        }
        return slug;
    }

    /// <summary>The article's own path within the site; another site's address (a cross-post's original) is none, and no problem.</summary>
    private static string? OwnPath(FrontMatterEntry entry, List<FrontMatterProblem> problems)
    {
        var text = Text(entry, problems);
        if (text is null || IsHttpUrl(text))
        {
            return null;
        }
        if (SitePaths.Normalize(text) is { } path)
        {
            return path;
        }
        problems.Add(new FrontMatterProblem(DiagnosticDescriptors.UnsafeUrlPath, entry.Value.Location, new[] { entry.Key, text }));
        return null;
    }

    private static EquatableArray<SitePathReference> Aliases(FrontMatterEntry entry, List<FrontMatterProblem> problems)
    {
        var aliases = new List<SitePathReference>();
        foreach (var item in entry.Value.Items)
        {
            var text = TextCleaner.Clean(item.Text);
            if (text.Length == 0)
            {
                continue;
            }
            if (SitePaths.Normalize(text) is { } path)
            {
                if (!aliases.Any(alias => string.Equals(alias.Path, path, StringComparison.OrdinalIgnoreCase)))
                {
                    aliases.Add(new SitePathReference(path, item.Location));
                }
            }
            else
            {
                problems.Add(new FrontMatterProblem(DiagnosticDescriptors.UnsafeAlias, item.Location, new[] { text, entry.Key }));
            }
        }
        return aliases.ToEquatableArray();
    }

    /// <summary>An http(s) URL as written, or a site path made relative to the root ("/new/" → "new/").</summary>
    private static string? RedirectTarget(FrontMatterEntry entry, List<FrontMatterProblem> problems)
    {
        var text = Text(entry, problems);
        if (text is null)
        {
            return null;
        }
        if (IsHttpUrl(text))
        {
            return text;
        }
        if (text.StartsWith("/", StringComparison.Ordinal) && SitePaths.Normalize(text) is { } path)
        {
            return path;
        }
        problems.Add(new FrontMatterProblem(DiagnosticDescriptors.RedirectNotMade, entry.Value.Location, new[] { text, DiagnosticDescriptors.RedirectTargetInvalid }));
        return null;
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !text.Any(char.IsWhiteSpace);

    private static string? Image(FrontMatterEntry entry, List<FrontMatterProblem> problems)
    {
        var text = Text(entry, problems);
        if (text is null)
        {
            return null;
        }
        var isHttp = Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        var isSitePath = !text.Contains(":") && !text.StartsWith("//", StringComparison.Ordinal) && !text.Contains("\\") && !text.Split('/').Contains("..");
        if (isHttp || isSitePath)
        {
            return text;
        }
        problems.Add(new FrontMatterProblem(DiagnosticDescriptors.UnsafeImage, entry.Value.Location, new[] { text }));
        return null;
    }

    private static string? Language(FrontMatterEntry entry, List<FrontMatterProblem> problems)
    {
        var text = Text(entry, problems);
        if (text is null || LanguageTag.IsMatch(text))
        {
            return text;
        }
        problems.Add(new FrontMatterProblem(DiagnosticDescriptors.InvalidLanguage, entry.Value.Location, new[] { text }));
        return null;
    }

    private static EquatableArray<SlugReference> Related(FrontMatterEntry entry, List<FrontMatterProblem> problems)
    {
        List(entry, problems, warnOnScalar: true);
        return entry.Value.Items
            .Select(item => (Slug: TextCleaner.Clean(item.Text), item.Location))
            .Where(item => item.Slug.Length > 0)
            .Select(item => new SlugReference(item.Slug, item.Location))
            .ToEquatableArray();
    }

    private static SlugReference? TranslationOf(FrontMatterEntry entry, List<FrontMatterProblem> problems) =>
        Text(entry, problems) is { } slug ? new SlugReference(slug, entry.Value.Location) : null;

    /// <summary>"reading_level" and "reading-level" would both be ReadingLevel; the later one gets a number.</summary>
    private static CustomField Unique(CustomField field, List<CustomField> earlier)
    {
        var name = field.PropertyName;
        for (var n = 2; earlier.Any(f => f.PropertyName == name); n++)
        {
            name = field.PropertyName + n.ToString(CultureInfo.InvariantCulture);
        }
        return field with { PropertyName = name };
    }

    private static CustomField Custom(FrontMatterEntry entry, TimeZoneInfo zone, List<FrontMatterProblem> problems)
    {
        var property = PropertyNames.FromKey(entry.Key);
        if (property.Renamed)
        {
            problems.Add(new FrontMatterProblem(DiagnosticDescriptors.CustomFieldRenamed, entry.KeyLocation, new[] { entry.Key, property.Name }));
        }
        if (entry.Value.IsList)
        {
            var items = entry.Value.Items.Select(item => TextCleaner.Clean(item.Text)).ToEquatableArray();
            return new CustomField(TextCleaner.Clean(entry.Key), property.Name, CustomFieldType.StringList, items, entry.Value.Location);
        }
        var scalar = entry.Value.Single!;
        var (type, value) = Infer(scalar, zone);
        return new CustomField(TextCleaner.Clean(entry.Key), property.Name, type, new EquatableArray<string>(new[] { value }), entry.Value.Location);
    }

    /// <summary>YAML 1.2 core types for plain scalars; quoted text is always a string. "yes"/"no" stay strings.</summary>
    public static (CustomFieldType Type, string Value) Infer(ScalarValue scalar, TimeZoneInfo zone)
    {
        var text = scalar.Text.Trim();
        if (!scalar.Quoted)
        {
            if (TryBoolean(text, out var boolean))
            {
                return (CustomFieldType.Boolean, boolean ? "true" : "false");
            }
            if (Integer.IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return (CustomFieldType.Integer, integer.ToString(CultureInfo.InvariantCulture));
            }
            if (Number.IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsInfinity(number))
            {
                return (CustomFieldType.Number, number.ToString("R", CultureInfo.InvariantCulture));
            }
            if (DateLike.IsMatch(text) && DateParser.TryParse(text, zone, out var date, out _))
            {
                return (CustomFieldType.Date, date.ToString("o", CultureInfo.InvariantCulture));
            }
        }
        return (CustomFieldType.String, TextCleaner.Clean(scalar.Text));
    }

    private static bool TryBoolean(string text, out bool value)
    {
        switch (text)
        {
            case "true": case "True": case "TRUE": value = true; return true;
            case "false": case "False": case "FALSE": value = false; return true;
            default: value = false; return false;
        }
    }

    internal static FrontMatterProblem WrongType(FrontMatterEntry entry, string expected) =>
        new(DiagnosticDescriptors.FrontMatterWrongType, entry.Value.Location, new[] { entry.Key, expected });
}
