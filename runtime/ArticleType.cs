namespace StaticNews.Content;

/// <summary>What kind of journalism an article is, from its document's <c>type:</c>: news unless it says otherwise.</summary>
public enum ArticleType
{
    /// <summary>Reporting (the default): schema.org's NewsArticle.</summary>
    News = 0,

    /// <summary>An argued point of view (<c>type: opinion</c>): schema.org's OpinionNewsArticle.</summary>
    Opinion = 1,

    /// <summary>Interpretation of the news (<c>type: analysis</c>): schema.org's AnalysisNewsArticle.</summary>
    Analysis = 2,

    /// <summary>A critic's review (<c>type: review</c>): schema.org's ReviewNewsArticle.</summary>
    Review = 3,
}
