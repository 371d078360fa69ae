using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// staticnews.yml's <c>lead:</c> is checked when the site compiles: a slug no article has (SN0039), or one that is not
/// published (SN0040), is a warning at its line and column of staticnews.yml; a published one gives nothing.
/// </summary>
public sealed class LeadTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static GeneratorRun Run(string lead) =>
        GeneratorHarness.Run(new AdditionalText[]
        {
            TestData.Config("title: The Daily\n\nlead: " + lead + "\n"),
            TestData.Document("budget.md", "---\ntitle: Budget passes\nstandfirst: S.\ndate: 2025-01-01\n---\nBody.\n"),
            TestData.Document("wip.md", "---\ntitle: Work in progress\nstandfirst: S.\ndate: 2025-02-01\ndraft: true\n---\nBody.\n"),
            TestData.Document("tomorrow.md", "---\ntitle: Tomorrow\nstandfirst: S.\ndate: 2025-07-01\n---\nBody.\n"),
        }, TestData.Options(null, Now)).AssertHealthy();

    [Fact]
    public void A_published_lead_gives_no_diagnostic()
    {
        var run = Run("budget");

        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "SN0039" or "SN0040");
    }

    [Fact]
    public void A_slug_no_article_has_is_reported_at_its_line_of_staticnews_yml()
    {
        var run = Run("no-such-story");

        var diagnostic = DiagnosticAssert.Single(run.Diagnostics, "SN0039");
        DiagnosticAssert.At(diagnostic, "SN0039", DiagnosticSeverity.Warning, TestData.ConfigPath, 3, 7);
        Assert.Contains("'no-such-story'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wip", "it is a draft")]
    [InlineData("tomorrow", "dated after the build's clock")]
    public void A_lead_that_is_not_published_is_reported_with_why(string slug, string reason)
    {
        var run = Run(slug);

        var diagnostic = DiagnosticAssert.Single(run.Diagnostics, "SN0040");
        DiagnosticAssert.At(diagnostic, "SN0040", DiagnosticSeverity.Warning, TestData.ConfigPath, 3, 7);
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
    }
}
