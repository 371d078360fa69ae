using System.Text;
using StaticNews.Content;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>An article made in a test with what a newsroom says of it: its type, corrections and the article it translates.</summary>
public sealed class NewsArticle : Article
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("The body of the story.");

    public NewsArticle(string slug, string title, DateTimeOffset? published = null, DateTimeOffset? updated = null, string? language = null,
        ArticleType type = ArticleType.News, Correction[]? corrections = null, string? translationOf = null)
        : base(slug, $"test/{slug}.md", ArticleFormat.PlainText, title, "A standfirst.", null, published, updated, [], [], null, false, null, language, [], 5)
    {
        DescribeNews(type, corrections, translationOf);
    }

    protected override ReadOnlySpan<byte> BodyUtf8 => Body;
}
