using System.Text;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Content;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Tests;

/// <summary>
/// <see cref="BodyEdits"/>: an edit that leaves everything the compile makes of a document but its body the same (the
/// build then skips the compile and the site reads the body again); any edit of what the article is, or of its problems,
/// is not one.
/// </summary>
public sealed class BodyEditsTests
{
    private static readonly GeneratorOptions Options = ContentCompiler.Options("/news/", ConfigResult.Missing);

    private const string Markdown = "---\ntitle: Alpha\ndescription: About alpha.\ndate: 2025-01-01\ntags: [news]\n---\nThe first paragraph.\n\nThe second.\n";

    private const string PlainText = "\nAlpha falls\nThe standfirst of alpha.\nThe first paragraph.\nThe second.\n";

    [Theory]
    [InlineData("a.md", Markdown, "The first paragraph.", "The first paragraph, rewritten at length with *emphasis*.")]
    [InlineData("a.md", Markdown, "The second.\n", "The second.\n\nA third, with [a link](https://example.com/).\n")]
    [InlineData("a.txt", PlainText, "The second.\n", "The second.\nA third paragraph.\nAnd a fourth.\n")]
    [InlineData("a.txt", PlainText, "The first paragraph.", "The first paragraph, changed.")]
    public void An_edit_of_the_body_alone_is_a_body_edit(string name, string text, string from, string to)
    {
        Assert.True(BodyEdits.OnlyBodyChanged(Parse(name, text), Parse(name, text.Replace(from, to))));
        Assert.NotEqual(Parse(name, text).Article!.Body, Parse(name, text.Replace(from, to)).Article!.Body);
    }

    [Theory]
    [InlineData("a.md", Markdown, "title: Alpha", "title: Alpha renamed")]
    [InlineData("a.md", Markdown, "description: About alpha.", "description: About alpha, again.")]
    [InlineData("a.md", Markdown, "tags: [news]", "tags: [news, town]")]
    [InlineData("a.md", Markdown, "date: 2025-01-01", "date: 2025-01-02")]
    [InlineData("a.md", Markdown, "tags: [news]\n", "tags: [news]\nmood: calm\n")]
    [InlineData("a.txt", PlainText, "Alpha falls", "Alpha rises")]
    [InlineData("a.txt", PlainText, "The standfirst of alpha.", "Another standfirst.")]
    // The body's editor's note is the article's EditorsNote.
    [InlineData("a.txt", PlainText, "The second.\n", "The second.\nEditor's note: this story was updated.\n")]
    public void An_edit_of_what_the_article_is_is_not(string name, string text, string from, string to)
    {
        Assert.Contains(from, text);
        Assert.False(BodyEdits.OnlyBodyChanged(Parse(name, text), Parse(name, text.Replace(from, to))));
    }

    [Fact]
    public void An_edit_that_gives_the_body_a_new_problem_is_not()
    {
        // A noncharacter is taken out and reported: a new problem is the compile's to report.
        var edited = Markdown.Replace("The second.", "The second.\uFFFF");
        Assert.NotEqual(Parse("a.md", Markdown).Diagnostics.Count, Parse("a.md", edited).Diagnostics.Count);
        Assert.False(BodyEdits.OnlyBodyChanged(Parse("a.md", Markdown), Parse("a.md", edited)));
    }

    [Fact]
    public void A_page_or_a_document_that_is_no_article_is_never_a_body_edit()
    {
        // A document with redirect_to: and no body only redirects; given a body, it is an article (and says why).
        var redirect = "---\ntitle: Moved\nredirect_to: https://example.com/\n---\n";
        Assert.NotNull(Parse("r.md", redirect).Redirect);
        Assert.False(BodyEdits.OnlyBodyChanged(Parse("r.md", redirect), Parse("r.md", redirect + "Gone.\n")));
        Assert.False(BodyEdits.OnlyBodyChanged(Parse("r.md", redirect + "Gone.\n"), Parse("r.md", redirect)));
        var page = ContentCompiler.Options("/news/", ConfigResult.Missing, documentsFolder: "/news/seeds");
        var about = "---\ntitle: About\n---\nWho we are.\n";
        ParseResult AsPage(string text) => ContentCompiler.Parse("/news/seeds/pages/about.md", SourceText.From(text), page);
        Assert.NotNull(AsPage(about).Page);
        Assert.False(BodyEdits.OnlyBodyChanged(AsPage(about), AsPage(about.Replace("Who we are.", "Who we were."))));
        Assert.False(BodyEdits.OnlyBodyChanged(Parse("e.md", ""), Parse("e.md", "")));
    }

    [Fact]
    public void The_scan_entry_parses_bytes_as_the_compile_does_with_the_embedded_resource()
    {
        var before = Encoding.UTF8.GetBytes(Markdown);
        var judged = BodyEdits.OnlyBodiesChanged("/news/", "/news/staticnews.yml", "", "/news/seeds",
            ["/news/seeds/a.md", "/news/seeds/b.md"], ["StaticNews.Documents/a.md", ""],
            [before, before],
            [Encoding.UTF8.GetBytes(Markdown.Replace("The second.", "The second, longer.")), Encoding.UTF8.GetBytes(Markdown.Replace("Alpha", "Beta"))]);

        Assert.Equal([true, false], judged);
    }

    private static ParseResult Parse(string name, string text) => ContentCompiler.Parse("/news/" + name, SourceText.From(text), Options);
}
