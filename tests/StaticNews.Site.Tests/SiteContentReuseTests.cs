using System.Text.Json;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Pages;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Views;

namespace StaticNews.Site.Tests;

/// <summary>
/// A content made with the previous one (the preview's next update) takes again the views of the same article objects
/// when what they were made from is the same, and its views equal those of a content made from nothing.
/// </summary>
public sealed class SiteContentReuseTests
{
    private static readonly SiteView Site = new("News", "All the news.", "en", "https://example.org/news/", "/news/", SearchEnabled: false);
    private static readonly SiteSettings Settings = new("News", "All the news.", "en", Site.BaseUrl, Site.BasePath, PageSize: 2);

    /// <summary>Two tags whose slugs are the same up to the 80 characters a slug keeps: the one the oldest article names first keeps it.</summary>
    private static readonly string LongTag = string.Join(' ', Enumerable.Repeat("Committee", 9));

    [Fact]
    public void A_new_article_leaves_the_other_views_as_they_were_made_and_equal_to_views_made_anew()
    {
        var articles = Articles(5);
        var before = new SiteContent(Settings, Site, articles, []);
        var added = new TestArticle("new", "New", published: Day(10), tags: ["Politics"], authors: ["Ann"], paragraphs: ["Body."]);
        List<Article> after = [added, .. articles];

        var updated = new SiteContent(Settings, Site, after, [], previous: before);

        AssertSameViews(new SiteContent(Settings, Site, after, []), updated);
        // The view of an unchanged article is the one made before; shown as before too when its links are the same.
        Assert.Same(before.Articles[1].Tags, updated.Articles[2].Tags);
        Assert.Same(before.Articles[3], updated.Articles[4]);
        Assert.NotSame(before.Articles[0], updated.Articles[1]);
        Assert.Equal(updated.Articles[0].Link, updated.Articles[1].Newer);
    }

    [Fact]
    public void After_an_edit_in_place_and_a_deletion_the_views_of_the_articles_left_as_they_were_are_the_ones_made_before()
    {
        var articles = Articles(12);
        var first = new SiteContent(Settings, Site, articles, []);
        // Story 1 edited in place (its view replaced where it stands, as the preview's edit does), then stories 2 and 4 to 8
        // deleted: story 1 gets another older neighbour, so its view is shown with new links, made from the edited article.
        var edited = new TestArticle("story-1", "Story 1", published: Day(8), tags: ["Economy"], authors: ["Ann"], paragraphs: ["Body 1, edited."]);
        var inPlace = first.WithArticles([.. first.Articles.Select((view, i) => i == 1 ? first.ViewInPlaceOf(1, edited) : view)]);
        List<Article> after = [articles[0], edited, articles[3], .. articles.Skip(9)];

        var updated = new SiteContent(Settings, Site, after, [], previous: inPlace);

        AssertSameViews(new SiteContent(Settings, Site, after, []), updated);
        // Shown as before where the links are the same too: stories 10 and 11 (their neighbours are unchanged).
        Assert.Same(first.Articles[10], updated.Articles[4]);
        Assert.Same(first.Articles[11], updated.Articles[5]);
        // The edited article's view is made from it, not taken from before the edit.
        Assert.Contains("edited", JsonSerializer.Serialize(updated.Articles[1]));
        Assert.Same(first.Articles[0].Tags, updated.Articles[0].Tags);
    }

    [Fact]
    public void A_change_that_moves_a_term_to_another_page_makes_every_view_again()
    {
        var kept = new TestArticle("kept", "Kept", published: Day(5), tags: [LongTag + " one"], paragraphs: ["Body."]);
        var before = new SiteContent(Settings, Site, [kept], []);
        // An older article names the other long tag first: that one now keeps the shared slug, and "one" moves to "-2".
        var older = new TestArticle("older", "Older", published: Day(1), tags: [LongTag + " two", LongTag + " one"], paragraphs: ["Body."]);

        var updated = new SiteContent(Settings, Site, [kept, older], [], previous: before);

        Assert.Equal(before.Articles[0].Tags[0].Url.TrimEnd('/') + "-2/", updated.Articles[0].Tags[0].Url);
        AssertSameViews(new SiteContent(Settings, Site, [kept, older], []), updated);
    }

    [Theory]
    [InlineData("https://example.com/news/", "en")]
    [InlineData("https://example.org/news/", "hy")]
    public void Another_base_URL_or_language_makes_every_view_again(string baseUrl, string language)
    {
        var articles = Articles(3);
        var before = new SiteContent(Settings, Site, articles, []);
        var moved = Site with { BaseUrl = baseUrl, Language = language };
        var settings = Settings with { BaseUrl = baseUrl, Language = language };

        var updated = new SiteContent(settings, moved, articles, [], previous: before);

        AssertSameViews(new SiteContent(settings, moved, articles, []), updated);
    }

    private static List<Article> Articles(int count) =>
        Enumerable.Range(0, count)
            .Select(i => (Article)new TestArticle($"story-{i}", $"Story {i}", published: Day(9 - i), tags: [i % 2 == 0 ? "Politics" : "Economy"],
                authors: ["Ann"], related: i == 2 ? ["story-0", "new"] : null, paragraphs: [$"Body {i}."]))
            .ToList();

    /// <summary>March's day <paramref name="day"/> (the days before March for 0 and less).</summary>
    private static DateTimeOffset Day(int day) => new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero).AddDays(day - 1);

    /// <summary>Every view the same in all that templates read of it (its public members, as JSON).</summary>
    private static void AssertSameViews(SiteContent expected, SiteContent actual) =>
        Assert.Equal(expected.Articles.Select(view => JsonSerializer.Serialize(view)), actual.Articles.Select(view => JsonSerializer.Serialize(view)));
}
