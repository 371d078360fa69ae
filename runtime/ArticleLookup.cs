using System;
using System.ComponentModel;

namespace StaticNews.Content;

public abstract partial class Article
{
    /// <summary>
    /// Creates an article from metadata given here, with the body from <see cref="BodyUtf8"/>, whose
    /// <see cref="Related"/> finds published articles through <paramref name="bySlug"/> (as <c>Articles.BySlug</c> does
    /// for generated ones): for content kept in memory, such as a preview's.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Article(
        string slug,
        string sourcePath,
        ArticleFormat format,
        string title,
        string standfirst,
        string? editorsNote,
        DateTimeOffset? published,
        DateTimeOffset? updated,
        string[] authors,
        string[] tags,
        string? section,
        bool isDraft,
        string? image,
        string? language,
        string[] relatedSlugs,
        int wordCount,
        Func<string, Article?> bySlug,
        string? url = null,
        string[]? aliases = null)
        : this(slug, sourcePath, format, title, standfirst, editorsNote, published, updated, authors, tags, section, isDraft, image,
            language, relatedSlugs, wordCount, url, aliases)
    {
        _bySlug = bySlug ?? throw new ArgumentNullException(nameof(bySlug));
    }
}
