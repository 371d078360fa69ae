using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// staticnews.lock (issue 19, "URLs that never break"): a published article whose title changes keeps its locked URL
/// (SN0053, info, at the title); the URL of a removed article goes to no other article's title (SN0054) but may be an
/// old URL (aliases:) of another; a line that cannot be read is SN0055 at its line and the rest is used; the file's
/// names survive any character a file name may hold.
/// </summary>
public sealed class UrlLockTests
{
    private const string LockPath = TestData.ContentRoot + "/" + UrlLockFile.FileName;

    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static GeneratorRun Run(string lockText, params AdditionalText[] documents) =>
        GeneratorHarness.Run(documents.Prepend(new InMemoryAdditionalText(LockPath, lockText)).Prepend(TestData.Config("time_zone: UTC\n")),
            TestData.Options(null, Now)).AssertHealthy();

    private static Dictionary<string, (string Slug, string Url, IReadOnlyList<string> Aliases)> UrlsBySource(GeneratorRun run)
    {
        using var content = LoadedContent.Load(run.OutputCompilation);
        return content.All.ToDictionary(
            article => LoadedContent.Get<string>(article, "SourcePath"),
            article => (LoadedContent.Get<string>(article, "Slug"), LoadedContent.Get<string>(article, "Url"),
                LoadedContent.Get<IReadOnlyList<string>>(article, "Aliases")));
    }

    [Fact]
    public void A_retitled_article_keeps_its_locked_url_and_slug_with_an_info_at_its_title()
    {
        var run = Run("\"seeds/story.txt\" = \"articles/the-first-headline/\"\n",
            TestData.Document("story.txt", "\n\nA better headline\nThe standfirst.\nThe body.\n"));

        var story = UrlsBySource(run)["seeds/story.txt"];
        Assert.Equal(("the-first-headline", "articles/the-first-headline/"), (story.Slug, story.Url));
        var kept = DiagnosticAssert.Single(run.Diagnostics, "SN0053");
        DiagnosticAssert.At(kept, "SN0053", DiagnosticSeverity.Info, TestData.DocumentPath("story.txt"), 3);
        Assert.Contains("'articles/a-better-headline/'", kept.GetMessage());
        Assert.Contains("'articles/the-first-headline/'", kept.GetMessage());
    }

