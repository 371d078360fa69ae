using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Content;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Tests;

/// <summary>
/// <see cref="ContentCompiler.Replace"/>: an edit that leaves all the compile reads of a document the same replaces its
/// article where it stands; any other edit, or a moment that publishes or expires an article meanwhile, needs a compile.
/// </summary>
public sealed class ContentReplaceTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly GeneratorOptions Options = ContentCompiler.Options("/news/", ConfigResult.Missing);

    [Fact]
    public void A_body_edit_replaces_the_article_in_its_places_and_keeps_every_other_one()
    {
        var documents = new[] { Parse("a.md", Doc("Alpha", "2025-01-01", "Body a.")), Parse("b.md", Doc("Beta", "2025-01-02", "Body b.")) };
        var compiled = ContentCompiler.Compile(documents, includeDrafts: false, Now);
        var edited = Parse("a.md", Doc("Alpha", "2025-01-01", "Body a, edited at length."));

        var replaced = ContentCompiler.Replace(compiled, [(documents[0], edited)], Now.AddMinutes(1));

        Assert.NotNull(replaced);
        Assert.Equal(compiled.Published.Select(a => a.Names), replaced.Published.Select(a => a.Names));
        Assert.Same(edited, replaced.Published.Single(a => a.Names.Slug == "a").Article);
        Assert.Same(compiled.Published.Single(a => a.Names.Slug == "b"), replaced.Published.Single(a => a.Names.Slug == "b"));
        Assert.Same(edited, replaced.Tags.Single(t => t.Slug == "news").Articles.Single(a => a.Names.Slug == "a").Article);
        Assert.Equal(Now.AddMinutes(1), replaced.Now);
    }

    [Fact]
    public void A_tag_without_an_edited_article_is_kept_the_object_it_was_and_every_list_keeps_its_other_articles()
    {
        var documents = new[]
        {
            Parse("a.md", Doc("Alpha", "2025-01-01", "Body a.", "politics")),
            Parse("b.md", Doc("Beta", "2025-01-02", "Body b.", "climate")),
            Parse("c.md", Doc("Gamma", "2025-01-03", "Body c.", "politics")),
        };
        var compiled = ContentCompiler.Compile(documents, includeDrafts: false, Now);
        var edited = Parse("a.md", Doc("Alpha", "2025-01-01", "Body a, edited.", "politics"));

        var replaced = ContentCompiler.Replace(compiled, [(documents[0], edited)], Now.AddMinutes(1))!;

        // The preview finds the edited articles where the lists differ, and takes every tag kept as it was.
        Assert.Same(compiled.Tags.Single(t => t.Slug == "climate"), replaced.Tags.Single(t => t.Slug == "climate"));
        Assert.NotSame(compiled.Tags.Single(t => t.Slug == "politics"), replaced.Tags.Single(t => t.Slug == "politics"));
        Assert.Equal(["c", "a"], replaced.Tags.Single(t => t.Slug == "politics").Articles.Select(a => a.Names.Slug));
        var differing = compiled.Published.Zip(replaced.Published).Where(pair => !ReferenceEquals(pair.First, pair.Second)).ToList();
        Assert.Same(edited, Assert.Single(differing).Second.Article);
        Assert.Equal(compiled.Articles.Count(a => !ReferenceEquals(a.Article, documents[0])),
            compiled.Articles.Zip(replaced.Articles).Count(pair => ReferenceEquals(pair.First, pair.Second)));
    }

    [Theory]
    [InlineData("Alpha renamed", "2025-01-01", "news")]
    [InlineData("Alpha", "2025-01-05", "news")]
    [InlineData("Alpha", "2025-01-01", "politics")]
    public void An_edit_of_what_names_dates_or_tags_the_article_needs_a_compile(string title, string date, string tag)
    {
        var documents = new[] { Parse("a.md", Doc("Alpha", "2025-01-01", "Body a.")), Parse("b.md", Doc("Beta", "2025-01-02", "Body b.")) };
        var compiled = ContentCompiler.Compile(documents, includeDrafts: false, Now);

        Assert.Null(ContentCompiler.Replace(compiled, [(documents[0], Parse("a.md", Doc(title, date, "Body a.", tag)))], Now));
    }

    [Fact]
    public void An_article_whose_date_comes_between_the_two_moments_needs_a_compile()
    {
        var documents = new[] { Parse("a.md", Doc("Alpha", "2025-01-01", "Body a.")), Parse("later.md", Doc("Later", "2025-03-01T18:00:00Z", "Embargoed.")) };
        var compiled = ContentCompiler.Compile(documents, includeDrafts: false, Now);
        Assert.DoesNotContain(compiled.Published, a => a.Names.Slug == "later");
        var edited = Parse("a.md", Doc("Alpha", "2025-01-01", "Body a, edited."));

        Assert.NotNull(ContentCompiler.Replace(compiled, [(documents[0], edited)], Now.AddHours(5)));
        Assert.Null(ContentCompiler.Replace(compiled, [(documents[0], edited)], Now.AddHours(7)));
    }

    [Fact]
    public void A_date_that_falls_after_edits_in_place_needs_a_compile()
    {
        var documents = new[] { Parse("a.md", Doc("Alpha", "2025-01-01", "Body a.")), Parse("later.md", Doc("Later", "2025-03-01T18:00:00Z", "Embargoed.")) };
        var compiled = ContentCompiler.Compile(documents, includeDrafts: false, Now);
        var edited = Parse("a.md", Doc("Alpha", "2025-01-01", "Body a, edited."));
        var again = Parse("a.md", Doc("Alpha", "2025-01-01", "Body a, edited again."));

        var replaced = ContentCompiler.Replace(compiled, [(documents[0], edited)], Now.AddHours(1));

        Assert.NotNull(replaced);
        Assert.NotNull(ContentCompiler.Replace(replaced, [(edited, again)], Now.AddHours(5)));
        Assert.Null(ContentCompiler.Replace(replaced, [(edited, again)], Now.AddHours(7)));
    }

    private static string Doc(string title, string date, string body, string tag = "news") =>
        $"---\ntitle: {title}\ndescription: About {title}.\ndate: {date}\ntags: [{tag}]\n---\n{body}\n";

    private static ArticleDocument Parse(string name, string text) =>
        ContentCompiler.Parse("/news/" + name, SourceText.From(text), Options).Article!;
}
