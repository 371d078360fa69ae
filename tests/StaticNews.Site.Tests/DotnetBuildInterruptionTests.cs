using System.Runtime.Versioning;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Tests;

/// <summary>
/// The README's `dotnet build` on a copy of the repository, its render killed (SIGKILL) before and after the new site
/// is swapped in: `_site/` is then wholly the previous or wholly the new site, and the next `dotnet build` renders
/// again (its stamp is not trusted after an interrupted render) and removes what the killed one left.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class DotnetBuildInterruptionTests
{
    private const string KillAt = "STATICNEWS_KILL_AT";

    [Fact]
    public void A_killed_render_leaves_one_whole_site_and_the_next_dotnet_build_renders_again_and_cleans_up()
    {
        using var repo = new RepoCopy();
        string[] build = ["build", "site/StaticNews.Site.csproj", "--disable-build-servers", "-nodeReuse:false", "-p:StaticNewsSearch=false"];
        DotnetCli.Result Build(Dictionary<string, string>? environment = null) =>
            ChildProcess.Run(repo.Root, environment ?? [], DotnetCli.DotnetExecutable, build);
        var workspace = Path.Combine(repo.Root, "._site.staticnews");
        var first = Build();
        Assert.True(first.ExitCode == 0, first.Output);
        var firstSite = SiteTree.Of(repo.Site);

        // Killed before the swap: the previous site, whole.
        EditArticleTemplate(repo, "<!-- second -->");
        var killedBefore = Build(new() { [KillAt] = FaultPoint.BeforeSwap });
        Assert.True(killedBefore.ExitCode != 0, killedBefore.Output);
        Assert.True(SiteTree.Of(repo.Site).SameAs(firstSite), SiteTree.Of(repo.Site).Difference(firstSite));
        Assert.True(Directory.Exists(workspace));

        var second = Build();
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("StaticNews: ", second.Output);
        var secondSite = SiteTree.Of(repo.Site);
        Assert.False(secondSite.SameAs(firstSite));
        Assert.True(OutputFolder.HoldsOnlyTheSpare(workspace));

        // Killed after the swap, before the old site is deleted: the new site, whole.
        EditArticleTemplate(repo, "<!-- third -->");
        var killedAfter = Build(new() { [KillAt] = FaultPoint.AfterSwap });
        Assert.True(killedAfter.ExitCode != 0, killedAfter.Output);
        var atKill = SiteTree.Of(repo.Site);
        Assert.True(Directory.Exists(workspace));

        var third = Build();
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.Contains("StaticNews: ", third.Output);
        var thirdSite = SiteTree.Of(repo.Site);
        Assert.False(thirdSite.SameAs(secondSite));
        Assert.True(atKill.SameAs(thirdSite), atKill.Difference(thirdSite));
        Assert.Equal(["._site.staticnews", "_site"], Directory.GetFileSystemEntries(repo.Root, "*site*").Select(Path.GetFileName).Where(n => n != "site").Order(StringComparer.Ordinal));
        Assert.True(OutputFolder.HoldsOnlyTheSpare(workspace));
    }

    /// <summary>
    /// The stamp knows only the renders MSBuild finished: a render run by hand (or by the preview) that was killed
    /// leaves its workspace, and the next `dotnet build` renders again instead of keeping whatever it left.
    /// </summary>
    [Fact]
    public void A_render_killed_outside_msbuild_makes_the_next_dotnet_build_render_again()
    {
        using var repo = new RepoCopy();
        var first = repo.Build("-p:StaticNewsSearch=false");
        Assert.True(first.ExitCode == 0, first.Output);
        var built = SiteTree.Of(repo.Site);
        var program = Path.Combine(repo.Root, "site", "bin", "Debug", "net10.0", "StaticNews.Site.dll");
        var arguments = Path.Combine(repo.Root, "site", "obj", "Debug", "net10.0", "staticnews.render.args");

        var killed = ChildProcess.Run(repo.Root, new Dictionary<string, string> { [KillAt] = FaultPoint.AfterSwap },
            DotnetCli.DotnetExecutable, program, "build", "@" + arguments, "--base-url", "https://elsewhere.example/");
        Assert.True(killed.ExitCode == 128 + 9, killed.Output);
        Assert.False(SiteTree.Of(repo.Site).SameAs(built));

        var next = repo.Build("-p:StaticNewsSearch=false");

        Assert.True(next.ExitCode == 0, next.Output);
        Assert.Contains("StaticNews: ", next.Output);
        Assert.True(SiteTree.Of(repo.Site).SameAs(built), SiteTree.Of(repo.Site).Difference(built));
        Assert.True(OutputFolder.HoldsOnlyTheSpare(Path.Combine(repo.Root, "._site.staticnews")));
    }

    private static void EditArticleTemplate(RepoCopy repo, string comment) =>
        File.AppendAllText(Path.Combine(repo.Root, "site", "templates", "article.sbn"), comment + "\n");
}
