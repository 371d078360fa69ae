using System;

namespace StaticNews.Content.Data;

/// <summary>What the front matter says of the article as journalism: its type, its corrections and the original it translates.</summary>
internal sealed class NewsDescription
{
    public static readonly NewsDescription None = new(ArticleType.News, Array.Empty<Correction>(), null);

    public NewsDescription(ArticleType type, Correction[] corrections, string? translationOf)
    {
        Type = type;
        Corrections = corrections;
        TranslationOf = translationOf;
    }

    public ArticleType Type { get; }

    public Correction[] Corrections { get; }

    public string? TranslationOf { get; }
}
