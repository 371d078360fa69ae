using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// `dotnet build` after an edit of articles' bodies alone: the site's compile is skipped (the documents scan lists the
/// edited documents, and the render reads their bodies again), and the site written is, byte for byte, the one a
/// compile of the edited documents writes. Any other edit compiles.
/// </summary>
public sealed class BodyEditBuildTests
{
    private const string Story = "---\ntitle: A story\ndescription: Told twice.\ndate: 2025-01-02\ntags: [Town]\n---\nThe first paragraph.\n\nThe second.\n";

    [Fact]
    public void A_body_edit_skips_the_compile_and_writes_the_site_a_compile_writes()
    {
        using var repo = new RepoCopy();
        var story = Path.Combine(repo.Root, "seeds", "story.md");
        File.WriteAllText(story, Story);
        // Not edited: what the edit's build knows of its body (the picture it shows) is what the first build learned.
        File.WriteAllText(Path.Combine(repo.Root, "seeds", "pictured.md"), Story.Replace("A story", "A pictured story") + "\n![A chart](chart.jpg)\n");
        TestPictures.MakePhoto(Path.Combine(repo.Root, "seeds", "chart.jpg"), 900, 600, seed: 3);
        var seed = Directory.GetFiles(Path.Combine(repo.Root, "seeds"), "*.txt").Single();
        var assembly = Path.Combine(repo.Root, "site", "obj", "Debug", "net10.0", "StaticNews.Site.dll");
        DotnetCli.Result Build() => repo.Build("-p:StaticNewsSearch=false", "-p:StaticNewsNow=2026-01-01T00:00:00Z", "-v:n");
        var first = Build();
        Assert.True(first.ExitCode == 0, first.Output);
        var compiledAt = File.GetLastWriteTimeUtc(assembly);

        File.WriteAllText(story, Story.Replace("The second.", "The second, rewritten.\n\nA third, with [a link](https://example.com/)."));
        File.AppendAllText(seed, "\nA paragraph added at the end of the seed.\n");
        var edit = Build();
        Assert.True(edit.ExitCode == 0, edit.Output);
        Assert.Contains("StaticNews: no compile: 2 document(s) changed in their body only", edit.Output);
        Assert.Equal(compiledAt, File.GetLastWriteTimeUtc(assembly));
        var pages = string.Concat(Directory.GetFiles(Path.Combine(repo.Site, "articles"), "index.html", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("A third, with <a href=\"https://example.com/\">a link</a>", pages);
        Assert.Contains("A paragraph added at the end of the seed.", pages);
        Assert.Matches("<img[^>]+srcset=\"[^\"]*chart-[0-9a-f]+-", pages);
        var skipped = Snapshot(repo.Site);

        // The same documents compiled, into a new site (no page kept from the last render).
        Directory.Delete(repo.Site, recursive: true);
        File.Delete(assembly);
        File.Delete(Path.Combine(repo.Root, "site", "obj", "Debug", "net10.0", "staticnews.documents.edited"));
        var compiled = Build();
        Assert.True(compiled.ExitCode == 0, compiled.Output);
        Assert.NotEqual(compiledAt, File.GetLastWriteTimeUtc(assembly));
        var written = Snapshot(repo.Site);
        Assert.Equal(written.Keys.Order(), skipped.Keys.Order());
        Assert.All(written, file => Assert.True(file.Value.SequenceEqual(skipped[file.Key]), file.Key + " differs"));

        compiledAt = File.GetLastWriteTimeUtc(assembly);
        File.WriteAllText(story, Story.Replace("title: A story", "title: A story retold"));
        var retitled = Build();
        Assert.True(retitled.ExitCode == 0, retitled.Output);
        Assert.DoesNotContain("StaticNews: no compile", retitled.Output);
        Assert.NotEqual(compiledAt, File.GetLastWriteTimeUtc(assembly));
        Assert.Contains("A story retold", File.ReadAllText(Path.Combine(repo.Site, "index.html")));

        // Turned off, a body edit compiles like any other.
        compiledAt = File.GetLastWriteTimeUtc(assembly);
        File.AppendAllText(story, "\nOne more paragraph, compiled.\n");
        var turnedOff = repo.Build("-p:StaticNewsSearch=false", "-p:StaticNewsNow=2026-01-01T00:00:00Z", "-v:n", "-p:StaticNewsSkipCompileForBodyEdits=false");
        Assert.True(turnedOff.ExitCode == 0, turnedOff.Output);
        Assert.DoesNotContain("StaticNews: no compile", turnedOff.Output);
        Assert.NotEqual(compiledAt, File.GetLastWriteTimeUtc(assembly));
        Assert.Contains("One more paragraph, compiled.", string.Concat(Directory.GetFiles(Path.Combine(repo.Site, "articles"), "index.html", SearchOption.AllDirectories).Select(File.ReadAllText)));
    }

    private static Dictionary<string, byte[]> Snapshot(string site) =>
        Directory.GetFiles(site, "*", SearchOption.AllDirectories).ToDictionary(file => Path.GetRelativePath(site, file), File.ReadAllBytes);
}
