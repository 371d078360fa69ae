using System.Collections.Generic;
using StaticNews.Generator.Indexing;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Content;

/// <summary>The order of <c>Articles.All</c> and of each tag's articles (<see cref="IndexBuilder.Order"/>), for finding where an article goes in.</summary>
internal sealed class PublishOrder : IComparer<NamedArticle>
{
    public static readonly PublishOrder Instance = new();

    public int Compare(NamedArticle? x, NamedArticle? y) =>
        IndexBuilder.Compare(x!.Article.Metadata.Published, x.Names.Slug, y!.Article.Metadata.Published, y.Names.Slug);

    /// <summary>Puts <paramref name="article"/> in <paramref name="ordered"/> where the order places it.</summary>
    public static void Insert(List<NamedArticle> ordered, NamedArticle article)
    {
        var at = ordered.BinarySearch(article, Instance);
        ordered.Insert(at < 0 ? ~at : at, article);
    }
}
