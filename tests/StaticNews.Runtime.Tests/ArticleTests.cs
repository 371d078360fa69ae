using StaticNews.Content;

namespace StaticNews.Runtime.Tests;

/// <summary>Article's own behaviour on hand-made articles: cheap properties, bodies read on each call, what is kept.</summary>
public sealed class ArticleTests
{
    [Fact]
    public void A_plain_text_body_is_one_paragraph_a_line()
    {
        var article = new TestArticle("plain", ArticleFormat.PlainText, "One.\nTwo.");

        Assert.Equal(new[] { "One.", "Two." }, article.GetParagraphs());
        Assert.Equal("One.\n\nTwo.", article.GetPlainText());
        Assert.Null(article.GetMarkdown());
        Assert.Equal("articles/plain/", article.Url);
        Assert.Equal("Title of plain", article.ToString());
    }

    [Fact]
    public void A_markdown_body_is_its_source_and_its_blocks()
    {
        var article = new TestArticle("md", ArticleFormat.Markdown, "# Head\n\nSome *text*.\n\n\n- a\n- b");

        Assert.Equal("# Head\n\nSome *text*.\n\n\n- a\n- b", article.GetMarkdown());
        Assert.Equal(new[] { "# Head", "Some *text*.", "- a\n- b" }, article.GetParagraphs());
    }

    [Fact]
    public void The_body_is_not_kept_but_the_excerpt_and_fields_are()
    {
        var article = new TestArticle("kept", ArticleFormat.PlainText, string.Join(" ", Enumerable.Range(0, 60).Select(i => "word" + i)) + ".");

        Assert.NotSame(article.GetParagraphs(), article.GetParagraphs());
        Assert.Same(article.Excerpt, article.Excerpt);
        Assert.EndsWith("…", article.Excerpt, StringComparison.Ordinal);
        Assert.True(article.Excerpt.Length <= 201);
        Assert.Same(article.Fields, article.Fields);
        Assert.Equal(1, article.FieldsMade);
        Assert.Equal(4.5, article.Fields["score"]);
    }

    [Fact]
    public void An_empty_body_gives_the_standfirst_as_excerpt_and_no_paragraphs()
    {
        var article = new TestArticle("empty", ArticleFormat.PlainText, "", standfirst: "Only this.");

        Assert.Empty(article.GetParagraphs());
        Assert.Equal("Only this.", article.Excerpt);
        Assert.Equal(TimeSpan.FromMinutes(1), article.ReadingTime);
    }

    [Fact]
    public void A_hand_made_article_names_related_slugs_but_resolves_none()
    {
        var article = new TestArticle("alone", ArticleFormat.PlainText, "Body.", "Lead.", "other");

        Assert.Equal(new[] { "other" }, article.RelatedSlugs);
        Assert.Empty(article.Related);
    }

    [Fact]
    public void An_article_without_custom_fields_has_an_empty_dictionary()
    {
        Assert.Empty(new GeneratedArticle().Fields);
    }
}
