using StaticNews.Site.Live;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The preview's articles share one string per tag, author and section name, whichever document wrote it and whenever
/// (at the start or in an update), so the taxonomies made again on each update hash names already in the cache.
/// </summary>
public sealed class LiveNamePoolTests
{
    [Fact]
    public void Documents_read_at_the_start_and_added_later_share_each_name()
    {
        using var root = new PreviewRoot();
        root.Write("a.md", Story("Story A", "2025-01-02"));
        root.Write("b.md", Story("Story B", "2025-01-03"));
        var content = new LiveContent(root.Root);
        var added = Path.Combine(root.News, "c.md");
        File.WriteAllText(added, Story("Story C", "2025-01-04"));

        content.Update([added]);

        var articles = content.Articles.OrderBy(article => article.Title, StringComparer.Ordinal).ToList();
        Assert.Equal(["Story A", "Story B", "Story C"], articles.Select(article => article.Title));
        foreach (var article in articles.Skip(1))
        {
            Assert.Same(articles[0].Tags[0], article.Tags[0]);
            Assert.Same(articles[0].Tags[1], article.Tags[1]);
            Assert.Same(articles[0].Authors[0], article.Authors[0]);
            Assert.Same(articles[0].Section, article.Section);
        }
        Assert.Equal(["Politics", "Climate"], articles[2].Tags);
        Assert.Equal("Ani Hovhannisyan", articles[2].Authors[0]);
        Assert.Equal("World", articles[2].Section);
    }

    [Fact]
    public void The_pool_gives_the_first_string_met_for_equal_names_and_keeps_different_ones_apart()
    {
        var pool = new NamePool();
        var first = new string("Politics".AsSpan());
        var second = new string("Politics".AsSpan());

        Assert.Same(first, pool.Of(first));
        Assert.Same(first, pool.Of(second));
        Assert.Equal("politics", pool.Of("politics"));
        Assert.NotSame(first, pool.Of("politics"));
        Assert.Null(pool.OfOptional(null));
    }

    private static string Story(string title, string date) =>
        $"---\ntitle: {title}\ndescription: About {title}.\ndate: {date}\nauthor: Ani Hovhannisyan\ntags: [Politics, Climate]\nsection: World\n---\nIts body.\n";
}
