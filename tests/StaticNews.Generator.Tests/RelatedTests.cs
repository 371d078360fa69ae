using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// References between articles: <c>related:</c> slugs resolve to the Article instances, an unknown slug is SN0017 at
/// its line, and code that names an article by its class stops compiling when the document is deleted.
/// </summary>
public sealed class RelatedTests
{
    private static GeneratorRun Run(params AdditionalText[] documents) =>
        GeneratorHarness.Run(documents, TestData.Options()).AssertHealthy();

    private static AdditionalText Story(string name, string title) =>
        TestData.Document(name, $"---\ntitle: {title}\nstandfirst: S.\n---\nBody.\n");

    private static IReadOnlyList<object> Related(object article) =>
        LoadedContent.Get<System.Collections.IEnumerable>(article, "Related").Cast<object>().ToList();

    [Fact]
    public void Related_slugs_resolve_to_the_article_instances_in_the_order_written()
    {
        var run = Run(
            TestData.Document("main.md", "---\ntitle: Main\nstandfirst: S.\nrelated:\n  - second-story\n  - first-story\n---\nBody.\n"),
            Story("first-story.md", "First story"),
            Story("second-story.md", "Second story"));

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var related = Related(content.BySlug("main")!);
        Assert.Equal(2, related.Count);
        Assert.Same(content.TypedArticle("SecondStory"), related[0]);
        Assert.Same(content.TypedArticle("FirstStory"), related[1]);
        // Resolved once, then the same list.
        Assert.Same(LoadedContent.Get<object>(content.BySlug("main")!, "Related"), LoadedContent.Get<object>(content.BySlug("main")!, "Related"));
        Assert.Empty(Related(content.BySlug("first-story")!));
    }

    [Fact]
    public void An_unknown_slug_is_SN0017_at_its_line_and_the_known_ones_still_resolve()
    {
        var path = TestData.DocumentPath("main.md");
        var run = Run(
            TestData.Document("main.md", "---\ntitle: Main\nstandfirst: S.\nrelated:\n  - first-story\n  - no-such-story\n---\nBody.\n"),
            TestData.Document("flow.md", "---\ntitle: Flow\nstandfirst: S.\nrelated: [first-story,   First-Story]\n---\nBody.\n"),
            Story("first-story.md", "First story"));

        Assert.Collection(run.Diagnostics,
            // Slugs are compared exactly: "First-Story" is not the slug "first-story".
            d => DiagnosticAssert.At(d, "SN0017", DiagnosticSeverity.Warning, TestData.DocumentPath("flow.md"), 4, 26),
            d => DiagnosticAssert.At(d, "SN0017", DiagnosticSeverity.Warning, path, 6, 5));
        Assert.Contains("'no-such-story'", run.Diagnostics[1].GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Same(content.BySlug("first-story"), Assert.Single(Related(content.BySlug("main")!)));
    }

    [Fact]
    public void A_single_related_slug_is_SN0020_and_still_resolves()
    {
        var run = Run(
            TestData.Document("main.md", "---\ntitle: Main\nstandfirst: S.\nrelated: first-story\n---\nBody.\n"),
            Story("first-story.md", "First story"));

        DiagnosticAssert.At(Assert.Single(run.Diagnostics), "SN0020", DiagnosticSeverity.Warning, TestData.DocumentPath("main.md"), 4, 10);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Same(content.BySlug("first-story"), Assert.Single(Related(content.BySlug("main")!)));
    }

    [Fact]
    public void An_article_that_names_itself_is_not_its_own_related_article()
    {
        var run = Run(TestData.Document("self.md", "---\ntitle: Self\nstandfirst: S.\nrelated: [self]\n---\nBody.\n"));

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Empty(Related(Assert.Single(content.All)));
    }

    private const string UserCode = """
        public static class UserCode
        {
            public static string Headline()
            {
                var x = StaticNews.Content.Articles.SomeClass.Title;
                return x;
            }
        }
        """;

    [Fact]
    public void Deleting_an_article_that_code_names_by_its_class_breaks_that_code_at_compile_time()
    {
        var other = Story("other.md", "Other story");
        var named = Story("some.md", "Some class");

        var with = GeneratorHarness.Run(new[] { named, other }, TestData.Options(), GeneratorHarness.CreateCompilation(UserCode));
        var without = GeneratorHarness.Run(new[] { other }, TestData.Options(), GeneratorHarness.CreateCompilation(UserCode));

        with.AssertHealthy();
        using (var content = LoadedContent.Load(with.OutputCompilation))
        {
            Assert.Equal("Some class", content.Assembly.GetType("UserCode")!.GetMethod("Headline")!.Invoke(null, null));
        }

        var error = Assert.Single(without.CompilationErrors);
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("'SomeClass'", error.GetMessage(), StringComparison.Ordinal);
        // The error is in the user's code, not in generated code.
        Assert.Equal("Source0.cs", error.Location.GetLineSpan().Path);
        Assert.Equal(5, error.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void Looking_an_article_up_by_slug_instead_compiles_either_way_and_returns_null_when_it_is_gone()
    {
        const string lookup = """
            public static class UserCode
            {
                public static object? Find() => StaticNews.Content.Articles.BySlug("some-class");
            }
            """;

        var without = GeneratorHarness.Run(new[] { Story("other.md", "Other story") }, TestData.Options(), GeneratorHarness.CreateCompilation(lookup)).AssertHealthy();

        using var content = LoadedContent.Load(without.OutputCompilation);
        Assert.Null(content.Assembly.GetType("UserCode")!.GetMethod("Find")!.Invoke(null, null));
    }
}
