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
        // One pass from the oldest article to the newest: a term is met first where the oldest article first uses it (the
        // order slugs are claimed in), and the last article to name it is the newest, whose first spelling it shows.
        var bySpelling = new Dictionary<string, Gathered>(StringComparer.Ordinal);
        var byIdentity = new Dictionary<string, Gathered>(StringComparer.Ordinal);
        var order = new List<Gathered>();
        for (var article = namesByArticle.Count - 1; article >= 0; article--)
        {
            foreach (var name in namesByArticle[article])
            {
                if (!bySpelling.TryGetValue(name, out var term))
                {
                    if (!identityOf.TryGetValue(name, out var identity))
                    {
                        identityOf[name] = identity = Identity(name);
                    }
                    if (!byIdentity.TryGetValue(identity, out term))
                    {
                        byIdentity[identity] = term = new Gathered(identity, name);
                        order.Add(term);
                    }
                    bySpelling[name] = term;
                }
                if (term.Articles.Count == 0 || term.Articles[term.Articles.Count - 1] != article)
                {
                    term.Name = name;
                    term.Articles.Add(article);
                }
            }
        }

        // First every term that can have its own slug, by first use in the oldest article; then the others, suffixed.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in order)
        {
            var slug = SlugBuilder.FromTitle(term.Name);
            if (taken.Add(slug))
            {
                term.Slug = slug;
            }
        }
        foreach (var term in order.Where(t => t.Slug is null))
        {
            var slug = SlugBuilder.FromTitle(term.Name);
            var suffix = 2;
            while (!taken.Add(slug + "-" + suffix))
            {
                suffix++;
            }
            term.Slug = slug + "-" + suffix;
        }

        var groups = new List<TermGroup>(order.Count);
        foreach (var term in order)
        {
            // Gathered oldest article first; listed newest first.
            term.Articles.Reverse();
            groups.Add(new TermGroup(term.Identity, term.Name, term.Slug!, term.Articles));
        }
        return groups.OrderBy(term => term.Slug, StringComparer.Ordinal).ToList();
    }

    /// <summary>What makes two names one term: their words, whole (a slug is cut, the identity is not); a name without words (emoji alone) is only itself.</summary>
    public static string Identity(string name)
    {
        var words = Words.FromTitle(name);
        return words.Count > 0 ? string.Join("-", words) : "\0" + name;
    }

    /// <summary>A term while its articles are gathered.</summary>
    private sealed class Gathered(string identity, string name)
    {
        public string Identity { get; } = identity;

        public string Name { get; set; } = name;

        public string? Slug { get; set; }

        public List<int> Articles { get; } = new();
    }
}
