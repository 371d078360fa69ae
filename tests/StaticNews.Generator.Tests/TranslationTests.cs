using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// <c>translation_of:</c> is checked when the site compiles, at its line: a slug no article has or the article's own
/// (SN0050), one that is not published (SN0051), and an edition in a language another edition of the story has
/// (SN0052, an article without lang: being in the site's language). Good editions give nothing, and the slug reaches
/// <c>Article.TranslationOf</c>.
/// </summary>
public sealed class TranslationTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static InMemoryAdditionalText Edition(string slug, string? lang, string? translationOf, string date = "2025-05-01", bool draft = false) =>
        TestData.Document(slug + ".md",
            "---\ntitle: " + slug + "\nstandfirst: S.\ndate: " + date + "\n"
            + (draft ? "draft: true\n" : "")
            + (lang is null ? "" : "lang: " + lang + "\n")
            + (translationOf is null ? "" : "translation_of: " + translationOf + "\n")
            + "---\nBody.\n");

    private static GeneratorRun Run(params InMemoryAdditionalText[] documents) =>
        GeneratorHarness.Run(new AdditionalText[] { TestData.Config("title: The Daily\nlanguage: en\n") }.Concat(documents).ToArray(),
            TestData.Options(null, Now)).AssertHealthy();

    private static (string Id, string File, int Line)[] Warnings(GeneratorRun run) =>
        run.Diagnostics.Select(d => (d.Id, Path.GetFileName(d.Location.GetLineSpan().Path), d.Location.GetLineSpan().StartLinePosition.Line + 1)).Order().ToArray();

    [Fact]
    public void Editions_in_their_own_languages_give_nothing_and_name_their_original()
    {
        var run = Run(Edition("budget", null, null), Edition("budget-hy", "hy", "budget"), Edition("budget-ru", "ru", "budget"));

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var bySlug = content.All.ToDictionary(a => LoadedContent.Get<string>(a, "Slug"));
        Assert.Equal("budget", LoadedContent.Get<string?>(bySlug["budget-hy"], "TranslationOf"));
        Assert.Null(LoadedContent.Get<string?>(bySlug["budget"], "TranslationOf"));
    }

    [Fact]
    public void A_slug_no_article_has_is_a_warning_at_the_line_of_translation_of()
    {
        var run = Run(Edition("budget", null, null), Edition("budget-hy", "hy", "no-such-story"));

        var diagnostic = DiagnosticAssert.Single(run.Diagnostics, "SN0050");
        DiagnosticAssert.At(diagnostic, "SN0050", DiagnosticSeverity.Warning, TestData.DocumentPath("budget-hy.md"), 6, 17);
        Assert.Contains("'no-such-story'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_naming_itself_is_a_warning()
    {
        var run = Run(Edition("budget", "hy", "budget"));

        var diagnostic = DiagnosticAssert.Single(run.Diagnostics, "SN0050");
        DiagnosticAssert.At(diagnostic, "SN0050", DiagnosticSeverity.Warning, TestData.DocumentPath("budget.md"), 6, 17);
        Assert.Contains("own slug", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "2025-05-01", "it is a draft")]
    [InlineData(false, "2025-07-01", "dated after the build's clock")]
    public void An_original_that_is_not_published_is_a_warning_with_why(bool draft, string date, string reason)
    {
        var run = Run(Edition("budget", null, null, date, draft), Edition("budget-hy", "hy", "budget"));

        var diagnostic = DiagnosticAssert.Single(run.Diagnostics, "SN0051");
        DiagnosticAssert.At(diagnostic, "SN0051", DiagnosticSeverity.Warning, TestData.DocumentPath("budget-hy.md"), 6, 17);
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_editions_in_one_language_are_a_warning_at_the_later_one()
    {
        // "budget" has no lang: and is in the site's language, English, as "budget-en" says it is.
        var run = Run(Edition("budget", null, null), Edition("budget-hy", "hy", "budget"), Edition("budget-en", "EN", "budget", "2025-05-02"));

        Assert.Equal(new[] { ("SN0052", "budget-en.md", 6) }, Warnings(run));
        Assert.Contains("'budget'", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);
    }
}
