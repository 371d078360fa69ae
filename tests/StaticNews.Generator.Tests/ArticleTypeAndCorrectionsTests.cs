using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// <c>type:</c> (news, opinion, analysis, review; anything else SN0048 at its line, and the article is news) and
/// <c>corrections:</c> (a list of date and text; each entry that cannot be read SN0049 at its line, the others kept) reach
/// the compiled article's <c>Type</c>, <c>Corrections</c> and <c>Updated</c>.
/// </summary>
public sealed class ArticleTypeAndCorrectionsTests
{
    private static GeneratorRun Run(string frontMatter) =>
        GeneratorHarness.Run(new AdditionalText[]
        {
            TestData.Config(),
            TestData.Document("story.md", "---\ntitle: Story\nstandfirst: The lead.\ndate: 2025-04-01T09:00:00+04:00\n" + frontMatter + "---\nBody.\n"),
        }, TestData.Options()).AssertHealthy();

    private static (string Id, int Line)[] Warnings(GeneratorRun run) =>
        run.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1)).Order().ToArray();

    private static object Article(LoadedContent content) => Assert.Single(content.All);

    [Theory]
    [InlineData("opinion", "Opinion")]
    [InlineData("Analysis", "Analysis")]
    [InlineData("review", "Review")]
    [InlineData("news", "News")]
    public void A_known_type_reaches_the_article(string written, string type)
    {
        var run = Run("type: " + written + "\n");

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(type, LoadedContent.Get<object>(Article(content), "Type").ToString());
        // type: is StaticNews's own key, not a custom field.
        Assert.Empty(LoadedContent.Get<IReadOnlyDictionary<string, object>>(Article(content), "Fields"));
    }

    [Fact]
    public void An_unknown_type_is_a_warning_at_its_line_and_the_article_is_news()
    {
        var run = Run("section: World\ntype: editorial\n");

        var diagnostic = DiagnosticAssert.Single(run.Diagnostics, "SN0048");
        DiagnosticAssert.At(diagnostic, "SN0048", DiagnosticSeverity.Warning, TestData.DocumentPath("story.md"), 6, 7);
        Assert.Contains("'editorial'", diagnostic.GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal("News", LoadedContent.Get<object>(Article(content), "Type").ToString());
    }

    [Fact]
    public void Corrections_reach_the_article_in_their_order_and_updated_follows_the_latest()
    {
        var run = Run("updated: 2025-04-02T10:00:00Z\ncorrections:\n  - date: 2025-04-03T08:00:00+04:00\n    text: The minister's name was misspelt.\n  - date: 2025-04-01\n    text: \"An earlier fix: the date.\"\n");

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var corrections = LoadedContent.Get<System.Collections.IEnumerable>(Article(content), "Corrections").Cast<object>().ToList();
        Assert.Equal(2, corrections.Count);
        Assert.Equal("The minister's name was misspelt.", LoadedContent.Get<string>(corrections[0], "Text"));
        Assert.Equal(new DateTimeOffset(2025, 4, 3, 8, 0, 0, TimeSpan.FromHours(4)), LoadedContent.Get<DateTimeOffset>(corrections[0], "Date"));
        Assert.Equal("An earlier fix: the date.", LoadedContent.Get<string>(corrections[1], "Text"));
        Assert.Equal(new DateTimeOffset(2025, 4, 3, 8, 0, 0, TimeSpan.FromHours(4)), LoadedContent.Get<DateTimeOffset?>(Article(content), "Updated"));
    }

    [Fact]
    public void Each_malformed_correction_is_a_warning_at_its_line_and_the_good_ones_are_kept()
    {
        var run = Run(
            "corrections:\n" +                                     // line 5
            "  - date: 2025-04-02\n    text: Kept.\n" +            // 6, 7
            "  - text: No date here.\n" +                          // 8
            "  - date: 2025-02-30\n    text: Bad date.\n" +        // 9, 10
            "  - date: 2025-04-03\n    text: \"  \"\n" +           // 11, 12
            "  - just words\n" +                                   // 13
            "  - date: 2025-04-04\n    text: Also kept.\n");       // 14, 15

        Assert.Equal(new[] { ("SN0049", 8), ("SN0049", 9), ("SN0049", 12), ("SN0049", 13) }, Warnings(run));
        Assert.Contains(run.Diagnostics, d => d.GetMessage().Contains("no date:", StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.GetMessage().Contains("'2025-02-30'", StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.GetMessage().Contains("no text:", StringComparison.Ordinal));
        using var content = LoadedContent.Load(run.OutputCompilation);
        var texts = LoadedContent.Get<System.Collections.IEnumerable>(Article(content), "Corrections").Cast<object>()
            .Select(c => LoadedContent.Get<string>(c, "Text"));
        Assert.Equal(new[] { "Kept.", "Also kept." }, texts);
    }

    [Fact]
    public void Corrections_that_are_not_a_list_are_a_warning_at_their_line()
    {
        var run = Run("corrections: We fixed a typo.\n");

        var diagnostic = DiagnosticAssert.Single(run.Diagnostics, "SN0049");
        DiagnosticAssert.At(diagnostic, "SN0049", DiagnosticSeverity.Warning, TestData.DocumentPath("story.md"), 5);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Empty(LoadedContent.Get<System.Collections.IEnumerable>(Article(content), "Corrections").Cast<object>());
    }

    [Theory]
    // Hugo's and Zola's TOML: an array of inline tables, or an array of tables after the top-level keys.
    [InlineData("+++\ntitle = \"Story\"\ndescription = \"The lead.\"\ndate = 2025-04-01T09:00:00+04:00\ncorrections = [{ date = 2025-04-02, text = \"Fixed a name.\" }, { text = \"No date.\" }]\n+++\nBody.\n", 5)]
    [InlineData("+++\ntitle = \"Story\"\ndescription = \"The lead.\"\ndate = 2025-04-01T09:00:00+04:00\n\n[[corrections]]\ndate = 2025-04-02\ntext = \"Fixed a name.\"\n\n[[corrections]]\ntext = \"No date.\"\n+++\nBody.\n", 10)]
    public void Toml_corrections_are_read_as_yaml_ones(string document, int badLine)
    {
        var run = GeneratorHarness.Run(new AdditionalText[] { TestData.Config(), TestData.Document("story.md", document) }, TestData.Options()).AssertHealthy();

        Assert.Equal(new[] { ("SN0049", badLine) }, Warnings(run));
        using var content = LoadedContent.Load(run.OutputCompilation);
        var correction = Assert.Single(LoadedContent.Get<System.Collections.IEnumerable>(Article(content), "Corrections").Cast<object>());
        Assert.Equal("Fixed a name.", LoadedContent.Get<string>(correction, "Text"));
    }

    [Fact]
    public void Hostile_corrections_are_refused_with_diagnostics_and_the_article_still_compiles()
    {
        // Nested 40 deep inside an entry (more than front matter allows), an anchor and its alias, a mapping as a key.
        var deep = new string('[', 40) + new string(']', 40);
        var run = Run(
            "corrections:\n" +
            "  - date: &when 2025-04-02\n    text: Anchored.\n" +
            "  - date: *when\n    text: Aliased.\n" +
            "  - ? {a: b}\n    : x\n" +
            "  - date: 2025-04-03\n    text: " + deep + "\n");

        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d => Assert.StartsWith("SN00", d.Id, StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.Id == "SN0014");
        Assert.Contains(run.Diagnostics, d => d.Id == "SN0010" && d.GetMessage().Contains("nested", StringComparison.Ordinal));
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal("Story", LoadedContent.Get<string>(Article(content), "Title"));
    }

    [Fact]
    public void A_list_of_entries_under_another_key_is_still_refused()
    {
        var run = Run("tags:\n  - name: Politics\n");

        Assert.Equal(new[] { ("SN0013", 6) }, Warnings(run));
    }
}
