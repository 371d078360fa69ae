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
}
