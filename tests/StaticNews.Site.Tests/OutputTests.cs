using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Tests;

public sealed class OutputTests
{
    private static readonly TestArticle[] Articles =
    [
        new("b-story", "B story", published: new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), paragraphs: ["Բարեւ, Երեւան.", "Привет."]),
        new("a-story", "A story", editorsNote: "Note.", paragraphs: ["One.", "Two."]),
    ];

    [Fact]
    public void Two_renders_of_the_same_content_are_byte_identical()
    {
        using var first = new RenderedSite(Articles);
        using var second = new RenderedSite(Articles);

        var files = Files(first.Output);
        Assert.Equal(files, Files(second.Output));
        Assert.Contains("articles/a-story/index.html", files);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, file)), File.ReadAllBytes(Path.Combine(second.Output, file)));
        }
    }

    [Fact]
    public void A_failed_render_keeps_the_previous_site()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "previous site");
        var templates = temp.Combine("templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "article.sbn"), "{{ if }}");

        var result = SiteBuilder.Build(Articles, [], new Loading.BuildOptions { OutputDirectory = output, TemplatesDirectory = templates });

        Assert.False(result.Succeeded);
        Assert.Equal("previous site", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal([output], Directory.GetDirectories(temp.Path).Where(d => !d.EndsWith("templates") && !(d.EndsWith("._site.staticnews") && OutputFolder.HoldsOnlyTheSpare(d))));
    }

    [Fact]
    public void A_successful_render_replaces_the_previous_site_entirely()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("_site");
        Directory.CreateDirectory(Path.Combine(output, "articles", "deleted-story"));
        File.WriteAllText(Path.Combine(output, "articles", "deleted-story", "index.html"), "stale");

        var result = SiteBuilder.Build(Articles, [], new Loading.BuildOptions { OutputDirectory = output });

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.False(Directory.Exists(Path.Combine(output, "articles", "deleted-story")));
        Assert.True(File.Exists(Path.Combine(output, "articles", "a-story", "index.html")));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("articles/../../escape.html")]
    [InlineData("/etc/escape.html")]
    public void Nothing_is_written_outside_the_output_folder(string path)
    {
        using var temp = new TempDirectory();
        using var output = new StagedOutput(temp.Combine("_site"));

        Assert.Throws<InvalidOperationException>(() => output.WriteText(path, "x"));
        Assert.Empty(Directory.GetFiles(temp.Path, "escape.html", SearchOption.AllDirectories));
    }

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
