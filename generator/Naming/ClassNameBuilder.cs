using System;
using System.Collections.Generic;
using System.Text;

namespace StaticNews.Generator.Naming;

/// <summary>
/// PascalCase C# class names from titles: always a valid identifier (ASCII letters and digits only, so no
/// keyword, bidi control or zero-width character can get in), never a name the generated API uses itself.
/// </summary>
public static class ClassNameBuilder
{
    public const int MaxLength = 44;

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        // Types and members of the generated API, and of System.Object.
        "Article", "Articles", "Tag", "All", "BySlug", "Tags", "Instance",
        "Slug", "Title", "Standfirst", "Url", "SourcePath", "Published", "Updated", "Authors", "Section",
        "EditorsNote", "Paragraphs", "BodyHtml", "PlainText", "WordCount", "ReadingTime", "Excerpt", "Related", "RelatedSlugs",
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        // Members the generated classes declare themselves: an article class named after one fails to compile
        // (CS0542 for BodyUtf8 in the article class, CS0102 for CreateSlugIndex in Articles).
        "BodyUtf8", "BodyResource", "BodyRanges", "CreateSlugIndex",
    };

    public static string FromTitle(string title)
    {
        var words = Words.FromTitle(title);
        var name = new StringBuilder();
        foreach (var word in words)
        {
            if (name.Length > 0 && name.Length + word.Length > MaxLength)
            {
                break;
            }
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        if (name.Length == 0)
        {
            return "Article" + Words.StableHash(title).ToUpperInvariant();
        }
        if (name.Length > MaxLength)
        {
            name.Length = MaxLength;
        }
        if (char.IsDigit(name[0]))
        {
            name.Insert(0, "Article");
        }

        var result = name.ToString();
        return Reserved.Contains(result) ? result + "Article" : result;
    }
}
