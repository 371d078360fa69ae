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
        Assert.Contains("StaticNews: 8 pages and 5 feeds, sitemaps and robots.txt from 1 articles", first.Output);
        Assert.Contains("search index built", first.Output);
        Assert.True(File.Exists(Path.Combine(repo.Site, "search-index", "meta.json")));
        Assert.Equal("/articles/" + SeedSlug + "/", Assert.Single(SiteSearch.Find(repo.Site, "Mirzoyan Lavrov")).Url);

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

        // An article added: every document's number may move, so the search index is built whole.
        var seed = Assert.Single(Directory.GetFiles(Path.Combine(repo.Root, "seeds"), "*.txt"));
        File.WriteAllText(Path.Combine(repo.Root, "seeds", "second.txt"), "A second story\nIts standfirst.\nIts body.\n");
        var added = repo.Build();
        Assert.True(added.ExitCode == 0, added.Output);
        Assert.Contains("search index built", added.Output);

        // A paragraph added to the seed's body: the index is brought up to date, that article alone indexed again.
        File.AppendAllText(seed, "\nA closing paragraph about the quillwort accord.\n");
        var edit = repo.Build();
        Assert.True(edit.ExitCode == 0, edit.Output);
        Assert.Contains("search index updated (1 article indexed again)", edit.Output);
        Assert.Equal("/articles/" + SeedSlug + "/", Assert.Single(SiteSearch.Find(repo.Site, "quillwort")).Url);
    }

    /// <summary>
    /// The documents are read (scanned for binary ones) only when they changed; what the scan found is kept in obj/
    /// for the builds that do not scan. So a binary document stays out of a build that compiles again without a scan
    /// (the compiler would stop with CS2015), and a document added with an old date or deleted is still noticed.
    /// </summary>
    [Fact]
    public void Documents_are_scanned_again_only_when_they_change_and_a_binary_one_stays_out_of_every_build()
    {
        using var repo = new RepoCopy();
        var docs = Path.Combine(repo.Root, "docs");
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "good.txt"), "Good headline\nGood standfirst.\nBody.\n");
        File.WriteAllBytes(Path.Combine(docs, "picture.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        string[] arguments = [$"-p:StaticNewsDocuments={docs}", "-p:StaticNewsSearch=false", "-v:n"];
        string Articles() => string.Join(",", Directory.GetDirectories(Path.Combine(repo.Site, "articles")).Select(Path.GetFileName).Order());
        const string ScanSkipped = "Skipping target \"_StaticNewsScanDocuments\"";

        var first = repo.Build(arguments);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains($"{Path.Combine(docs, "picture.txt")}(1,1): warning SN0007", first.Output);
        Assert.DoesNotContain(ScanSkipped, first.Output);
        Assert.Equal("good-headline", Articles());

        // Only C# changed: the compiler and the render run again, the documents are not read again.
        File.SetLastWriteTimeUtc(Path.Combine(repo.Root, "site", "Program.cs"), DateTime.UtcNow);
        var codeEdit = repo.Build(arguments);
        Assert.True(codeEdit.ExitCode == 0, codeEdit.Output);
        Assert.Contains(ScanSkipped, codeEdit.Output);
        Assert.Contains("StaticNews: ", codeEdit.Output);
        Assert.DoesNotContain("CS2015", codeEdit.Output);
        Assert.Equal("good-headline", Articles());

        // A new document dated before the last scan, and a deleted one: no date is newer, the list changed.
        var added = Path.Combine(docs, "added.txt");
        File.WriteAllText(added, "Added headline\nAdded standfirst.\nBody.\n");
        File.SetLastWriteTimeUtc(added, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.Delete(Path.Combine(docs, "good.txt"));
        var listEdit = repo.Build(arguments);
        Assert.True(listEdit.ExitCode == 0, listEdit.Output);
        Assert.DoesNotContain(ScanSkipped, listEdit.Output);
        Assert.Contains($"{Path.Combine(docs, "picture.txt")}(1,1): warning SN0007", listEdit.Output);
        Assert.Equal("added-headline", Articles());

        // Nothing changed: no scan, no compile, no render.
        var noOp = repo.Build(arguments);
        Assert.True(noOp.ExitCode == 0, noOp.Output);
        Assert.Contains(ScanSkipped, noOp.Output);
        Assert.DoesNotContain("StaticNews: ", noOp.Output);
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
    public void Without_node_the_site_builds_with_search()
    {
        using var repo = new RepoCopy();
        // A PATH with dotnet and sh (MSBuild's Exec needs it), but no node and no npm: the build needs neither.
        using var bin = new TempDirectory();
        File.CreateSymbolicLink(Path.Combine(bin.Path, "dotnet"), ResolveOnPath(DotnetCli.DotnetExecutable));
        File.CreateSymbolicLink(Path.Combine(bin.Path, "sh"), ResolveOnPath("sh"));

        var build = repo.BuildWithPath(bin.Path);

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("search index built", build.Output);
        Assert.False(Directory.Exists(Path.Combine(repo.Root, "node_modules")));
        Assert.Equal("/articles/" + SeedSlug + "/", Assert.Single(SiteSearch.Find(repo.Site, "Lavrov")).Url);
        Assert.Contains("search-index/", File.ReadAllText(Path.Combine(repo.Site, "search", "index.html")));
    }

    [Fact]
    public void With_search_turned_off_the_site_has_no_index_and_its_search_page_says_so()
    {
        using var repo = new RepoCopy();

        var build = repo.Build("-p:StaticNewsSearch=false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("search skipped", build.Output);
        Assert.False(Directory.Exists(Path.Combine(repo.Site, "search-index")));
        Assert.Contains("Search is not available", File.ReadAllText(Path.Combine(repo.Site, "search", "index.html")));
    }

    [Fact]
    public void A_separate_project_uses_the_typed_content()
    {
        using var repo = new RepoCopy();

        var run = DotnetCli.Run(repo.Root, "run", "--project", "tests/StaticNews.Consumer", "--disable-build-servers");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("typed-content-compiles-in-any-project", run.Output);
        Assert.Contains("has 2 paragraphs", run.Output);
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
