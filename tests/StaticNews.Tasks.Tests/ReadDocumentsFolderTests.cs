using StaticNews.Tasks.Tests.Infrastructure;

namespace StaticNews.Tasks.Tests;

/// <summary>The documents folder the build compiles: `documents:` in staticnews.yml, relative to it, else the default.</summary>
public sealed class ReadDocumentsFolderTests
{
    [Theory]
    [InlineData("documents: news\n", "news")]
    [InlineData("title: x\ndocuments: 'my news' # quoted, with a space\n", "my news")]
    [InlineData("documents: \"news#1\"\n", "news#1")]
    [InlineData("documents: content/news\n", "content/news")]
    [InlineData("documents: ../shared\n", "../shared")]
    public void A_configured_folder_is_read_as_YAML_relative_to_the_file(string yaml, string folder)
    {
        using var site = new TempFolder();
        var config = site.Write("config/staticnews.yml", yaml);

        var (result, written) = Read(site, config);

        var expected = Path.GetFullPath(Path.Combine(site.Path, "config", folder));
        Assert.Equal(expected, result);
        Assert.Equal(expected + "\n", written);
    }

    [Theory]
    [InlineData("title: x\n")]
    [InlineData("documents: ''\n")]
    [InlineData("documents: [a, b]\n")]
    [InlineData("documents: news\ndocuments: other\n")]
    [InlineData("title: \"unterminated\n")]
    [InlineData("")]
    public void Without_a_usable_setting_the_default_is_used_and_the_problems_are_left_to_the_generator(string yaml)
    {
        using var site = new TempFolder();
        var config = site.Write("staticnews.yml", yaml);

        var (result, _) = Read(site, config);

        Assert.Equal("/default/articles", result);
    }

    [Fact]
    public void Without_the_file_the_default_is_used()
    {
        using var site = new TempFolder();

        Assert.Equal("/default/articles", Read(site, Path.Combine(site.Path, "missing.yml")).Folder);
        Assert.Equal("/default/articles", Read(site, "").Folder);
    }

    private static (string Folder, string Written) Read(TempFolder site, string config)
    {
        var engine = new FakeBuildEngine();
        var file = Path.Combine(site.Path, "documents.folder");
        var task = new ReadDocumentsFolder { BuildEngine = engine, ConfigFile = config, DefaultFolder = "/default/articles", FolderFile = file };
        Assert.True(task.Execute());
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
        return (task.Folder, File.ReadAllText(file));
    }
}
