using System;
using System.Collections.Generic;
using StaticNews.Content.Data;

namespace StaticNews.Content;

/// <summary>
/// A page of the site that is no article (About, Contact, a policy): a document of the documents folder's <c>pages/</c>.
/// It is in no list of articles, feed or news sitemap; the site renders it at <see cref="Url"/> and links it from every
/// page's footer. The generated <c>Pages</c> class holds them (<c>Pages.All</c>, <c>Pages.About</c>).
/// </summary>
public sealed class Page
{
    /// <summary>Creates a page; the generated <c>Pages</c> are made from the generated data.</summary>
    public Page(string sourcePath, string slug, string url, string title, string description, ArticleFormat format, string? language, string body)
    {
        SourcePath = sourcePath ?? throw new ArgumentNullException(nameof(sourcePath));
        Slug = slug ?? throw new ArgumentNullException(nameof(slug));
        Url = url ?? throw new ArgumentNullException(nameof(url));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Description = description ?? "";
        Format = format;
        Language = string.IsNullOrEmpty(language) ? null : language;
        Body = body ?? "";
    }

    /// <summary>The document's path relative to the content root ("seeds/pages/about.md").</summary>
    public string SourcePath { get; }

    /// <summary>Its <c>slug:</c>, else its file's name.</summary>
    public string Slug { get; }

    /// <summary>The page's path from the site's root: its <c>url:</c>, else "&lt;slug&gt;/".</summary>
    public string Url { get; }

    /// <summary>Its title (<c>title:</c>, else its first line).</summary>
    public string Title { get; }

    /// <summary>Its standfirst (<c>description:</c>), or empty.</summary>
    public string Description { get; }

    /// <summary>Markdown or plain text, as its file's extension says.</summary>
    public ArticleFormat Format { get; }

    /// <summary>Its <c>lang:</c>, or null for the site's language.</summary>
    public string? Language { get; }

    /// <summary>Markdown: the body's source. Plain text: the paragraphs, one a line.</summary>
    public string Body { get; }

    /// <summary>The body's paragraphs of a plain-text page (a Markdown page's body is rendered by the site).</summary>
    public IReadOnlyList<string> Paragraphs => Body.Length == 0 ? Array.Empty<string>() : Body.Split('\n');

    /// <summary>Reads the generated data of the <c>Pages</c> class.</summary>
    public static IReadOnlyList<Page> ReadAll(string data) => PageData.Read(data);

    /// <summary>The page's title.</summary>
    public override string ToString() => Title;
}
