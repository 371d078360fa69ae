using StaticNews.Content;

namespace StaticNews.Runtime.Tests;

public sealed class TagTests
{
    [Fact]
    public void A_tag_has_its_url_and_articles()
    {
        var article = new TestArticle("a", ArticleFormat.PlainText, "Body.");
        var tag = new Tag("Politics", "politics", new[] { article });

        Assert.Equal("tags/politics/", tag.Url);
        Assert.Equal("Politics", tag.ToString());
        Assert.Same(article, Assert.Single(tag.Articles));
    }
}
