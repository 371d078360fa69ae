using System;
using System.Collections.Generic;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Content;

/// <summary>
/// The articles of one list by their documents' file paths, for <see cref="ContentUpdate"/> to find the documents that
/// came or went. Made once for a list, then carried into the next update's content with only what changed: at 10,000
/// articles, making it again read every article and cost about 2 ms of a preview's update.
/// </summary>
internal sealed class ArticlePaths
{
    private readonly IReadOnlyList<NamedArticle> _articles;
    private readonly Dictionary<string, NamedArticle> _byPath;

    private ArticlePaths(IReadOnlyList<NamedArticle> articles, Dictionary<string, NamedArticle> byPath)
    {
        (_articles, _byPath) = (articles, byPath);
    }

    public static ArticlePaths Of(IReadOnlyList<NamedArticle> articles)
    {
        var byPath = new Dictionary<string, NamedArticle>(articles.Count, StringComparer.Ordinal);
        foreach (var named in articles)
        {
            byPath[named.Names.FilePath] = named;
        }
        return new ArticlePaths(articles, byPath);
    }

    /// <summary>Whether these are the paths of <paramref name="articles"/>, the very list they were made or carried for.</summary>
    public bool Index(IReadOnlyList<NamedArticle> articles) => ReferenceEquals(_articles, articles);

    public bool TryGet(string filePath, out NamedArticle named) => _byPath.TryGetValue(filePath, out named!);

    /// <summary>
    /// The paths of <paramref name="articles"/>: these, with <paramref name="gone"/> taken out and <paramref name="placed"/>
    /// put in (new, edited, or the same documents placed anew); the map is copied with its hashes.
    /// </summary>
    public ArticlePaths After(IReadOnlyList<NamedArticle> articles, IEnumerable<NamedArticle> gone, IEnumerable<NamedArticle> placed)
    {
        var byPath = new Dictionary<string, NamedArticle>(_byPath, StringComparer.Ordinal);
        foreach (var named in gone)
        {
            byPath.Remove(named.Names.FilePath);
        }
        foreach (var named in placed)
        {
            byPath[named.Names.FilePath] = named;
        }
        return new ArticlePaths(articles, byPath);
    }
}
