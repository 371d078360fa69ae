using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// The lead image's front matter: image_alt, image_caption and image_credit reach the article; a picture without alt
/// text (SN0043) and a remote one, which cannot be sized (SN0044), are warnings at the image: line; a description
/// without an image is a warning at its key (SN0045). Whether the file exists only the site can tell.
/// </summary>
public sealed class LeadImageTests
{
    private static GeneratorRun Run(string document) =>
        GeneratorHarness.Run(new AdditionalText[] { TestData.Config(), TestData.Document("story.md", document) }, TestData.Options()).AssertHealthy();

    private static (string Id, int Line)[] Warnings(GeneratorRun run) =>
        run.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1)).Order().ToArray();

    [Fact]
    public void A_described_local_picture_has_no_warning_and_its_words_reach_the_article()
    {
        var run = Run("---\ntitle: Story\nstandfirst: The lead.\nimage: photo.jpg\nimage_alt: Two ministers shake hands\nimage_caption: In Yerevan on Monday.\nimage_credit: \"Photo: A. Author\"\ndate: 2024-01-01\n---\nBody.\n");

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("photo.jpg", LoadedContent.Get<string>(article, "Image"));
        Assert.Equal("Two ministers shake hands", LoadedContent.Get<string>(article, "ImageAlt"));
        Assert.Equal("In Yerevan on Monday.", LoadedContent.Get<string>(article, "ImageCaption"));
        Assert.Equal("Photo: A. Author", LoadedContent.Get<string>(article, "ImageCredit"));
        Assert.Equal(4, LoadedContent.Get<int>(article, "ImageLine"));
        // The keys are StaticNews's own, not custom fields.
        Assert.Empty(LoadedContent.Get<IReadOnlyDictionary<string, object>>(article, "Fields"));
    }

    [Fact]
    public void A_picture_without_alt_text_is_a_warning_at_its_line()
    {
        var run = Run("---\ntitle: Story\nstandfirst: The lead.\ndate: 2024-01-01\nimage: photo.jpg\n---\nBody.\n");

        Assert.Equal(new[] { ("SN0043", 5) }, Warnings(run));
        Assert.Contains("image_alt", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_remote_picture_is_a_warning_that_it_cannot_be_sized()
    {
        var run = Run("---\ntitle: Story\nstandfirst: The lead.\nimage: https://example.org/photo.jpg\nimage_alt: A photo\ndate: 2024-01-01\n---\nBody.\n");

        Assert.Equal(new[] { ("SN0044", 4) }, Warnings(run));
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal("https://example.org/photo.jpg", LoadedContent.Get<string>(Assert.Single(content.All), "Image"));
    }

    [Fact]
    public void A_description_without_a_picture_is_a_warning_at_its_key()
    {
        var run = Run("---\ntitle: Story\nstandfirst: The lead.\nimage_caption: A caption for nothing\nimage_credit: \"Photo: Nobody\"\ndate: 2024-01-01\n---\nBody.\n");

        Assert.Equal(new[] { ("SN0045", 4), ("SN0045", 5) }, Warnings(run));
    }
}
