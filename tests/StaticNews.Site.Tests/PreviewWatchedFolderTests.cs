using StaticNews.Site.Live;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// `serve` starts watching the documents before it reads them (<see cref="LiveContent.DocumentsFolderOf"/>), so that a
/// document saved while it reads is taken in: the folder it watches must be the one the preview then reads.
/// </summary>
public sealed class PreviewWatchedFolderTests
{
    [Theory]
    [InlineData(null, "seeds")]
    [InlineData("title: A site\n", "seeds")]
    [InlineData("documents: news\n", "news")]
    [InlineData("documents: ./content/articles/\n", "content/articles")]
    [InlineData("documents: ../elsewhere\n", "../elsewhere")]
    public void The_folder_watched_before_the_read_is_the_folder_the_preview_reads(string? config, string expected)
    {
        using var root = new TempDirectory();
        var repository = Directory.CreateDirectory(root.Combine("repository")).FullName;
        if (config is not null)
        {
            File.WriteAllText(Path.Combine(repository, "staticnews.yml"), config);
        }
        var folder = Path.GetFullPath(Path.Combine(repository, expected));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "story.md"), "---\ntitle: Story\nstandfirst: S.\n---\nBody.\n");

        var watched = LiveContent.DocumentsFolderOf(repository);
        var live = new LiveContent(repository);

        Assert.Equal(folder, watched);
        Assert.Equal(live.DocumentsFolder, watched);
        Assert.Equal(["Story"], live.Articles.Select(article => article.Title));
    }
}
