using Microsoft.CodeAnalysis;
using StaticNews.Generator.Emit;
using StaticNews.Generator.Model;
using StaticNews.Generator.Parsing;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>The MSBuild properties the generator reads: the namespace of the content, and the content root for source paths.</summary>
public sealed class BuildOptionsTests
{
    private static BuildOptions Read(params (string Key, string Value)[] properties) =>
        BuildOptionsReader.Read(new TestOptionsProvider(properties.ToDictionary(p => p.Key, p => p.Value)).GlobalOptions);

    [Theory]
    [InlineData("Newsroom.Typed", "Newsroom.Typed")]
    [InlineData("  Site.Content  ", "Site.Content")]
    [InlineData("My.class.News", GeneratorOptions.DefaultNamespace)]
    [InlineData("My.2News", GeneratorOptions.DefaultNamespace)]
    [InlineData("A..B", GeneratorOptions.DefaultNamespace)]
    [InlineData("Site-Content", GeneratorOptions.DefaultNamespace)]
    [InlineData("", GeneratorOptions.DefaultNamespace)]
    [InlineData("   ", GeneratorOptions.DefaultNamespace)]
    public void Namespace_property_is_used_when_it_is_a_valid_namespace(string property, string expected)
    {
        Assert.Equal(expected, Read((TestOptionsProvider.NamespaceKey, property)).Namespace);
    }

    [Fact]
    public void Without_a_namespace_property_the_default_is_used()
    {
        Assert.Equal("StaticNews.Content", Read().Namespace);
    }

    [Fact]
    public void An_invalid_namespace_still_gives_compiling_content_in_the_default_namespace()
    {
        var run = GeneratorHarness.Run(
            new AdditionalText[] { TestData.Document("a.txt", TestData.PlainText("Alpha", "First.", "Body.")) },
            TestOptionsProvider.With(@namespace: "My.class.2News", contentRoot: TestData.ContentRoot)).AssertHealthy();

        Assert.Contains("namespace StaticNews.Content", run.Source(IndexEmitter.HintName), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/repo", "/repo/seeds/a.txt", "seeds/a.txt")]
    [InlineData("/repo/", "/repo/seeds/a.txt", "seeds/a.txt")]
    [InlineData("C:\\repo\\", "C:\\repo\\seeds\\2025\\a.txt", "seeds/2025/a.txt")]
    [InlineData("/elsewhere", "/repo/seeds/a.txt", "a.txt")]
    [InlineData("/repo/seeds/a.txt", "/repo/seeds/a.txt", "a.txt")]
    [InlineData("", "/repo/seeds/a.txt", "a.txt")]
    public void Source_paths_are_relative_to_the_content_root_with_forward_slashes(string root, string path, string expected)
    {
        Assert.Equal(expected, SourcePaths.Relative(path, root));
    }

    [Fact]
    public void Without_a_content_root_the_project_directory_is_used()
    {
        var options = Read(("build_property.ProjectDir", "/repo/site/"));

        Assert.Equal("/repo/site/", options.ContentRoot);
    }

    [Fact]
    public void The_content_root_property_wins_over_the_project_directory()
    {
        var options = Read(("build_property.ProjectDir", "/repo/site/"), (TestOptionsProvider.ContentRootKey, "/repo"));

        Assert.Equal("/repo", options.ContentRoot);
    }

    [Fact]
    public void Generated_code_does_not_depend_on_where_the_repository_is_cloned()
    {
        var here = GeneratorHarness.Run(
            new AdditionalText[] { new InMemoryAdditionalText("/home/a/repo/seeds/x.txt", TestData.PlainText("Alpha", "First.", "Body.")) },
            TestOptionsProvider.With(contentRoot: "/home/a/repo"));
        var there = GeneratorHarness.Run(
            new AdditionalText[] { new InMemoryAdditionalText("D:\\build\\repo\\seeds\\x.txt", TestData.PlainText("Alpha", "First.", "Body.")) },
            TestOptionsProvider.With(contentRoot: "D:\\build\\repo\\"));

        Assert.Equal(here.HintNames, there.HintNames);
        Assert.Equal(here.Source(here.ArticlePartHintNames.Single()), there.Source(there.ArticlePartHintNames.Single()));
        // The path relative to the content root, in the part's data ("byte length:text").
        Assert.Contains("11:seeds/x.txt", here.Source(here.ArticlePartHintNames.Single()), StringComparison.Ordinal);
    }
}
