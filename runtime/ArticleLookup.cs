using System;
using System.ComponentModel;

namespace StaticNews.Content;

public abstract partial class Article
{
    /// <summary>
    /// For articles made by hand (the <see cref="Article(string, string, ArticleFormat, string, string, string?, DateTimeOffset?, DateTimeOffset?, string[], string[], string?, bool, string?, string?, string[], int)"/>
    /// constructor): how <see cref="Related"/> finds a published article by slug, as <c>Articles.BySlug</c> does for
    /// generated ones. Set before <see cref="Related"/> is first read.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected void FindRelatedWith(Func<string, Article?> bySlug)
    {
        _bySlug = bySlug ?? throw new ArgumentNullException(nameof(bySlug));
    }
}
