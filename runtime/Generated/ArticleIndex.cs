using System;
using System.Collections.Generic;
using System.ComponentModel;
using StaticNews.Content.Data;

namespace StaticNews.Content.Generated;

/// <summary>
/// The published articles of a content assembly, newest first, found by slug, their tags, and the pages that send the
/// reader to another site: what the generated <c>Articles</c> class gives.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArticleIndex
{
    private readonly Dictionary<string, Article> _bySlug;

    private ArticleIndex(Article[] all, Tag[] tags, Redirect[] redirects)
    {
        All = all;
        Tags = tags;
        Redirects = redirects;
        _bySlug = new Dictionary<string, Article>(all.Length, StringComparer.Ordinal);
        foreach (var article in all)
        {
            _bySlug.Add(article.Slug, article);
        }
    }

    /// <summary>Every published article, newest first.</summary>
    public IReadOnlyList<Article> All { get; }

    /// <summary>Every tag of the published articles, ordered by slug.</summary>
    public IReadOnlyList<Tag> Tags { get; }

    /// <summary>The pages that only send the reader to another site, by path.</summary>
    public IReadOnlyList<Redirect> Redirects { get; }

    /// <summary>The published article with this slug (compared ordinally), or null.</summary>
    public Article? BySlug(string slug) => _bySlug.TryGetValue(slug, out var found) ? found : null;

    /// <summary>Reads index data (<see cref="ArticleDataFormat"/>): the published articles, the redirects, then the tags.</summary>
    internal static ArticleIndex Read(ArticleDataReader reader, Article[][] parts)
    {
        var all = ReadArticles(reader, parts, "published articles");
        reader.EndRecord();
        var redirects = ReadRedirects(reader);
        reader.EndRecord();
        var tags = new List<Tag>();
        while (!reader.AtEnd)
        {
            var name = reader.Text("tag name");
            var slug = reader.Text("tag slug");
            tags.Add(new Tag(name, slug, ReadArticles(reader, parts, "tag articles")));
            reader.EndRecord();
        }
        return new ArticleIndex(all, tags.ToArray(), redirects);
    }

    private static Redirect[] ReadRedirects(ArticleDataReader reader)
    {
        var redirects = new Redirect[reader.Count("redirects")];
        for (var i = 0; i < redirects.Length; i++)
        {
            var sourcePath = reader.Text("redirect source path");
            var path = reader.Text("redirect path");
            var target = reader.Text("redirect target");
            var title = reader.NullableText("redirect title");
            try
            {
                redirects[i] = new Redirect(sourcePath, path, target, title);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"Generated index data names a redirect of {sourcePath} that this StaticNews.Runtime does not make: {e.Message}", e);
            }
        }
        return redirects;
    }

    private static Article[] ReadArticles(ArticleDataReader reader, Article[][] parts, string field)
    {
        var articles = new Article[reader.Count(field)];
        for (var i = 0; i < articles.Length; i++)
        {
            var part = reader.Int32(field + " (part)");
            var position = reader.Int32(field + " (position)");
            if (part < 0 || part >= parts.Length || position < 0 || position >= parts[part].Length)
            {
                throw new FormatException($"Generated index data names article {position} of part {part}, which does not exist ({parts.Length} parts): " +
                    "the index and the parts were generated apart.");
            }
            articles[i] = parts[part][position];
        }
        return articles;
    }
}
