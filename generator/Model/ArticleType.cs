namespace StaticNews.Generator.Model;

/// <summary>What kind of journalism an article is (<c>type:</c>): news unless the document says otherwise.</summary>
public enum ArticleType
{
    News,
    Opinion,
    Analysis,
    Review,
}
