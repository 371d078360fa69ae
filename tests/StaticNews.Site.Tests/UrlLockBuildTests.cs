using AngleSharp.Html.Parser;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// staticnews.lock through the real `dotnet build`: the first build writes it, and writing it compiles and renders nothing
/// again; a retitled seed stays at its published URL; a lock edited by hand (a checkout) compiles the content again.
/// </summary>
public sealed class UrlLockBuildTests
{
    private const string SeedSlug = "russia-expresses-its-readiness-to-provide-support-as-the-situation-between";
    private const string Seed = "seeds/000_539d5ea821e4a723.txt";

    [Fact]
    public void Dotnet_build_locks_the_seed_s_url_keeps_it_when_the_title_changes_and_takes_in_an_edited_lock()
    {
        using var repo = new RepoCopy();
        var lockFile = Path.Combine(repo.Root, "staticnews.lock");

        var first = repo.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains($"\"{Seed}\" = \"articles/{SeedSlug}/\"", File.ReadAllLines(lockFile));

        // The lock the build wrote is no change: nothing is compiled or rendered again.
        var second = repo.Build();
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.DoesNotContain("StaticNews: ", second.Output);

        var seedPath = Path.Combine(repo.Root, Seed);
        var lines = File.ReadAllLines(seedPath).ToList();
        var title = lines.FindIndex(line => line.Trim().Length > 0);
        lines[title] = "A wholly different headline for the same story";
        File.WriteAllLines(seedPath, lines);

        var retitled = repo.Build();
        Assert.True(retitled.ExitCode == 0, retitled.Output);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(repo.Site, "articles", SeedSlug, "index.html")));
        Assert.Equal("A wholly different headline for the same story", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.False(Directory.Exists(Path.Combine(repo.Site, "articles", "a-wholly-different-headline-for-the-same-story")));
        Assert.Contains($"\"{Seed}\" = \"articles/{SeedSlug}/\"", File.ReadAllLines(lockFile));

        File.WriteAllText(lockFile, $"\"{Seed}\" = \"articles/kept-by-hand/\"\n");
        var edited = repo.Build();
        Assert.True(edited.ExitCode == 0, edited.Output);
        Assert.True(File.Exists(Path.Combine(repo.Site, "articles", "kept-by-hand", "index.html")), edited.Output);
    }
}