    [Fact]
    public void A_locked_url_the_permalink_no_longer_gives_is_kept_whole_and_a_slug_in_front_matter_moves_the_article()
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            TestData.Config("time_zone: UTC\npermalink: /:year/:month/:slug/\n"),
            new InMemoryAdditionalText(LockPath, "\"seeds/dated.md\" = \"2024/01/dated/\"\n\"seeds/moved.md\" = \"articles/moved/\"\n"),
            // Its date changed: the pattern would give 2024/03/dated/.
            TestData.Document("dated.md", "---\ntitle: Dated\ndate: 2024-03-05\n---\nBody.\n"),
            TestData.Document("moved.md", "---\ntitle: Moved\nslug: chosen\ndate: 2024-01-02\n---\nBody.\n"),
        }, TestData.Options(null, Now)).AssertHealthy();

        var urls = UrlsBySource(run);
        Assert.Equal("2024/01/dated/", urls["seeds/dated.md"].Url);
        Assert.Equal("2024/01/chosen/", urls["seeds/moved.md"].Url);
        DiagnosticAssert.At(DiagnosticAssert.Single(run.Diagnostics, "SN0053"), "SN0053", DiagnosticSeverity.Info, TestData.DocumentPath("dated.md"), 2);
    }

    [Fact]
    public void A_locked_article_keeps_its_url_when_an_earlier_dated_document_wants_it()
    {
        var run = Run("\"seeds/kept.txt\" = \"articles/same-story/\"\n",
            TestData.Document("kept.txt", "---\ndate: 2025-01-01\n---\nSame story\nFirst.\nBody.\n"),
            TestData.Document("backdated.txt", "---\ndate: 2020-01-01\n---\nSame story\nSecond.\nBody.\n"));

        var urls = UrlsBySource(run);
        Assert.Equal("articles/same-story/", urls["seeds/kept.txt"].Url);
        Assert.Equal("articles/same-story-2/", urls["seeds/backdated.txt"].Url);
    }

    [Fact]
    public void The_url_of_a_removed_article_is_not_given_to_another_but_may_be_its_old_url()
    {
        var run = Run("\"seeds/gone.txt\" = \"articles/same-title/\"\n\"seeds/also-gone.txt\" = \"articles/older-story/\"\n",
            TestData.Document("new.txt", "Same title\nA new story with the removed one's title.\nBody.\n"),
            TestData.Document("successor.md", "---\ntitle: Successor\naliases: [/articles/older-story/]\n---\nBody.\n"));

        var urls = UrlsBySource(run);
        Assert.Equal(("same-title-2", "articles/same-title-2/"), (urls["seeds/new.txt"].Slug, urls["seeds/new.txt"].Url));
        var reserved = DiagnosticAssert.Single(run.Diagnostics, "SN0054");
        DiagnosticAssert.At(reserved, "SN0054", DiagnosticSeverity.Warning, TestData.DocumentPath("new.txt"), 1);
        Assert.Contains("seeds/gone.txt", reserved.GetMessage());
        Assert.Equal(new[] { "articles/older-story/" }, urls["seeds/successor.md"].Aliases);
        Assert.Empty(run.DiagnosticsWithId("SN0037"));
    }

    [Fact]
    public void A_line_of_the_lock_that_cannot_be_read_is_a_warning_at_it_and_the_other_lines_are_used()
    {
        var run = Run("# comment\n\n\"seeds/broken.txt\" articles/x/\n\"seeds/story.txt\" = \"articles/first-title/\"\n\"seeds/out.txt\" = \"../../etc/\"\n",
            TestData.Document("story.txt", "Second title\nStandfirst.\nBody.\n"));

        Assert.Equal("articles/first-title/", UrlsBySource(run)["seeds/story.txt"].Url);
        var unreadable = run.DiagnosticsWithId("SN0055").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(2, unreadable.Count);
        DiagnosticAssert.At(unreadable[0], "SN0055", DiagnosticSeverity.Warning, LockPath, 3);
        DiagnosticAssert.At(unreadable[1], "SN0055", DiagnosticSeverity.Warning, LockPath, 5);
    }

    [Fact]
    public void Changing_the_lock_parses_no_document_again()
    {
        var lockFile = new InMemoryAdditionalText(LockPath, "\"seeds/story.txt\" = \"articles/first-title/\"\n");
        var first = GeneratorHarness.Run(new AdditionalText[]
        {
            TestData.Config("time_zone: UTC\n"), lockFile, TestData.Document("story.txt", "Second title\nStandfirst.\nBody.\n"),
        }, TestData.Options(null, Now)).AssertHealthy();

        var driver = first.Driver.ReplaceAdditionalText(lockFile, new InMemoryAdditionalText(LockPath, "\"seeds/story.txt\" = \"articles/other-title/\"\n"));
        var second = GeneratorHarness.Run(driver, first.InputCompilation).AssertHealthy();

        Assert.Equal("articles/other-title/", UrlsBySource(second)["seeds/story.txt"].Url);
        Assert.All(second.Result.TrackedSteps[TrackingNames.Parse].SelectMany(step => step.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Theory]
    [InlineData("seeds/quote\"d.txt")]
    [InlineData("seeds/back\\slash.txt")]
    [InlineData("seeds/new\nline \" = \"articles/x/.txt")]
    [InlineData("seeds/\u202Eevil\u2066.txt")]
    [InlineData("seeds/ünïcödé Հայերեն.md")]
    public void Any_file_name_is_written_on_one_line_and_read_back_as_it_was(string sourcePath)
    {
        var text = UrlLockFile.Write(new Dictionary<string, string> { [sourcePath] = "articles/story/", ["seeds/a.txt"] = "articles/a/" });

        var entries = text.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        Assert.Equal(2, entries.Count);
        Assert.DoesNotContain(entries, line => line.Any(c => c is '\u202E' or '\u2066' or '\r'));
        var read = UrlLockFile.Read(LockPath, SourceText.From(text));
        Assert.Empty(read.Diagnostics);
        Assert.Equal("articles/story/", read.For(sourcePath)?.Url);
        Assert.Equal("articles/a/", read.For("seeds/a.txt")?.Url);
    }

    [Fact]
    public void The_lock_is_written_sorted_by_document_whatever_the_order_given()
    {
        var text = UrlLockFile.Write(new Dictionary<string, string> { ["seeds/b.txt"] = "articles/b/", ["seeds/a.txt"] = "articles/a/", ["seeds/C.txt"] = "articles/c/" });

        var entries = text.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();
        Assert.Equal(new[] { "\"seeds/C.txt\" = \"articles/c/\"", "\"seeds/a.txt\" = \"articles/a/\"", "\"seeds/b.txt\" = \"articles/b/\"" }, entries);
    }
}
