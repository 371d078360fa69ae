using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>
/// Author names as blogs write them: a list (each item one author, as written), or one string with several names ("Ann Lee, Bo Chen and Cy Diaz",
/// "Ann & Bo", "Ann; Bo"); a Markdown link ("[Ann Lee](https://...)") is the name it shows. A comma before a suffix
/// ("Martin Luther King, Jr.") or a name in parentheses ("Kevin Hannon (Google), ...") does not split the name.
/// </summary>
public static class AuthorNames
{
    private static readonly Regex MarkdownLink = new(@"\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant);
    private static readonly Regex Separator = new(@"\G(?:\s*;\s*|\s*,\s+(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+)", RegexOptions.CultureInvariant);
    private static readonly Regex Suffix = new(@"^(Jr|Sr|II|III|IV|PhD|Ph\.D|MD|Esq)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static EquatableArray<string> Split(EquatableArray<string> written, bool isList)
    {
        var names = new List<string>();
        foreach (var text in written)
        {
            var shown = MarkdownLink.Replace(text, "$1").Trim();
            foreach (var name in isList ? new[] { shown } : SplitOne(shown))
            {
                if (name.Length > 0 && !names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }
            }
        }
        return names.ToEquatableArray();
    }

    private static IEnumerable<string> SplitOne(string text)
    {
        var parts = new List<string>();
        foreach (var part in SplitOutsideParentheses(text))
        {
            var name = part.Trim();
            if (parts.Count > 0 && Suffix.IsMatch(name))
            {
                parts[parts.Count - 1] += ", " + name;
            }
            else
            {
                parts.Add(name);
            }
        }
        return parts;
    }

    private static IEnumerable<string> SplitOutsideParentheses(string text)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && Separator.Match(text, i) is { Success: true } match && match.Index == i)
            {
                yield return text.Substring(start, i - start);
                start = i + match.Length;
                i = start - 1;
            }
        }
        yield return text.Substring(start);
    }
}
