using System;
using System.Collections.Generic;

namespace StaticNews.Generator.Naming;

/// <summary>
/// Slugs: lower-case ASCII words joined by '-', cut at a word boundary. Built only from [a-z0-9-], so a
/// slug can never leave the output folder or name a reserved device.
/// </summary>
public static class SlugBuilder
{
    public const int MaxLength = 80;

    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static string FromTitle(string title)
    {
        var words = Words.TakeWithin(Words.FromTitle(title), MaxLength, separatorLength: 1);
        if (words.Count == 0)
        {
            return "article-" + Words.StableHash(title);
        }

        var slug = string.Join("-", words);
        if (slug.Length > MaxLength)
        {
            // One very long word.
            slug = slug.Substring(0, MaxLength);
        }
        return ReservedDeviceNames.Contains(slug) ? slug + "-article" : slug;
    }
}
