using System;
using System.Collections.Immutable;
using System.Linq;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Emit;

/// <summary>
/// Spreads articles over <see cref="PartCount"/> generated files. One file per article made Roslyn (4.14) compare
/// every generated file name with every other one on each generator run: 93% of an unrelated edit's cost at
/// 10,000 articles. Always returning every part, empty or not, keeps each part at the same position between runs,
/// so an unchanged part compares equal and is not emitted again.
/// </summary>
public static class ArticlePartitioner
{
    public const int PartCount = 256;

    /// <summary>The order of the articles within a part; the index refers to an article by its position in it.</summary>
    public static readonly Comparison<string> ClassNameOrder = string.CompareOrdinal;

    public static ImmutableArray<ArticlePart> Split(ImmutableArray<NamedArticle> articles)
    {
        // Runs on every edit over every article: one hash per article, then arrays of exact size (no list growth).
        var partOf = new int[articles.Length];
        var sizes = new int[PartCount];
        for (var i = 0; i < articles.Length; i++)
        {
            partOf[i] = PartOf(articles[i].Article.SourcePath);
            sizes[partOf[i]]++;
        }
        var members = new NamedArticle[PartCount][];
        for (var part = 0; part < PartCount; part++)
        {
            members[part] = new NamedArticle[sizes[part]];
            sizes[part] = 0;
        }
        for (var i = 0; i < articles.Length; i++)
        {
            members[partOf[i]][sizes[partOf[i]]++] = articles[i];
        }

        var parts = ImmutableArray.CreateBuilder<ArticlePart>(PartCount);
        for (var part = 0; part < PartCount; part++)
        {
            Array.Sort(members[part], (a, b) => ClassNameOrder(a.Names.ClassName, b.Names.ClassName));
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
