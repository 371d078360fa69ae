using StaticNews.Content;
using StaticNews.Content.Generated;

namespace StaticNews.Runtime.Tests;

/// <summary>
/// What generated code calls, on types shaped as the generator emits them (a part holder with its data in a private
/// constant), with this assembly's embedded documents (Documents/, embedded as the build embeds a site's).
/// </summary>
public sealed class GeneratedContentTests
{
    /// <summary>A part of three articles whose bodies are read from embedded documents.</summary>
    private static class DocumentsPart
    {
        // crlf.md: the lines "# Heading" and "First line" are one range (one '\n' apart); "second line", "" and "Next block"
        // another ("\r\n" before them is two characters, so the generator did not join across it).
        // Titles and standfirsts are ranges of the documents where they stand as written ('length@start;'), slugs
        // ranges of the source paths ('length/start;').
        private const string Data = "StaticNews.Articles/4|"
            + "12:docs/crlf.md4/5;1;4@11;5:Lead.~~~0;0;~0;~~0;5;19:StaticNews.Document9;4;20;20;42;23;~~~0;~0;0;0;~|"
            + "14:docs/utf16.txt5/5;0;6@0;5@7;~~~0;0;~0;~~0;3;19:StaticNews.Document11;4;13;8;22;5;~~~0;~0;0;0;~|"
            + "10:docs/cr.md2/5;1;2:Cr5:Lead.~~~0;0;~0;~~0;4;19:StaticNews.Document7;2;0;17;~~~0;~0;0;0;~|";
    }

    /// <summary>A title said to run past the end of its document.</summary>
    private static class PastTheEndPart
    {
        private const string Data = "StaticNews.Articles/4|10:docs/cr.md2/5;1;9@15;5:Lead.~~~0;0;~0;~~0;4;19:StaticNews.Document7;2;0;17;~~~0;~0;0;0;~|";
    }

    private static class ShortPart
    {
        private const string Data = "StaticNews.Articles/4|1:a1:a0;1:A1:L~~~0;0;~0;~~0;1;~~~~0;~0;0;0;~|";
    }

    private static class NoDataPart
    {
    }

    [Fact]
    public void A_generated_article_names_the_compiled_content_its_body_is_part_of_and_no_other_article_does()
    {
        var articles = GeneratedContent.LoadPart(typeof(DocumentsPart), _ => null, new GeneratedArticle(), new GeneratedArticle(), new GeneratedArticle());
        var literal = GeneratedContent.LoadPart(typeof(ShortPart), _ => null, new GeneratedArticle())[0];

        // The assembly the part was compiled into, whether the body is an embedded document's or the class's own.
        var version = typeof(DocumentsPart).Assembly.ManifestModule.ModuleVersionId;
        Assert.NotEqual(Guid.Empty, version);
        Assert.All(articles, article => Assert.Equal(version, article.CompiledContentVersion));
        Assert.Equal(version, literal.CompiledContentVersion);
        // Given another body, or made by hand, it is no compiled content's.
        Assert.Null(articles[0].WithBody("Another body.", 2).CompiledContentVersion);
        Assert.Null(new TestArticle("story", ArticleFormat.Markdown, "A body.", "The standfirst.").CompiledContentVersion);
    }

    [Fact]
    public void Bodies_are_read_from_the_embedded_documents_at_their_ranges()
    {
        var articles = GeneratedContent.LoadPart(typeof(DocumentsPart), _ => null, new GeneratedArticle(), new GeneratedArticle(), new GeneratedArticle());

        var crlf = articles[0];
        Assert.Equal("crlf", crlf.Slug);
        Assert.Equal("articles/crlf/", crlf.Url);
        Assert.Equal(("Vote", "Lead."), (crlf.Title, crlf.Standfirst));
        Assert.Equal("# Heading\nFirst line\nsecond line\n\nNext block", crlf.GetMarkdown());
        Assert.Equal(new[] { "# Heading\nFirst line\nsecond line", "Next block" }, crlf.GetParagraphs());

        // A UTF-16 document (by its byte-order mark) decoded as the compiler decodes it; plain text: a range a paragraph.
        var utf16 = articles[1];
        Assert.Equal(("utf16", "Título", "Lead."), (utf16.Slug, utf16.Title, utf16.Standfirst));
        Assert.Equal(new[] { "Uno dos.", "Tres." }, utf16.GetParagraphs());
        Assert.Equal("Uno dos.", utf16.Excerpt);

        // A lone '\r' ends a line as the compiler reads lines: the body has '\n' there.
        Assert.Equal(("cr", "Cr"), (articles[2].Slug, articles[2].Title));
        Assert.Equal("Line one\nLine two", articles[2].GetMarkdown());
    }

    [Fact]
    public void A_text_said_to_run_past_its_document_is_an_error_naming_the_article()
    {
        var article = GeneratedContent.LoadPart(typeof(PastTheEndPart), _ => null, new GeneratedArticle())[0];

        var error = Assert.Throws<InvalidOperationException>(() => article.Title);

        Assert.Contains("docs/cr.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("up to character 24", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_articles_are_found_through_the_index_when_asked_for()
    {
        var other = new TestArticle("other", ArticleFormat.PlainText, "Body.");
        var asked = new List<string>();
        var articles = GeneratedContent.LoadPart(typeof(ShortPart), slug => { asked.Add(slug); return slug == "other" ? other : null; }, new GeneratedArticle());

        Assert.Empty(asked);
        Assert.Empty(articles[0].Related);
        Assert.Empty(asked);
    }

    [Fact]
    public void A_part_with_fewer_records_than_articles_is_an_error()
    {
        var error = Assert.Throws<FormatException>(() => GeneratedContent.LoadPart(typeof(ShortPart), _ => null, new GeneratedArticle(), new GeneratedArticle()));

        Assert.Contains("record 1, field 'source path'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_with_more_records_than_articles_is_an_error()
    {
        var error = Assert.Throws<FormatException>(() => GeneratedContent.LoadPart(typeof(DocumentsPart), _ => null, new GeneratedArticle()));

        Assert.Contains("end of data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_without_data_is_an_error_naming_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => GeneratedContent.LoadPart(typeof(NoDataPart), _ => null));

        Assert.Contains(nameof(NoDataPart), error.Message, StringComparison.Ordinal);
    }
}
