using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Drafts and articles dated after the build's clock (StaticNewsNow, fixed here) stay out of Articles.All, BySlug and
/// Tags, each reported as SN0019 (info) at its title, unless the build sets StaticNewsDrafts=true.
/// </summary>
public sealed class DraftsTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static AdditionalText[] Documents() => new AdditionalText[]
    {
        TestData.Document("published.md", "---\ntitle: Published\nstandfirst: S.\ndate: 2025-01-01\ntags: [Politics]\n---\nBody.\n"),
        TestData.Document("work-in-progress.md", "---\ndate: 2025-02-01\ntags: [Politics, Drafting]\ntitle: Work in progress\nstandfirst: S.\ndraft: true\n---\nBody.\n"),
        TestData.Document("future.txt", "---\ndate: 2025-06-01T12:00:01Z\ntags: [Economy]\n---\n\nTomorrow's news\nNot yet.\nBody.\n"),
        // The same instant as the clock is not in the future; nor is a later local time in a zone ahead of UTC.
        TestData.Document("right-now.md", "---\ntitle: Right now\nstandfirst: S.\ndate: 2025-06-01T12:00:00Z\n---\nBody.\n"),
        TestData.Document("ahead-of-utc.md", "---\ntitle: Ahead of UTC\nstandfirst: S.\ndate: 2025-06-01T15:30:00+04:00\n---\nBody.\n"),
    };

    private static GeneratorRun Run(bool? drafts) =>
        GeneratorHarness.Run(Documents(), TestData.Options(drafts, Now)).AssertHealthy();

    [Fact]
    public void Drafts_and_future_articles_are_left_out_and_each_is_reported_at_its_title()
    {
        var run = Run(drafts: null);

        Assert.Collection(run.Diagnostics,
            d => DiagnosticAssert.At(d, "SN0019", DiagnosticSeverity.Info, TestData.DocumentPath("future.txt"), 6, 1),
            d => DiagnosticAssert.At(d, "SN0019", DiagnosticSeverity.Info, TestData.DocumentPath("work-in-progress.md"), 4, 1));
        Assert.Contains("draft", run.Diagnostics[1].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("future", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("StaticNewsDrafts=true", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);

        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(new[] { "right-now", "ahead-of-utc", "published" }, content.AllSlugs);
        Assert.Null(content.BySlug("work-in-progress"));
        Assert.Null(content.BySlug("tomorrows-news"));
        var tags = Tags(content);
        Assert.Equal(new[] { "politics" }, tags.Keys);
        Assert.Equal(new[] { "published" }, tags["politics"]);

        // The typed properties stay, so code that names a draft compiles whether or not drafts are published.
        Assert.True(LoadedContent.Get<bool>(content.TypedArticle("WorkInProgress"), "IsDraft"));
        Assert.False(LoadedContent.Get<bool>(content.TypedArticle("TomorrowsNews"), "IsDraft"));
    }

    [Fact]
    public void With_StaticNewsDrafts_true_they_are_published_in_date_order_and_nothing_is_reported()
    {
        var run = Run(drafts: true);

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(new[] { "tomorrows-news", "right-now", "ahead-of-utc", "work-in-progress", "published" }, content.AllSlugs);
        Assert.True(LoadedContent.Get<bool>(content.BySlug("work-in-progress")!, "IsDraft"));
        Assert.NotNull(content.BySlug("tomorrows-news"));
        var tags = Tags(content);
        Assert.Equal(new[] { "drafting", "economy", "politics" }, tags.Keys);
        Assert.Equal(new[] { "work-in-progress", "published" }, tags["politics"]);
        Assert.Equal(new[] { "tomorrows-news" }, tags["economy"]);
    }

    [Fact]
    public void StaticNewsDrafts_false_is_the_default()
    {
        var run = Run(drafts: false);

        Assert.Equal(new[] { "SN0019", "SN0019" }, run.Diagnostics.Select(d => d.Id));
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(3, content.All.Count);
    }

    [Fact]
    public void Without_StaticNewsNow_the_build_clock_decides()
    {
        var run = GeneratorHarness.Run(
            new AdditionalText[]
            {
                TestData.Document("past.md", "---\ntitle: Past\nstandfirst: S.\ndate: 2000-01-01\n---\nBody.\n"),
                TestData.Document("far.md", "---\ntitle: Far future\nstandfirst: S.\ndate: 2999-01-01\n---\nBody.\n"),
            },
            TestData.Options()).AssertHealthy();

        DiagnosticAssert.At(Assert.Single(run.Diagnostics), "SN0019", DiagnosticSeverity.Info, TestData.DocumentPath("far.md"), 2, 1);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(new[] { "past" }, content.AllSlugs);
    }

    [Fact]
    public void A_draft_named_under_related_is_not_resolved_while_drafts_are_left_out()
    {
        var documents = new AdditionalText[]
        {
            TestData.Document("alpha.md", "---\ntitle: Alpha\nstandfirst: S.\ndate: 2025-01-01\nrelated: [work-in-progress, beta]\n---\nBody.\n"),
            TestData.Document("beta.md", "---\ntitle: Beta\nstandfirst: S.\ndate: 2025-01-02\n---\nBody.\n"),
            TestData.Document("work-in-progress.md", "---\ntitle: Work in progress\nstandfirst: S.\ndraft: true\n---\nBody.\n"),
        };

        var without = GeneratorHarness.Run(documents, TestData.Options(null, Now)).AssertHealthy();
        var with = GeneratorHarness.Run(documents, TestData.Options(true, Now)).AssertHealthy();

        // The slug exists, so it is not SN0017; it is only not published.
        Assert.DoesNotContain(without.Diagnostics, d => d.Id == "SN0017");
        using (var content = LoadedContent.Load(without.OutputCompilation))
        {
            Assert.Equal(new[] { "beta" }, Related(content.BySlug("alpha")!));
        }
        using (var content = LoadedContent.Load(with.OutputCompilation))
        {
            Assert.Equal(new[] { "work-in-progress", "beta" }, Related(content.BySlug("alpha")!));
        }
    }

    private static IReadOnlyList<string> Related(object article) =>
        LoadedContent.Get<System.Collections.IEnumerable>(article, "Related").Cast<object>().Select(a => LoadedContent.Get<string>(a, "Slug")).ToList();

    /// <summary>Articles.Tags as tag slug → slugs of its articles, in order.</summary>
    private static Dictionary<string, string[]> Tags(LoadedContent content) =>
        ((System.Collections.IEnumerable)content.StaticProperty("Tags")).Cast<object>().ToDictionary(
            tag => LoadedContent.Get<string>(tag, "Slug"),
            tag => LoadedContent.Get<System.Collections.IEnumerable>(tag, "Articles").Cast<object>().Select(a => LoadedContent.Get<string>(a, "Slug")).ToArray());
}
