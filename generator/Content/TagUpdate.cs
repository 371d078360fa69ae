using System;
using System.Collections.Generic;
using System.Linq;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;

namespace StaticNews.Generator.Content;

/// <summary>
/// The merged tags (<see cref="TermGrouping"/> over the published articles) after published articles came and went,
/// without grouping every article's tags again: each tag the articles name gains or loses them where the order puts
/// them, shows its name as the newest of its articles first writes it, is made when new and dropped when empty. Null
/// when that could move a slug: a tag whose slug is, or is wanted as, another tag's with a suffix, a new tag whose
/// slug another has, or a name whose slug differs from the tag's.
/// </summary>
internal static class TagUpdate
{
    /// <param name="current">An article kept, as the update holds it (placed anew, or the same).</param>
    public static List<CompiledTag>? Apply(IReadOnlyList<CompiledTag> previous, IReadOnlyCollection<NamedArticle> gone, IReadOnlyList<NamedArticle> coming,
        Func<NamedArticle, NamedArticle> current)
    {
        var tags = previous.ToList();
        var byIdentity = new Dictionary<string, int>(tags.Count, StringComparer.Ordinal);
        var identities = new List<string>(tags.Count);
        var bases = new List<string>(tags.Count);
        var contested = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            identities.Add(TermGrouping.Identity(tags[i].Name));
            byIdentity[identities[i]] = i;
            bases.Add(SlugBuilder.FromTitle(tags[i].Name));
            if (tags[i].Slug != bases[i])
            {
                contested.Add(bases[i]);
            }
        }
        var touched = new Dictionary<int, List<NamedArticle>>();
        List<NamedArticle>? Touch(int tag) =>
            contested.Contains(bases[tag]) ? null
            : touched.TryGetValue(tag, out var articles) ? articles
            : touched[tag] = tags[tag].Articles.Select(current).ToList();

        foreach (var article in gone)
        {
            foreach (var (identity, _) in Named(article))
            {
                if (!byIdentity.TryGetValue(identity, out var tag) || Touch(tag) is not { } articles || !articles.Remove(article))
                {
                    return null;
                }
            }
        }
        foreach (var article in coming)
        {
            foreach (var (identity, name) in Named(article))
            {
                if (byIdentity.TryGetValue(identity, out var tag))
                {
                    if (Touch(tag) is not { } articles)
                    {
                        return null;
                    }
                    PublishOrder.Insert(articles, article);
                    continue;
                }
                var slug = SlugBuilder.FromTitle(name);
                if (tags.Any(other => other.Slug == slug))
                {
                    return null;
                }
                byIdentity[identity] = tags.Count;
                identities.Add(identity);
                bases.Add(slug);
                tags.Add(new CompiledTag(name, slug, []));
                touched[tags.Count - 1] = [article];
            }
        }

        var result = new List<CompiledTag>(tags.Count);
        for (var i = 0; i < tags.Count; i++)
        {
            if (!touched.TryGetValue(i, out var articles))
            {
                var kept = tags[i];
                result.Add(kept.Articles.Any(article => !ReferenceEquals(current(article), article)) ? kept with { Articles = kept.Articles.Select(current).ToList() } : kept);
                continue;
            }
            if (articles.Count == 0)
            {
                continue;
            }
            var shown = Named(articles[0]).First(named => named.Identity == identities[i]).Name;
            if (SlugBuilder.FromTitle(shown) != bases[i])
            {
                return null;
            }
            result.Add(new CompiledTag(shown, tags[i].Slug, articles));
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Slug, b.Slug));
        return result;
    }

    /// <summary>The article's tags, each term once, as the article first writes it.</summary>
    private static IEnumerable<(string Identity, string Name)> Named(NamedArticle article)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in article.Article.Metadata.Tags)
        {
            var identity = TermGrouping.Identity(name);
            if (seen.Add(identity))
            {
                yield return (identity, name);
            }
        }
    }
}
