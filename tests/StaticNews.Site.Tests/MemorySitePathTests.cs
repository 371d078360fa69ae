using StaticNews.Site.Serving;

namespace StaticNews.Site.Tests;

/// <summary><see cref="MemorySite.Normalize"/>: a site path in one form, whatever way it was written; none for one that leaves the site.</summary>
public sealed class MemorySitePathTests
{
    [Theory]
    [InlineData("articles/story/index.html", "articles/story/index.html")]
    [InlineData("index.html", "index.html")]
    [InlineData("/articles/story/", "articles/story")]
    [InlineData("articles//story/./index.html", "articles/story/index.html")]
    [InlineData("articles\\story\\index.html", "articles/story/index.html")]
    [InlineData("articles/other/../story/index.html", "articles/story/index.html")]
    [InlineData("./feed.xml", "feed.xml")]
    [InlineData("articles/.hidden/index.html", "articles/.hidden/index.html")]
    [InlineData("a/..b/c", "a/..b/c")]
    public void A_path_is_put_in_one_form(string path, string expected) => Assert.Equal(expected, MemorySite.Normalize(path));

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("articles/../../outside.html")]
    [InlineData("")]
    [InlineData("/")]
    [InlineData(".")]
    public void A_path_out_of_the_site_or_of_nothing_has_none(string path) => Assert.Null(MemorySite.Normalize(path));

    [Fact]
    public void A_path_already_in_its_form_is_the_same_string()
    {
        var path = "articles/story/index.html";

        Assert.Same(path, MemorySite.Normalize(path));
    }
}
