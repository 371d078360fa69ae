using StaticNews.Configuration;

namespace StaticNews.Configuration.Tests;

/// <summary>Which files of the documents folder are articles: the one rule the build's scan and the preview share.</summary>
public sealed class DocumentSelectionTests
{
    [Theory]
    [InlineData("story.txt", true)]
    [InlineData("2024/story.md", true)]
    [InlineData("picture.png", false)]
    [InlineData("README.md", false)]
    [InlineData("readme.md", false)]
    [InlineData("2024/ReadMe.MD", false)]
    [InlineData("README.txt", true)]
    [InlineData("readme-first.md", true)]
    public void Text_and_Markdown_files_are_documents_except_a_README(string path, bool expected) =>
        Assert.Equal(expected, DocumentSelection.Default.IsDocument(path, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("drafts/idea.md", false)]
    [InlineData("drafts/2024/idea.md", false)]
    [InlineData("news/drafts/idea.md", true)]
    [InlineData("_index.md", false)]
    [InlineData("news/_index.md", false)]
    [InlineData("news/index.md", true)]
    [InlineData("story.draft.md", false)]
    [InlineData("news/story.draft.md", true)]
    [InlineData("news\\_index.md", false)]
    public void Exclude_patterns_match_paths_below_the_documents_folder(string path, bool expected)
    {
        var selection = DocumentSelection.FromConfig("exclude:\n  - drafts\n  - \"**/_index.md\"\n  - \"*.draft.md\"\n");

        Assert.Equal(expected, selection.IsDocument(path));
    }

    [Fact]
    public void Exclude_must_be_a_list_and_is_read_by_the_one_loader()
    {
        var (config, problems) = SiteConfigLoader.Load("exclude: drafts\n");

        Assert.Empty(config.Exclude);
        var problem = Assert.Single(problems);
        Assert.Contains("'exclude' must be a list", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }
}
