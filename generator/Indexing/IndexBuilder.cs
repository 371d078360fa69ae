using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;

namespace StaticNews.Generator.Indexing;

/// <summary>
/// Decides what the site publishes: drafts and articles dated in the future stay out of <c>All</c>
/// (each reported) unless the build opts in; the rest are ordered newest first, undated last, ties by
/// slug; tags that give the same slug ("Politics", "politics", "Politiçs") are one tag.
/// </summary>
public static class IndexBuilder
{
    public static IndexModel Build(string @namespace, ImmutableArray<IndexEntry> entries, bool includeDrafts, DateTimeOffset now)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var published = new List<IndexEntry>();
        foreach (var entry in entries.OrderBy(e => e.SourcePath, StringComparer.Ordinal))
        {
            var reason = entry.Draft ? "it is a draft" : entry.Published > now ? $"its date {entry.Published:yyyy-MM-dd HH:mm zzz} is in the future" : null;
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
            diagnostics.ToEquatableArray());
    }

    /// <summary>Newest first; undated articles after dated ones; ties by slug, ordinally. The same order on every build.</summary>
    public static List<IndexEntry> Order(IEnumerable<IndexEntry> entries) =>
        entries
            .OrderBy(e => e.Published is null ? 1 : 0)
            .ThenByDescending(e => e.Published?.UtcTicks ?? 0)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<TagModel> Tags(List<IndexEntry> ordered)
    {
        // Tags repeat across articles: each spelling is made into a slug once (this runs on every edit of a title).
        var slugOf = new Dictionary<string, string>(StringComparer.Ordinal);
        string Slug(string tag) => slugOf.TryGetValue(tag, out var slug) ? slug : slugOf[tag] = SlugBuilder.FromTitle(tag);

        // The display name is the tag as written in the first document (by path) that uses it.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in ordered.OrderBy(e => e.SourcePath, StringComparer.Ordinal))
        {
            foreach (var tag in entry.Tags)
            {
                var slug = Slug(tag);
                if (!names.ContainsKey(slug))
                {
                    names[slug] = tag;
                }
            }
        }

        var articles = names.Keys.ToDictionary(slug => slug, _ => new List<ArticleReference>(), StringComparer.Ordinal);
        foreach (var entry in ordered)
        {
            foreach (var slug in entry.Tags.Select(Slug).Distinct(StringComparer.Ordinal))
            {
                articles[slug].Add(entry.Location);
            }
        }
        return names
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new TagModel(pair.Value, pair.Key, articles[pair.Key].ToEquatableArray()));
    }
}
