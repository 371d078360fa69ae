using StaticNews.Site.Live;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The preview lists the documents folder itself: it leaves out what the build's scan leaves out (a README.md, the
/// exclude: patterns of staticnews.yml), and lists the folder again when those patterns change.
/// </summary>
public sealed class PreviewDocumentSelectionTests
{
    [Fact]
    public void A_README_and_excluded_files_are_no_articles_in_the_preview_and_a_changed_exclude_lists_again()
    {
        using var root = new TempDirectory();
        var config = root.Combine("staticnews.yml");
        File.WriteAllText(config, "documents: news\nexclude:\n  - drafts/\n");
        Directory.CreateDirectory(root.Combine("news", "drafts"));
        File.WriteAllText(root.Combine("news", "story.md"), "---\ntitle: Story\nstandfirst: S.\n---\nBody.\n");
        File.WriteAllText(root.Combine("news", "Readme.md"), "# About this folder\n\nNotes for editors.\n");
        File.WriteAllText(root.Combine("news", "drafts", "idea.md"), "---\ntitle: Idea\nstandfirst: S.\n---\nBody.\n");

        var live = new LiveContent(root.Path);

        Assert.Equal(["Story"], live.Articles.Select(a => a.Title));

        File.WriteAllText(config, "documents: news\n");
        Assert.True(live.ReloadConfig());
        Assert.Equal(["Idea", "Story"], live.Articles.Select(a => a.Title).Order(StringComparer.Ordinal));
    }
}
