using StaticNews.Content;

namespace StaticNews.Runtime.Tests;

/// <summary>
/// <see cref="Article.WithBody"/>: the article the site makes of a compiled one whose document was edited in its body
/// only since the compile: every value the same but the body, its word count and what is made of it.
/// </summary>
public sealed class RevisedArticleTests
{
    [Theory]
    [InlineData(ArticleFormat.PlainText, "Old first paragraph.\nOld second.", "New first paragraph.\nNew second.\nA third.")]
    [InlineData(ArticleFormat.Markdown, "Old *first*.\n\nOld second.", "New *first*.\n\nNew second.\n\nA third.")]
    public void The_revised_article_has_the_new_body_and_everything_else_of_the_compiled_one(ArticleFormat format, string body, string edited)
    {
        var compiled = new TestArticle("story", format, body, "The standfirst.", "other");
        Assert.Equal(body.Split('\n')[0].TrimEnd(), compiled.GetParagraphs()[0]);

        var revised = compiled.WithBody(edited, 7);

        Assert.NotSame(compiled, revised);
        Assert.Equal(format == ArticleFormat.PlainText ? edited.Split('\n') : edited.Split("\n\n"), revised.GetParagraphs());
        Assert.Equal(format == ArticleFormat.Markdown ? edited : null, revised.GetMarkdown());
        Assert.StartsWith("New", revised.Excerpt);
        Assert.Equal(7, revised.WordCount);
        Assert.Equal(TimeSpan.FromMinutes(1), revised.ReadingTime);
        Assert.Equal((compiled.Slug, compiled.SourcePath, compiled.Format, compiled.Title, compiled.Standfirst, compiled.EditorsNote, compiled.Url),
            (revised.Slug, revised.SourcePath, revised.Format, revised.Title, revised.Standfirst, revised.EditorsNote, revised.Url));
        Assert.Equal(compiled.RelatedSlugs, revised.RelatedSlugs);
        Assert.Equal(compiled.Fields, revised.Fields);
        Assert.Equal(4.5, revised.Fields["score"]);
        // The compiled article is as it was.
        Assert.StartsWith("Old", compiled.Excerpt);
        Assert.Equal(2, compiled.WordCount);
    }
}
