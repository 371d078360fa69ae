using StaticNews.Generator.Naming;

namespace StaticNews.Generator.Tests;

/// <summary>staticnews.yml's permalink pattern filled from one article, patterns taken in turn (each split once and kept).</summary>
public sealed class PermalinkTests
{
    private static readonly DateTimeOffset April5 = new(2024, 4, 5, 23, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("/articles/:slug/", "my-post", true, null, "articles/my-post/")]
    [InlineData("/:section/:year/:month/:day/:slug/", "my-post", true, "World News", "world-news/2024/04/05/my-post/")]
    [InlineData("/:year/:slug/", "my-post", false, null, "articles/my-post/")]
    // Without a section the path would start "//", which is no site path: the default places it.
    [InlineData("/:section/:slug/", "my-post", true, null, "articles/my-post/")]
    [InlineData("/news/:year:month/:slug.html", "my-post", true, null, "news/202404/my-post.html")]
    [InlineData("/:slugger/:slug/", "my-post", true, null, "articles/my-post/")]
    public void A_pattern_is_filled_from_the_article(string pattern, string slug, bool dated, string? section, string expected)
    {
        Assert.Equal(expected, Permalink.Apply(pattern, slug, dated ? April5 : null, section));
    }

    [Fact]
    public void Patterns_taken_in_turn_each_fill_as_their_own()
    {
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal("2024/my-post/", Permalink.Apply("/:year/:slug/", "my-post", April5, null));
            Assert.Equal("articles/other/", Permalink.Apply("/articles/:slug/", "other", April5, null));
            Assert.Equal("sport/my-post/", Permalink.Apply("/:section/:slug/", "my-post", null, "Sport"));
        }
    }
}
