using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Indexing;

/// <summary>
/// Where each article lives: spreads articles over <see cref="PartCount"/> generated files, and orders each file's.
/// Decided once the names are known (<see cref="Place"/>); the index names articles by these places, and the emitter
/// writes each part's articles there (<see cref="Split"/>). A fixed number of files, not one per article: Roslyn
/// compares every generated file name with every other one on each generator run, cached outputs included, so that
/// cost grows with the square of the number of files. Always returning every part, empty or not, keeps each part at
/// the same position between runs, so an unchanged part compares equal and is not emitted again.
/// </summary>
public static class ArticlePartitioner
{
    public const int PartCount = 256;

    /// <summary>
    /// The naming result with each article's place: the part of its source path, and its position among that part's
    /// articles in ordinal order of class names. Runs with the naming step, which runs again only when what naming
    /// needs of a document changes (its title, slug, path, date or custom keys) or the set of documents does.
    /// </summary>
    public static NamingResult Place(NamingResult naming, IReadOnlyDictionary<string, string> sourcePaths)
    {
        var names = naming.Names;
        var located = Locate(names.Select(n => sourcePaths[n.FilePath]).ToList(), names.Select(n => n.ClassName).ToList());
        return naming with { Names = names.Select((n, i) => n with { Location = located[i] }).ToEquatableArray() };
    }

    /// <summary>Each article's place (see <see cref="Place"/>), for articles given by source path and class name.</summary>
    public static ArticleReference[] Locate(IReadOnlyList<string> sourcePaths, IReadOnlyList<string> classNames)
    {
        var located = new ArticleReference[sourcePaths.Count];
        var members = new List<int>?[PartCount];
        for (var i = 0; i < sourcePaths.Count; i++)
        {
            var part = PartOf(sourcePaths[i]);
            (members[part] ??= new List<int>()).Add(i);
        }
        for (var part = 0; part < PartCount; part++)
        {
            if (members[part] is not { } articles)
            {
                continue;
            }
            articles.Sort((a, b) => string.CompareOrdinal(classNames[a], classNames[b]));
            for (var position = 0; position < articles.Count; position++)
            {
                located[articles[position]] = new ArticleReference(part, position);
            }
        }
        return located;
    }

    /// <summary>Every part, in order, each holding its articles at the places <see cref="Locate"/> gave them.</summary>
    public static ImmutableArray<ArticlePart> Split(ImmutableArray<NamedArticle> articles)
    {
        // Runs on every edit over every article, so it only counts and places: the hashing and sorting are Place's,
        // in the naming step, which an edit of a body does not run again.
        var sizes = new int[PartCount];
        foreach (var article in articles)
        {
            var location = article.Names.Location;
            sizes[location.Part] = Math.Max(sizes[location.Part], location.Position + 1);
        }
        var members = new NamedArticle[PartCount][];
        for (var part = 0; part < PartCount; part++)
        {
            members[part] = new NamedArticle[sizes[part]];
        }
        foreach (var article in articles)
        {
            var location = article.Names.Location;
            members[location.Part][location.Position] = article;
        }

        var parts = ImmutableArray.CreateBuilder<ArticlePart>(PartCount);
        for (var part = 0; part < PartCount; part++)
        {
            parts.Add(new ArticlePart(part, new EquatableArray<NamedArticle>(members[part])));
        }
        return parts.MoveToImmutable();
    }

    /// <summary>FNV-1a over the path's characters: the same on every machine and run, unlike string.GetHashCode.</summary>
    public static int PartOf(string sourcePath)
    {
        var hash = 2166136261u;
        foreach (var c in sourcePath)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }
        return (int)(hash % PartCount);
    }
}
