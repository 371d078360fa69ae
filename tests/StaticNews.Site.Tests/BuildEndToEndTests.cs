using AngleSharp.Html.Parser;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>The real `dotnet build` on a copy of the repository, as a user runs it.</summary>
public sealed class BuildEndToEndTests
{
    private const string SeedSlug = "russia-expresses-its-readiness-to-provide-support-as-the-situation-between";

    [Fact]
    public void Dotnet_build_renders_the_seed_incrementally_and_deterministically()
    {
        using var repo = new RepoCopy();

        var first = repo.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("StaticNews: 8 pages and 3 feed files from 1 articles", first.Output);
        Assert.Contains("search index built", first.Output);
        Assert.True(File.Exists(Path.Combine(repo.Site, "pagefind", "pagefind-ui.js")));

        var article = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(repo.Site, "articles", SeedSlug, "index.html")));
        Assert.StartsWith("Russia expresses its ‘readiness’", article.QuerySelector("h1")!.TextContent);
        Assert.Contains("latest call between Mirzoyan and Lavrov", article.QuerySelector(".editors-note")!.TextContent);
        Assert.Equal(23, article.QuerySelectorAll(".article-body p").Length);
        Assert.DoesNotContain("Amidst the current global turmoil", article.Body!.TextContent);
        Assert.DoesNotContain("Become a member", article.Body!.TextContent);
        Assert.True(File.Exists(Path.Combine(repo.Site, "index.html")));
        var firstBytes = Snapshot(repo.Site);

        // A no-op build does not render again.
        var indexTime = File.GetLastWriteTimeUtc(Path.Combine(repo.Site, "index.html"));
        var second = repo.Build();
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.DoesNotContain("StaticNews: ", second.Output);
        Assert.Equal(indexTime, File.GetLastWriteTimeUtc(Path.Combine(repo.Site, "index.html")));

        // A deleted site is rendered again, byte for byte the same.
        Directory.Delete(repo.Site, recursive: true);
        var third = repo.Build();
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.Equal(firstBytes, Snapshot(repo.Site));
    }

    [Fact]
    public void A_broken_template_fails_the_build_and_keeps_the_previous_site()
    {
        using var repo = new RepoCopy();
        Assert.Equal(0, repo.Build().ExitCode);
        var before = File.ReadAllText(Path.Combine(repo.Site, "index.html"));

        var templates = Path.Combine(repo.Root, "my-templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "index.sbn"), "<p>\n{{ for }}\n");
        var broken = repo.Build($"-p:SiteTemplates={templates}");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains(Path.Combine(templates, "index.sbn") + "(2,", broken.Output);
        Assert.Equal(before, File.ReadAllText(Path.Combine(repo.Site, "index.html")));
    }

    [Fact]
    public void Without_node_the_site_builds_without_search_and_says_so()
    {
        using var repo = new RepoCopy();
        // A PATH with dotnet and sh (MSBuild's Exec needs it), but no node and no npm.
        using var bin = new TempDirectory();
        File.CreateSymbolicLink(Path.Combine(bin.Path, "dotnet"), ResolveOnPath(DotnetCli.DotnetExecutable));
        File.CreateSymbolicLink(Path.Combine(bin.Path, "sh"), ResolveOnPath("sh"));

        var build = repo.BuildWithPath(bin.Path);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("search skipped", build.Output);
        Assert.False(Directory.Exists(Path.Combine(repo.Site, "pagefind")));
        Assert.Contains("Search is not available", File.ReadAllText(Path.Combine(repo.Site, "search", "index.html")));
    }

    [Fact]
    public void A_separate_project_uses_the_typed_content()
    {
        using var repo = new RepoCopy();

        var run = DotnetCli.Run(repo.Root, "run", "--project", "tests/StaticNews.Consumer", "--disable-build-servers");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(SeedSlug, run.Output);
        Assert.Contains("has 23 paragraphs", run.Output);
        Assert.Contains("BySlug finds the same instance", run.Output);
        Assert.DoesNotContain("CS8785", run.Output);
        Assert.DoesNotContain("CS9057", run.Output);
    }

    private static string ResolveOnPath(string executable) =>
        Path.IsPathRooted(executable)
            ? executable
            : Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(dir => Path.Combine(dir, executable)).First(File.Exists);

    private static Dictionary<string, byte[]> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);
}
