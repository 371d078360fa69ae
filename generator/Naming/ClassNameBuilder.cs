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
        return ReservedNames.ClassNames.Contains(result) ? result + "Article" : result;
    }
}
