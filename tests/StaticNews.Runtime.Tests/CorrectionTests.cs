using StaticNews.Content;

namespace StaticNews.Runtime.Tests;

/// <summary>An article's type, corrections and translation, and its Updated following its latest correction.</summary>
public sealed class CorrectionTests
{
    private static readonly DateTimeOffset PublishedAt = new(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(4));

    private sealed class Corrected : Article
    {
        public Corrected(DateTimeOffset? updated, params Correction[] corrections)
            : base("corrected", "test/corrected.md", ArticleFormat.Markdown, "T", "S", null, PublishedAt, updated, [], [], null, false, null, null, [], 1)
        {
            DescribeNews(ArticleType.Analysis, corrections, "original");
        }
    }

    [Fact]
    public void Updated_is_the_latest_correction_when_that_is_later_than_updated()
    {
        var updated = new DateTimeOffset(2025, 4, 2, 12, 0, 0, TimeSpan.Zero);
        var later = new Correction(new DateTimeOffset(2025, 4, 3, 8, 0, 0, TimeSpan.FromHours(4)), "Later.");
        var earlier = new Correction(new DateTimeOffset(2025, 4, 2, 8, 0, 0, TimeSpan.Zero), "Earlier.");

        var article = new Corrected(updated, later, earlier);

        Assert.Equal(later.Date, article.Updated);
        Assert.Equal(TimeSpan.FromHours(4), article.Updated!.Value.Offset);
        Assert.Equal(new[] { later, earlier }, article.Corrections);
        Assert.Equal(ArticleType.Analysis, article.Type);
        Assert.Equal("original", article.TranslationOf);
    }

    [Fact]
    public void Updated_stays_when_every_correction_is_earlier()
    {
        var updated = new DateTimeOffset(2025, 4, 5, 0, 0, 0, TimeSpan.Zero);

        var article = new Corrected(updated, new Correction(new DateTimeOffset(2025, 4, 2, 0, 0, 0, TimeSpan.Zero), "Before."));

        Assert.Equal(updated, article.Updated);
    }

    [Fact]
    public void Without_updated_a_correction_after_publication_is_the_update_and_one_before_it_is_not()
    {
        Assert.Equal(new DateTimeOffset(2025, 4, 2, 0, 0, 0, TimeSpan.Zero),
            new Corrected(null, new Correction(new DateTimeOffset(2025, 4, 2, 0, 0, 0, TimeSpan.Zero), "After.")).Updated);
        Assert.Null(new Corrected(null, new Correction(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), "Before.")).Updated);
    }

    [Fact]
    public void An_article_that_says_nothing_is_news_without_corrections()
    {
        var article = new TestArticle("plain", ArticleFormat.PlainText, "Body.");

        Assert.Equal(ArticleType.News, article.Type);
        Assert.Empty(article.Corrections);
        Assert.Null(article.TranslationOf);
        Assert.Null(article.Updated);
    }
}
