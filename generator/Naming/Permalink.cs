using System;
using System.Globalization;
using System.Collections.Generic;
using System.Linq;
using System.Text;
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

    private static readonly Parts DefaultParts = new(Default);

    /// <summary>The last pattern split (every article of a build is placed by the same one); replaced whole, so threads may share it.</summary>
    private static Parts? _last;

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
        var parts = PartsOf(pattern);
        if (published is null && parts.WantsDate)
        {
            parts = DefaultParts;
        }
        var filled = new StringBuilder(pattern.Length + slug.Length + 16);
        foreach (var (literal, token) in parts.Items)
        {
            filled.Append(literal);
            filled.Append(token switch
            {
                null => "",
                "year" => published!.Value.Year.ToString("D4", CultureInfo.InvariantCulture),
                "month" => published!.Value.Month.ToString("D2", CultureInfo.InvariantCulture),
                "day" => published!.Value.Day.ToString("D2", CultureInfo.InvariantCulture),
                "section" => section is null ? "" : SlugBuilder.FromTitle(section),
                _ => slug,
            });
        }
        return SitePaths.Normalize(filled.ToString()) ?? "articles/" + slug + "/";
    }

    private static Parts PartsOf(string pattern)
    {
        if (_last is { } last && string.Equals(last.Pattern, pattern, StringComparison.Ordinal))
        {
            return last;
        }
        return _last = new Parts(pattern);
    }

    /// <summary>A pattern split at its tokens once: each literal text with the token after it (null after the last).</summary>
    private sealed class Parts
    {
        public Parts(string pattern)
        {
            Pattern = pattern;
            var items = new List<(string, string?)>();
            var at = 0;
            foreach (Match match in Token.Matches(pattern))
            {
                var token = match.Groups[1].Value;
                items.Add((pattern.Substring(at, match.Index - at), token));
                WantsDate |= token is "year" or "month" or "day";
                at = match.Index + match.Length;
            }
            items.Add((pattern.Substring(at), null));
            Items = items.ToArray();
        }

        public string Pattern { get; }

        public (string Literal, string? Token)[] Items { get; }

        public bool WantsDate { get; }
    }
}
