using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// A UTF-32 document reaches the compiler as a UTF-8 copy the documents scan wrote in obj/; the analyzer config names
/// its original (build_metadata.AdditionalFiles.StaticNewsSourceFile, %XX-escaped). Everything the user sees names the
/// original: the article's SourcePath and every diagnostic's location and message.
/// </summary>
public sealed class SourceFileMetadataTests
{
    private const string CopiesFolder = TestData.ContentRoot + "/site/obj/Debug/net10.0/staticnews.documents.utf8/";
    private const string SourceFileKey = "build_metadata.AdditionalFiles.StaticNewsSourceFile";

    private static TestOptionsProvider Options(params (string Copy, string EscapedOriginal)[] copies) =>
        new(new Dictionary<string, string> { [TestOptionsProvider.ContentRootKey] = TestData.ContentRoot })
        {
            FileOptions = copies.ToDictionary(
                c => c.Copy,
                c => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [SourceFileKey] = c.EscapedOriginal }),
        };

    [Fact]
    public void A_copy_reports_its_diagnostics_and_its_SourcePath_at_the_original()
    {
        var original = TestData.DocumentPath("news #1; ü.md");
        var titleOnlyOriginal = TestData.DocumentPath("2025/title only.txt");
        var copy = new InMemoryAdditionalText(CopiesFolder + "0123456789abcdef0123456789abcdef.md",
            "# Café headline\n\nA standfirst.\n\nThe body.\n");
        var titleOnly = new InMemoryAdditionalText(CopiesFolder + "fedcba9876543210fedcba9876543210.txt", "Only a title\n");
        var options = Options(
            (copy.Path, "/repo/seeds/news%20%231%3B%20%C3%BC.md"),
            (titleOnly.Path, "/repo/seeds/2025/title%20only.txt"));

        var run = GeneratorHarness.Run([copy, titleOnly], options).AssertHealthy();

        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d => Assert.DoesNotContain("staticnews.documents.utf8", d.GetMessage(), StringComparison.Ordinal));
        Assert.Equal([(titleOnlyOriginal, "SN0002"), (original, "SN0002")], run.Diagnostics.Select(d => (d.Location.GetLineSpan().Path, d.Id)));
        Assert.Contains("'seeds/2025/title only.txt'", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'seeds/news #1; ü.md'", run.Diagnostics[1].GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal("seeds/news #1; ü.md", LoadedContent.Get<string>(content.BySlug("news-1-u")!, "SourcePath"));
    }

    [Fact]
    public void A_copy_and_its_original_given_both_are_one_document()
    {
        var original = TestData.Document("same.txt", "Same headline\nA standfirst.\nThe body.\n");
        var copy = new InMemoryAdditionalText(CopiesFolder + "00112233445566778899aabbccddeeff.txt", "Same headline\nA standfirst.\nThe body.\n");

        var run = GeneratorHarness.Run([original, copy], Options((copy.Path, "/repo/seeds/same.txt"))).AssertHealthy();

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(["same-headline"], content.AllSlugs);
    }
}
