using System;
using System.Collections.Generic;

namespace StaticNews.Content;

/// <summary>A tag and its published articles, newest first. Tags that differ only in case or accents are one tag.</summary>
public sealed class Tag
{
    /// <summary>Creates a tag; the generated <c>Articles.Tags</c> are made from the generated data.</summary>
    public Tag(string name, string slug, IReadOnlyList<Article> articles)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Slug = slug ?? throw new ArgumentNullException(nameof(slug));
        Articles = articles ?? throw new ArgumentNullException(nameof(articles));
        Url = "tags/" + slug + "/";
    }

    /// <summary>The tag as first written (in the first document, by path, that uses it).</summary>
    public string Name { get; }

    /// <summary>The tag's URL-safe name.</summary>
    public string Slug { get; }

    /// <summary>The tag page's URL relative to the site root ("tags/slug/").</summary>
    public string Url { get; }

    /// <summary>The published articles with this tag, newest first.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
