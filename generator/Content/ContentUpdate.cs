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
        var at = previous.Paths ?? ArticlePaths.Of(previous.Articles);

        var gone = new HashSet<NamedArticle>(ByReference<NamedArticle>.Instance);
        foreach (var document in removed)
        {
            if (!at.TryGet(document.FilePath, out var named) || !ReferenceEquals(named.Article, document)
                || !Published(named, steps, previous.Now) || !claims.Release(ContentCompiler.NamingRequestFor(document), named.Names))
            {
                return null;
            }
            gone.Add(named);
        }
        var coming = new List<NamedArticle>(added.Count);
        foreach (var document in added)
        {
            if ((at.TryGet(document.FilePath, out var there) && !gone.Contains(there))
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

        var (moved, placedComing) = Place(previous.Articles, gone, coming);
        NamedArticle Current(NamedArticle named) => moved.TryGetValue(named, out var placed) ? placed : named;
        coming = placedComing;
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
        var counted = (previous.Checked ?? CheckedArticles.Of(previous.Articles)).With(gone, -1).With(coming, +1);
        // No date or expiry fell since the last content (above), so its next one is still the first after now but for
        // the coming articles'.
        var until = ContentCompiler.Earlier(previous.PublishedUntil, ContentCompiler.PublishedUntil(coming, now));
        return ContentCompiler.Finish(steps.With(naming, claims), articles, published, tags, now, counted, until) with
        {
            Paths = at.After(articles, gone, moved.Values.Concat(coming)),
        };
    }

    private static bool Published(NamedArticle named, CompileSteps steps, DateTimeOffset now) =>
        steps.IncludeDrafts || IndexBuilder.WhyNotPublished(ContentCompiler.IndexEntryFor(named), now) is null;

    /// <summary>
    /// Every part that lost or gained an article placed again (<see cref="ArticlePartitioner.Locate"/>): each kept article
    /// whose place changed, as it was and as it is now, and the coming ones in their places.
    /// </summary>
    private static (Dictionary<NamedArticle, NamedArticle> Moved, List<NamedArticle> Coming) Place(IReadOnlyList<NamedArticle> previous,
        HashSet<NamedArticle> gone, List<NamedArticle> coming)
    {
        var parts = new HashSet<int>(gone.Select(named => named.Names.Location.Part)
            .Concat(coming.Select(named => ArticlePartitioner.PartOf(named.Article.SourcePath))));
        var kept = previous.Where(named => !gone.Contains(named) && parts.Contains(named.Names.Location.Part)).ToList();
        var members = kept.Concat(coming).ToList();
        var located = ArticlePartitioner.Locate(members.Select(named => named.Article.SourcePath).ToList(), members.Select(named => named.Names.ClassName).ToList());
        NamedArticle At(int i) => members[i] with { Names = members[i].Names with { Location = located[i] } };
        var moved = new Dictionary<NamedArticle, NamedArticle>(ByReference<NamedArticle>.Instance);
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i].Names.Location != located[i])
            {
                moved[kept[i]] = At(i);
            }
        }
        return (moved, Enumerable.Range(kept.Count, coming.Count).Select(At).ToList());
    }
}
