using System;
using System.Collections.Generic;
using System.Linq;

namespace StaticNews.Generator.Indexing;

/// <summary>One published article as the translation groups see it: its slug, language, and the slug its <c>translation_of:</c> names.</summary>
public sealed record TranslationMember(string Slug, string Language, string? TranslationOf, DateTimeOffset? Published);

/// <summary>
/// The editions of each story: published articles joined by <c>translation_of:</c> (each names another published
/// article; a chain or a star is one group). Within a group each language has one edition: the original (the article
/// that names none) comes first, then the others, earlier published first, then by slug; an edition in a language an
/// earlier one has is left out of the group, alone. One rule for the generator's check (which reports the left-out
/// edition, SN0052) and the site (which links the editions), so the two agree.
/// </summary>
public sealed class TranslationGroups
{
    private static readonly IReadOnlyList<TranslationMember> Alone = Array.Empty<TranslationMember>();

    private readonly Dictionary<string, IReadOnlyList<TranslationMember>> _editions;

    private TranslationGroups(Dictionary<string, IReadOnlyList<TranslationMember>> editions, IReadOnlyList<(TranslationMember Edition, TranslationMember Holder)> languageTaken)
    {
        _editions = editions;
        LanguageTaken = languageTaken;
    }

    /// <summary>The editions left out of their group: each with the edition that has its language.</summary>
    public IReadOnlyList<(TranslationMember Edition, TranslationMember Holder)> LanguageTaken { get; }

    /// <summary>Every edition of the story the article is an edition of, itself included, in the group's order; empty when it has no other.</summary>
    public IReadOnlyList<TranslationMember> EditionsOf(string slug) => _editions.TryGetValue(slug, out var editions) ? editions : Alone;

    /// <param name="published">The published articles (slugs unique).</param>
    public static TranslationGroups Of(IEnumerable<TranslationMember> published)
    {
        var members = new Dictionary<string, TranslationMember>(StringComparer.Ordinal);
        foreach (var member in published)
        {
            members[member.Slug] = member;
        }
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in members.Values.Where(m => m.TranslationOf is not null))
        {
            if (members.ContainsKey(member.TranslationOf!) && member.TranslationOf != member.Slug)
            {
                Join(roots, member.Slug, member.TranslationOf!);
            }
        }

        var editions = new Dictionary<string, IReadOnlyList<TranslationMember>>(StringComparer.Ordinal);
        var taken = new List<(TranslationMember, TranslationMember)>();
        var groups = roots.Keys.ToList().GroupBy(slug => Find(roots, slug), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var kept = new List<TranslationMember>();
            var byLanguage = new Dictionary<string, TranslationMember>(StringComparer.OrdinalIgnoreCase);
            foreach (var member in group.Select(slug => members[slug]).OrderBy(m => m, GroupOrder.Instance))
            {
                if (byLanguage.TryGetValue(member.Language, out var holder))
                {
                    taken.Add((member, holder));
                    continue;
                }
                byLanguage[member.Language] = member;
                kept.Add(member);
            }
            if (kept.Count > 1)
            {
                foreach (var member in kept)
                {
                    editions[member.Slug] = kept;
                }
            }
        }
        return new TranslationGroups(editions, taken);
    }

    private static void Join(Dictionary<string, string> roots, string a, string b)
    {
        var rootA = Find(roots, a);
        var rootB = Find(roots, b);
        if (rootA != rootB)
        {
            // The smaller slug leads, so the groups' order does not depend on the articles' order.
            if (string.CompareOrdinal(rootA, rootB) < 0)
            {
                roots[rootB] = rootA;
            }
            else
            {
                roots[rootA] = rootB;
            }
        }
    }

    private static string Find(Dictionary<string, string> roots, string slug)
    {
        if (!roots.ContainsKey(slug))
        {
            roots[slug] = slug;
            return slug;
        }
        var root = slug;
        while (roots[root] != root)
        {
            root = roots[root];
        }
        while (roots[slug] != root)
        {
            var next = roots[slug];
            roots[slug] = root;
            slug = next;
        }
        return root;
    }

    /// <summary>The original first, then earlier published (undated last), then by slug.</summary>
    private sealed class GroupOrder : IComparer<TranslationMember>
    {
        public static readonly GroupOrder Instance = new();

        public int Compare(TranslationMember? x, TranslationMember? y)
        {
            var byOriginal = (x!.TranslationOf is null ? 0 : 1).CompareTo(y!.TranslationOf is null ? 0 : 1);
            if (byOriginal != 0)
            {
                return byOriginal;
            }
            var byDate = (x.Published ?? DateTimeOffset.MaxValue).CompareTo(y.Published ?? DateTimeOffset.MaxValue);
            return byDate != 0 ? byDate : string.CompareOrdinal(x.Slug, y.Slug);
        }
    }
}
