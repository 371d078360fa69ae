using System;
using System.Collections.Generic;
using System.Linq;

namespace StaticNews.Generator.Naming;

/// <summary>
/// How names that articles give (tags, authors, sections) become terms, each with one page: names whose words are the
/// same, case, accents and punctuation aside (<c>Ani Hovhannisyan</c>, <c>ANI HOVHANNISYAN</c>), are one term, shown as
/// first written in the newest article, and an article is listed once under it however often it names it. Distinct
/// names never share a slug: when two come out equal (a slug is cut at 80 characters, so two long names may share
/// their first 80), the term first used by the oldest article keeps it, so a published URL stays put when a newer
/// article arrives, and the others get <c>-2</c>, <c>-3</c>, ... The generator's <c>Articles.Tags</c> and the site's
/// taxonomies are both made here.
/// </summary>
public static class TermGrouping
{
    /// <param name="namesByArticle">Each article's names, newest article first.</param>
    /// <returns>The terms, ordered by slug ("x" before "x-2").</returns>
    public static IReadOnlyList<TermGroup> Group(IReadOnlyList<IReadOnlyList<string>> namesByArticle) =>
        Group(namesByArticle, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <param name="identityOf">Filled with each spelling's <see cref="Identity"/>, for a caller that finds terms by name later.</param>
    public static IReadOnlyList<TermGroup> Group(IReadOnlyList<IReadOnlyList<string>> namesByArticle, IDictionary<string, string> identityOf)
    {
        string IdentityOf(string name) => identityOf.TryGetValue(name, out var identity) ? identity : identityOf[name] = Identity(name);

        var grouped = new Dictionary<string, (string Name, List<int> Articles)>(StringComparer.Ordinal);
        for (var article = 0; article < namesByArticle.Count; article++)
        {
            foreach (var name in namesByArticle[article])
            {
                var identity = IdentityOf(name);
                if (!grouped.TryGetValue(identity, out var term))
                {
                    grouped[identity] = term = (name, new List<int>());
                }
                if (term.Articles.Count == 0 || term.Articles[term.Articles.Count - 1] != article)
                {
                    term.Articles.Add(article);
                }
            }
        }

        // First every term that can have its own slug, by first use in the oldest article; then the others, suffixed.
        var order = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var article = namesByArticle.Count - 1; article >= 0; article--)
        {
            order.AddRange(namesByArticle[article].Select(IdentityOf).Where(seen.Add));
        }
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var identity in order)
        {
            var slug = SlugBuilder.FromTitle(grouped[identity].Name);
            if (taken.Add(slug))
            {
                slugs[identity] = slug;
            }
        }
        foreach (var identity in order.Where(i => !slugs.ContainsKey(i)))
        {
            var slug = SlugBuilder.FromTitle(grouped[identity].Name);
            var suffix = 2;
            while (!taken.Add(slug + "-" + suffix))
            {
                suffix++;
            }
            slugs[identity] = slug + "-" + suffix;
        }

        return grouped
            .Select(pair => new TermGroup(pair.Key, pair.Value.Name, slugs[pair.Key], pair.Value.Articles))
            .OrderBy(term => term.Slug, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What makes two names one term: their words, whole (a slug is cut, the identity is not); a name without words (emoji alone) is only itself.</summary>
    public static string Identity(string name)
    {
        var words = Words.FromTitle(name);
        return words.Count > 0 ? string.Join("-", words) : "\0" + name;
    }
}
