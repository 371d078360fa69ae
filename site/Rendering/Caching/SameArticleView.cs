using System.Collections;
using StaticNews.Site.Views;

namespace StaticNews.Site.Rendering.Caching;

/// <summary>
/// Whether two views of an article show the same: made from the same article object (so the same body, fields and
/// dates) with equal links, URLs and every other member. A view is a record, but its lists are compared by reference
/// there, and each plan makes new lists.
/// </summary>
public static class SameArticleView
{
    public static bool Same(ArticleView a, ArticleView b) =>
        ReferenceEquals(a, b)
        || (ReferenceEquals(a.Document, b.Document)
            && a.Authors.SequenceEqual(b.Authors)
            && a.Tags.SequenceEqual(b.Tags)
            && a.Related.SequenceEqual(b.Related)
            && a.Corrections.SequenceEqual(b.Corrections)
            && a.Editions.SequenceEqual(b.Editions)
            && (a with { Authors = b.Authors, Tags = b.Tags, Related = b.Related, Corrections = b.Corrections, Editions = b.Editions }).Equals(b));

    /// <summary>
    /// Whether two views show the same everywhere but in the body and what is counted or cut from it (words, reading
    /// time, excerpt): the same title, URL, dates, terms, links, corrections, editions, picture and fields, so that every
    /// list showing the article, and every page that links it, is planned alike with either.
    /// </summary>
    public static bool SameBesidesBody(ArticleView a, ArticleView b) =>
        a.Authors.SequenceEqual(b.Authors)
        && a.Tags.SequenceEqual(b.Tags)
        && a.Related.SequenceEqual(b.Related)
        && a.Corrections.SequenceEqual(b.Corrections)
        && a.Editions.SequenceEqual(b.Editions)
        && SameFields(a.Fields, b.Fields)
        && (a.WithBodyOf(b) with { Authors = b.Authors, Tags = b.Tags, Related = b.Related, Corrections = b.Corrections, Editions = b.Editions, Fields = b.Fields }).Equals(b);

    private static bool SameFields(IReadOnlyDictionary<string, object> a, IReadOnlyDictionary<string, object> b) =>
        ReferenceEquals(a, b) || (a.Count == b.Count && a.All(field => b.TryGetValue(field.Key, out var other) && SameValue(field.Value, other)));

    private static bool SameValue(object? a, object? b) =>
        Equals(a, b) || (a is IEnumerable first && a is not string && b is IEnumerable second && b is not string
            && first.Cast<object?>().SequenceEqual(second.Cast<object?>()));
}
