using System;
using System.Collections.Generic;
using System.Linq;
using StaticNews.Generator.Indexing;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Content;

/// <summary>
/// <see cref="ContentCompiler.Update"/>: documents that come and go taken into the last compile's content, each step
/// done only for them (their names claimed or freed, their parts placed again, their places in <c>All</c> and in their
/// tags found), then what only all articles together show checked again, as <see cref="ContentCompiler.Compile"/> checks it.
/// </summary>
internal static class ContentUpdate
{
    public static CompiledContent? Apply(CompiledContent previous, IReadOnlyCollection<ArticleDocument> removed, IReadOnlyCollection<ArticleDocument> added,
        DateTimeOffset now)
    {
        if (previous.Steps is not { } steps || !ContentCompiler.StillPublishes(previous, now))
        {
            return null;
        }
        var claims = steps.ClaimsOf(previous.Articles).Clone();
        var at = new Dictionary<string, NamedArticle>(previous.Articles.Count, StringComparer.Ordinal);
        foreach (var named in previous.Articles)
        {
            at[named.Names.FilePath] = named;
        }

        var gone = new HashSet<NamedArticle>(ByReference<NamedArticle>.Instance);
        foreach (var document in removed)
        {
            if (!at.TryGetValue(document.FilePath, out var named) || !ReferenceEquals(named.Article, document)
                || !Published(named, steps, previous.Now) || !claims.Release(ContentCompiler.NamingRequestFor(document), named.Names))
            {
                return null;
            }
            gone.Add(named);
        }
        var coming = new List<NamedArticle>(added.Count);
        foreach (var document in added)
        {
            if ((at.TryGetValue(document.FilePath, out var there) && !gone.Contains(there))
                || claims.Admit(ContentCompiler.NamingRequestFor(document)) is not { } names)
            {
                return null;
            }
            var named = new NamedArticle(document, names, steps.Namespace);
            if (!Published(named, steps, now))
            {
                return null;
            }
            coming.Add(named);
        }

        var placed = Place(previous.Articles, gone, coming);
        NamedArticle Current(NamedArticle named) => placed.TryGetValue(named.Names.FilePath, out var moved) && !gone.Contains(named) ? moved : named;
        coming = coming.Select(named => placed[named.Names.FilePath]).ToList();
        if (TagUpdate.Apply(previous.Tags, gone, coming, Current) is not { } tags)
        {
            return null;
        }

        // An edited document keeps its place among the articles; a new one comes last.
        var comingAt = coming.ToDictionary(named => named.Names.FilePath, StringComparer.Ordinal);
        var articles = new List<NamedArticle>(previous.Articles.Count + coming.Count);
        foreach (var named in previous.Articles)
        {
            if (!gone.Contains(named))
            {
                articles.Add(Current(named));
            }
            else if (comingAt.TryGetValue(named.Names.FilePath, out var edited))
            {
                comingAt.Remove(named.Names.FilePath);
                articles.Add(edited);
            }
        }
        articles.AddRange(coming.Where(named => comingAt.ContainsKey(named.Names.FilePath)));

        var published = new List<NamedArticle>(previous.Published.Count + coming.Count);
        published.AddRange(previous.Published.Where(named => !gone.Contains(named)).Select(Current));
        foreach (var named in coming)
        {
            PublishOrder.Insert(published, named);
        }

        var naming = steps.Naming with { Names = articles.Select(named => named.Names).ToEquatableArray() };
        return ContentCompiler.Finish(steps.With(naming, claims), articles, published, tags, now);
    }

    private static bool Published(NamedArticle named, CompileSteps steps, DateTimeOffset now) =>
        steps.IncludeDrafts || IndexBuilder.WhyNotPublished(ContentCompiler.IndexEntryFor(named), now) is null;

    /// <summary>
    /// The articles whose place changed, by file path: every one in a part that lost or gained an article, placed again
    /// (<see cref="ArticlePartitioner.Locate"/>), the coming ones among them.
    /// </summary>
    private static Dictionary<string, NamedArticle> Place(IReadOnlyList<NamedArticle> previous, HashSet<NamedArticle> gone, List<NamedArticle> coming)
    {
        var parts = new HashSet<int>(gone.Select(named => named.Names.Location.Part)
            .Concat(coming.Select(named => ArticlePartitioner.PartOf(named.Article.SourcePath))));
        var members = previous.Where(named => !gone.Contains(named) && parts.Contains(named.Names.Location.Part))
            .Concat(coming)
            .ToList();
        var located = ArticlePartitioner.Locate(members.Select(named => named.Article.SourcePath).ToList(), members.Select(named => named.Names.ClassName).ToList());
        var placed = new Dictionary<string, NamedArticle>(StringComparer.Ordinal);
        var isComing = new HashSet<NamedArticle>(coming, ByReference<NamedArticle>.Instance);
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Names.Location != located[i] || isComing.Contains(members[i]))
            {
                placed[members[i].Names.FilePath] = members[i] with { Names = members[i].Names with { Location = located[i] } };
            }
        }
        return placed;
    }
}
