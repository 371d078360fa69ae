using StaticNews.Generator.Naming;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// One page per author or tag: names that differ only in case are one term, an article is listed once on a term's
/// page however often it names the term, and two distinct names never share a page (the later one's slug is suffixed).
/// </summary>
public sealed class TermIdentityTests
{
    private static readonly DateTimeOffset Older = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Newer = new(2025, 4, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Two names whose slugs are equal: they differ only after the first 80 characters of slug.</summary>
    private static readonly string Prefix = string.Join(' ', Enumerable.Repeat("Committee", 9));
    private static readonly string LongOld = Prefix + " on roads";
    private static readonly string LongNew = Prefix + " on schools";

    [Fact]
    public void An_author_named_twice_in_other_case_lists_the_article_once()
    {
        using var site = new RenderedSite(
        [
            new TestArticle("vote", "Parliament votes", published: Newer, authors: ["Ani Hovhannisyan", "ANI HOVHANNISYAN"], tags: ["Politics", "POLITICS"], paragraphs: ["Body."]),
            new TestArticle("talks", "Talks", published: Older, authors: ["ani hovhannisyan"], tags: ["politics"], paragraphs: ["Body."]),
        ]);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        Assert.Equal(["Parliament votes", "Talks"], site.Page("authors/ani-hovhannisyan/index.html").QuerySelectorAll(".story-headline").Select(h => h.TextContent));
        Assert.Equal(["Parliament votes", "Talks"], site.Page("tags/politics/index.html").QuerySelectorAll(".story-headline").Select(h => h.TextContent));
        Assert.Equal(["Ani Hovhannisyan 2"], site.Page("authors/index.html").QuerySelectorAll(".term-list li").Select(li => li.TextContent));
        Assert.Equal(["Politics 2"], site.Page("tags/index.html").QuerySelectorAll(".term-list li").Select(li => li.TextContent));
        // The byline and the tag list name each page once.
        var vote = site.Page("articles/vote/index.html");
        Assert.Equal(["/authors/ani-hovhannisyan/"], vote.QuerySelectorAll(".byline a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/tags/politics/"], vote.QuerySelectorAll("a[rel=tag]").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("authors", ".byline a")]
    [InlineData("tags", "a[rel=tag]")]
    public void Two_long_names_equal_in_their_first_80_slug_characters_get_a_page_each(string folder, string linkSelector)
    {
        var slug = SlugBuilder.FromTitle(LongOld);
        Assert.Equal(slug, SlugBuilder.FromTitle(LongNew));
        string[] Names(string name) => folder == "authors" ? [name] : [];
        string[] Tags(string name) => folder == "tags" ? [name] : [];
        using var site = new RenderedSite(
        [
            new TestArticle("schools", "Schools", published: Newer, authors: Names(LongNew), tags: Tags(LongNew), paragraphs: ["Body."]),
            new TestArticle("roads", "Roads", published: Older, authors: Names(LongOld), tags: Tags(LongOld), paragraphs: ["Body."]),
        ]);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        // The older article's term keeps the plain slug; the newer one's is suffixed.
        Assert.Equal($"/{folder}/{slug}/", site.Page("articles/roads/index.html").QuerySelector(linkSelector)!.GetAttribute("href"));
        Assert.Equal($"/{folder}/{slug}-2/", site.Page("articles/schools/index.html").QuerySelector(linkSelector)!.GetAttribute("href"));
        var roads = site.Page($"{folder}/{slug}/index.html");
        Assert.Equal(LongOld, roads.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Roads"], roads.QuerySelectorAll(".story-headline").Select(h => h.TextContent));
        var schools = site.Page($"{folder}/{slug}-2/index.html");
        Assert.Equal(LongNew, schools.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Schools"], schools.QuerySelectorAll(".story-headline").Select(h => h.TextContent));
        Assert.Equal([LongOld, LongNew], site.Page($"{folder}/index.html").QuerySelectorAll(".term-list a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_terms_page_stays_where_it_was_when_a_newer_article_brings_a_colliding_name()
    {
        var slug = SlugBuilder.FromTitle(LongOld);
        var roads = new TestArticle("roads", "Roads", published: Older, tags: [LongOld], paragraphs: ["Body."]);
        using var before = new RenderedSite([roads]);
        using var after = new RenderedSite([new TestArticle("schools", "Schools", published: Newer, tags: [LongNew], paragraphs: ["Body."]), roads]);

        Assert.Equal(LongOld, before.Page($"tags/{slug}/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal(LongOld, after.Page($"tags/{slug}/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void An_authors_bio_is_found_however_the_articles_write_the_name()
    {
        using var site = new RenderedSite(
            [new TestArticle("vote", "Parliament votes", published: Newer, authors: ["ANI HOVHANNISYAN"], paragraphs: ["Body."])],
            config: "authors:\n  Ani Hovhannisyan:\n    bio: Covers parliament.\n");
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        Assert.Contains("Covers parliament.", site.Page("authors/ani-hovhannisyan/index.html").QuerySelector(".author-profile")!.TextContent);
    }
}
