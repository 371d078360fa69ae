using System.Collections.Generic;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Content;

/// <summary>
/// How many articles the checks that only all articles together show have to read: those that name related articles or
/// have custom fields (<see cref="ContentCompiler.ReferenceCheckFor"/>) and those that are translations. Kept beside a
/// compile so that an update, which changes a few articles, skips each check over all of them when none has anything
/// for it (the usual case).
/// </summary>
internal readonly record struct CheckedArticles(int Referencing, int Translating)
{
    public static CheckedArticles Of(IEnumerable<NamedArticle> articles) => default(CheckedArticles).With(articles, +1);

    /// <summary>The counts with <paramref name="articles"/> added (<paramref name="by"/> +1) or taken out (-1).</summary>
    public CheckedArticles With(IEnumerable<NamedArticle> articles, int by)
    {
        var (referencing, translating) = (Referencing, Translating);
        foreach (var named in articles)
        {
            var metadata = named.Article.Metadata;
            if (!metadata.Related.IsEmpty || !metadata.CustomFields.IsEmpty)
            {
                referencing += by;
            }
            if (metadata.TranslationOf is not null)
            {
                translating += by;
            }
        }
        return new CheckedArticles(referencing, translating);
    }
}
