using System.Text;
using StaticNews.Content;
using StaticNews.Site.Rendering;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Views;

namespace StaticNews.Site.Tests;

/// <summary>The excerpt a list shows for a Markdown article is words, never Markdown, HTML or another generator's shortcode.</summary>
public sealed class MarkdownExcerptTests
{
    private static readonly SiteView Site = new("Site", "About.", "en", "https://example.org/", "/", SearchEnabled: false);

    [Fact]
    public void The_first_paragraph_is_shown_as_plain_text_after_what_is_not_one()
    {
        var markdown = """
            # A heading {#intro}

            {{< figure src="/img/lead.jpg" caption="Lead" >}}

            <figure><img src="/img/a.png" alt="A"></figure>

            ```
            code();
            ```

            A **bold** start with a [link](https://example.org/x "t"), `inline code`, an ![image](a.png) and a note[^1] &amp; more
            on a second line {{< ref "other" >}}.

            [^1]: The note.
            """;
        var article = new TestArticle("story", "Story", markdown: markdown);

        var view = ArticleView.From(article, Site);

        Assert.Equal("A bold start with a link, inline code, an image and a note & more on a second line .", view.Excerpt);
    }

    [Fact]
    public void A_long_first_paragraph_is_cut_as_the_runtime_cuts_excerpts_and_a_body_without_one_gives_the_standfirst()
    {
        var words = string.Join(' ', Enumerable.Repeat("*word*", 60));
        var cut = ArticleView.From(new TestArticle("long", "Long", markdown: words), Site).Excerpt;
        Assert.Equal(StaticNews.Content.Article.CutExcerpt(string.Join(' ', Enumerable.Repeat("word", 60))), cut);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);

        var onlyHeadings = new TestArticle("headings", "Headings", standfirst: "The standfirst.", markdown: "# One\n\n## Two\n");
        Assert.Equal("The standfirst.", ArticleView.From(onlyHeadings, Site).Excerpt);
    }

    [Fact]
    public void A_plain_text_article_keeps_the_runtime_excerpt()
    {
        var article = new TestArticle("plain", "Plain", paragraphs: ["Words with *stars* stay as written in plain text."]);

        Assert.Equal(article.Excerpt, ArticleView.From(article, Site).Excerpt);
        Assert.Contains("*stars*", ArticleView.From(article, Site).Excerpt, StringComparison.Ordinal);
    }

    /// <summary>
    /// A view reads its article's body only when a page reads its excerpt (or body): a build makes views of every
    /// article for the lists, and the built-in templates show one excerpt, the front page's lead.
    /// </summary>
    [Theory]
    [InlineData(ArticleFormat.Markdown, "Some *first* words.\n\nMore.", "Some first words.")]
    [InlineData(ArticleFormat.PlainText, "Some first words.\nMore.", "Some first words.")]
    public void A_view_reads_the_body_for_its_excerpt_only_when_the_excerpt_is_read(ArticleFormat format, string body, string excerpt)
    {
        var article = new BodyCountingArticle(format, body);

        var view = ArticleView.From(article, Site);

        Assert.Equal(0, article.BodyReads);
        Assert.Equal(excerpt, view.Excerpt);
        Assert.True(article.BodyReads > 0);
    }

    /// <summary>An article that counts how often its body is read.</summary>
    private sealed class BodyCountingArticle(ArticleFormat format, string body)
        : Article("counted", "test/counted.md", format, "Counted", "The standfirst.", null, null, null, [], [], null, false, null, null, [], 4)
    {
        private readonly byte[] _body = Encoding.UTF8.GetBytes(body);

        public int BodyReads { get; private set; }

        protected override ReadOnlySpan<byte> BodyUtf8
        {
            get
            {
                BodyReads++;
                return _body;
            }
        }
    }
}
