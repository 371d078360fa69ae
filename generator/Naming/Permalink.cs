using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace StaticNews.Generator.Naming;

/// <summary>
/// Where an article without a <c>url:</c> of its own is published: staticnews.yml's <c>permalink:</c> pattern, whose
/// tokens (:year, :month, :day, :slug, :section) are filled from the article. Every pattern holds :slug, so two
/// articles (whose slugs are unique) never get one path from it.
/// </summary>
public static class Permalink
{
    public const string Default = "/articles/:slug/";

    private static readonly Regex Token = new(@":(year|month|day|slug|section)\b", RegexOptions.CultureInvariant);

    private static readonly Regex Literal = new(@"^[a-z0-9/_.~-]*$", RegexOptions.CultureInvariant);

    /// <summary>Null when <paramref name="pattern"/> can be used, else what is wrong with it.</summary>
    public static string? Validate(string pattern)
    {
        var literal = Token.Replace(pattern.Trim(), "");
        if (!Token.Matches(pattern).Cast<Match>().Any(m => m.Groups[1].Value == "slug"))
        {
            return $"the permalink '{pattern}' has no :slug (an article's URL must be its own)";
        }
        if (!Literal.IsMatch(literal) || pattern.Contains("//") || pattern.Split('/').Any(s => s is "." or ".."))
        {
            return $"the permalink '{pattern}' may hold only :year, :month, :day, :slug, :section, '/' and lower-case letters, digits, '-', '_', '.'";
        }
        return null;
    }

    /// <summary>The article's path from the root ("2024/04/my-post/"); an undated article takes <see cref="Default"/>'s when the pattern wants its date.</summary>
    public static string Apply(string pattern, string slug, DateTimeOffset? published, string? section)
    {
        if (published is null && Regex.IsMatch(pattern, ":(year|month|day)\\b"))
        {
            pattern = Default;
        }
        var filled = Token.Replace(pattern, match => match.Groups[1].Value switch
        {
            "year" => published!.Value.Year.ToString("D4", CultureInfo.InvariantCulture),
            "month" => published!.Value.Month.ToString("D2", CultureInfo.InvariantCulture),
            "day" => published!.Value.Day.ToString("D2", CultureInfo.InvariantCulture),
            "section" => section is null ? "" : SlugBuilder.FromTitle(section),
            _ => slug,
        });
        return SitePaths.Normalize(filled) ?? "articles/" + slug + "/";
    }
}
