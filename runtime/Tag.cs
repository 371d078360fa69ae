using System;
using System.Collections.Generic;

namespace StaticNews.Content;

/// <summary>
/// A tag and its published articles, newest first. Tags whose words are the same (case, accents and punctuation aside)
/// are one tag, grouped as the site groups its tag pages; two long tags whose slugs would be equal get <c>-2</c>, ...
/// </summary>
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

    /// <summary>The tag as the newest article that has it writes it.</summary>
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
