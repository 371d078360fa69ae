using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;

namespace StaticNews.Generator.Indexing;

/// <summary>
/// Decides what the site publishes: drafts, articles dated in the future and articles past their expiry date stay out of <c>All</c>
/// (each reported) unless the build opts in; the rest are ordered newest first, undated last, ties by
/// slug; tags whose words are the same ("Politics", "politics", "Politiçs") are one tag, as the site groups them.
/// </summary>
public static class IndexBuilder
{
    /// <param name="redirects">The pages that send the reader to another site (<see cref="NamingResult.Redirects"/>), by path.</param>
    public static IndexModel Build(string @namespace, ImmutableArray<IndexEntry> entries, bool includeDrafts, DateTimeOffset now,
        EquatableArray<RedirectPage> redirects = default)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var published = new List<IndexEntry>();
        foreach (var entry in entries.OrderBy(e => e.SourcePath, StringComparer.Ordinal))
        {
            var reason = WhyNotPublished(entry, now);
            if (reason is not null && !includeDrafts)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArticleNotPublished, entry.TitleLocation, entry.SourcePath, reason));
                continue;
            }
            published.Add(entry);
        }

        var ordered = Order(published);
        return new IndexModel(
            @namespace,
            entries.Select(entry => entry.Location.Part).Distinct().OrderBy(part => part).ToEquatableArray(),
            ordered.Select(entry => entry.Location).ToEquatableArray(),
            Tags(ordered).ToEquatableArray(),
            diagnostics.ToEquatableArray(),
            redirects.OrderBy(redirect => redirect.Path, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>Why the article stays out of <c>All</c> unless the build opts in (a draft, dated in the future, expired), or null when it is published.</summary>
    public static string? WhyNotPublished(IndexEntry entry, DateTimeOffset now) =>
        entry.Draft ? "it is a draft"
        : entry.Published > now ? $"its date {entry.Published:yyyy-MM-dd HH:mm zzz} is in the future"
        : entry.Expires <= now ? $"it expired on {entry.Expires:yyyy-MM-dd HH:mm zzz}"
        : null;

    /// <summary><see cref="Order"/> as a comparison of two articles' dates and slugs.</summary>
    public static int Compare(DateTimeOffset? published, string slug, DateTimeOffset? otherPublished, string otherSlug)
    {
        if (published is null != otherPublished is null)
        {
            return published is null ? 1 : -1;
        }
        var byDate = (otherPublished?.UtcTicks ?? 0).CompareTo(published?.UtcTicks ?? 0);
        return byDate != 0 ? byDate : string.CompareOrdinal(slug, otherSlug);
    }

    /// <summary>Newest first; undated articles after dated ones; ties by slug, ordinally. The same order on every build.</summary>
    public static List<IndexEntry> Order(IEnumerable<IndexEntry> entries) =>
        entries
            .OrderBy(e => e.Published is null ? 1 : 0)
            .ThenByDescending(e => e.Published?.UtcTicks ?? 0)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();

    /// <summary>The tags of the published articles, grouped as the site groups terms (<see cref="TermGrouping"/>).</summary>
    private static IEnumerable<TagModel> Tags(List<IndexEntry> ordered) =>
        TermGrouping.Group(ordered.Select(entry => (IReadOnlyList<string>)entry.Tags.ToArray()).ToList())
            .Select(term => new TagModel(term.Name, term.Slug, term.Articles.Select(position => ordered[position].Location).ToEquatableArray()));
}
