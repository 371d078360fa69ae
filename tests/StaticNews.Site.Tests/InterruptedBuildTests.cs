using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Tests;

/// <summary>
/// The site's `build` command, run as a real process and killed (SIGKILL) at each moment of writing the output: the
/// output folder is then wholly the previous site or wholly the new one, byte for byte, and the next build brings
/// the new site and removes everything the killed one left.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class InterruptedBuildTests : IDisposable
{
    private const int Killed = 128 + 9;

    private readonly SiteProgram _program = new();
    private readonly OutputFolder _output = new();
    private readonly TempDirectory _temp = new();

    private string[] OldSite => ["--out", _output.Path, "--base-url", "https://old.example/"];

    private string[] NewSite => ["--out", _output.Path, "--base-url", "https://new.example/"];

    private SiteTree ExpectedNewSite()
    {
        var fresh = _temp.Combine("fresh", "_site");
        var result = _program.Build("--out", fresh, "--base-url", "https://new.example/");
        Assert.True(result.ExitCode == 0, result.Output);
        return SiteTree.Of(fresh);
    }

    private SiteTree BuildOldSite()
    {
        var result = _program.Build(OldSite);
        Assert.True(result.ExitCode == 0, result.Output);
        return _output.Tree();
    }

    [Theory]
    [InlineData(FaultPoint.Staged, false, false)]
    [InlineData(FaultPoint.Search, false, false)]
    [InlineData(FaultPoint.BeforeSwap, false, false)]
    [InlineData(FaultPoint.AfterSwap, true, false)]
    [InlineData(FaultPoint.SpareCleanup, false, false)]
    // Deleting the old site, where none is kept as the spare: after the swap.
    [InlineData(FaultPoint.Cleanup, true, true)]
    public void A_build_killed_while_writing_leaves_one_whole_site_and_the_next_build_removes_its_leftovers(string point, bool newSiteIsIn, bool twoRenameSwap)
    {
        BuildOldSite();
        // The second build keeps the first's site as the spare, which the killed build stages in.
        var oldSite = BuildOldSite();
        File.WriteAllText(Path.Combine(_output.Spare, "stale.html"), "only the spare has it");
        var newSite = ExpectedNewSite();
        Assert.False(oldSite.SameAs(newSite));

        var environment = new Dictionary<string, string> { ["STATICNEWS_KILL_AT"] = point };
        if (twoRenameSwap)
        {
            environment["STATICNEWS_TWO_RENAME_SWAP"] = "1";
        }
        var killed = _program.Build(NewSite, environment);

        Assert.True(killed.ExitCode == Killed, $"expected the build to be killed at {point}: {killed.Output}");
        var expected = newSiteIsIn ? newSite : oldSite;
        var after = _output.Tree();
        Assert.True(after.SameAs(expected), after.Difference(expected));
        // The workspace stays, so the MSBuild render target does not trust its stamp.
        Assert.True(Directory.Exists(_output.Workspace));

        var next = _program.Build(NewSite);

        Assert.True(next.ExitCode == 0, next.Output);
        Assert.True(_output.Tree().SameAs(newSite), _output.Tree().Difference(newSite));
        Assert.Empty(_output.Beside());
    }

    [Fact]
    public void A_build_killed_between_the_two_renames_of_the_fallback_swap_is_put_back_by_the_next_build()
    {
        var oldSite = BuildOldSite();
        var newSite = ExpectedNewSite();

        var killed = _program.Build(NewSite, new Dictionary<string, string> { ["STATICNEWS_KILL_AT"] = FaultPoint.MidSwap, ["STATICNEWS_TWO_RENAME_SWAP"] = "1" });

        Assert.True(killed.ExitCode == Killed, killed.Output);
        Assert.False(Directory.Exists(_output.Path));
        // The next build puts the previous site back before anything else: even when its own render fails.
        var templates = _temp.Combine("broken-templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "article.sbn"), "{{ if }}");
        var failed = _program.Build([.. NewSite, "--templates", templates], null);
        Assert.Equal(1, failed.ExitCode);
        Assert.True(_output.Tree().SameAs(oldSite), _output.Tree().Difference(oldSite));
        Assert.Empty(_output.Beside());

        var next = _program.Build(NewSite, new Dictionary<string, string> { ["STATICNEWS_TWO_RENAME_SWAP"] = "1" });

        Assert.True(next.ExitCode == 0, next.Output);
        Assert.True(_output.Tree().SameAs(newSite), _output.Tree().Difference(newSite));
        Assert.Empty(_output.Beside());
    }

    [Fact]
    public void What_killed_builds_left_beside_the_output_is_removed_by_the_next_build()
    {
        BuildOldSite();
        var newSite = ExpectedNewSite();
        var deadPid = DeadProcessId();
        // Earlier versions staged beside the output, named by process id; this one stages in its workspace.
        foreach (var leftover in new[] { $"_site.staging-{deadPid}", $"_site.previous-{deadPid}", $"._site.staticnews/staging-{deadPid}-0badc0de" })
        {
            Directory.CreateDirectory(Path.Combine(_output.Parent, leftover, "articles"));
            File.WriteAllText(Path.Combine(_output.Parent, leftover, "articles", "index.html"), "left over");
        }

        var next = _program.Build(NewSite);

        Assert.True(next.ExitCode == 0, next.Output);
        Assert.True(_output.Tree().SameAs(newSite), _output.Tree().Difference(newSite));
        Assert.Empty(_output.Beside());
    }

    /// <summary>
    /// Without any help from the build: a large site (every file changed) is killed at moments spread over its run,
    /// and at the first moment its output folder is seen to change.
    /// </summary>
    [Fact]
    public void A_large_build_killed_at_any_moment_leaves_the_old_or_the_new_site_whole()
    {
        using var newProgram = new SiteProgram();
        _program.WriteManyAssets(2000, "old");
        newProgram.WriteManyAssets(2000, "new");
        string[] arguments = ["--out", _output.Path];
        var oldSite = BuildOldSiteWith(arguments);
        var fresh = _temp.Combine("fresh-large", "_site");
        Assert.Equal(0, newProgram.Build("--out", fresh).ExitCode);
        var newSite = SiteTree.Of(fresh);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, newProgram.Build(arguments).ExitCode);
        var duration = clock.Elapsed;

        var moments = new List<Func<Process, bool>>();
        for (var i = 0; i < 3; i++)
        {
            moments.Add(OutputChanges);
        }
        for (var k = 1; k <= 6; k++)
        {
            var delay = duration * k / 7;
            moments.Add(process => !process.WaitForExit(delay));
        }
        foreach (var killWhen in moments)
        {
            BuildOldSiteWith(arguments);
            var output = new StringBuilder();
            using var build = newProgram.Start(arguments, null, output);
            if (killWhen(build))
            {
                build.Kill();
            }
            build.WaitForExit();

            var after = _output.Tree();
            Assert.True(after.SameAs(oldSite) || after.SameAs(newSite), "neither the old nor the new site: " + after.Difference(newSite));
            var next = newProgram.Build(arguments);
            Assert.True(next.ExitCode == 0, next.Output);
            Assert.True(_output.Tree().SameAs(newSite), _output.Tree().Difference(newSite));
            Assert.Empty(_output.Beside());
        }

        SiteTree BuildOldSiteWith(string[] args)
        {
            var result = _program.Build(args);
            Assert.True(result.ExitCode == 0, result.Output);
            return _output.Tree();
        }
    }

    /// <summary>Waits until a few of the output's files are replaced (or the folder is gone); false when the build ended first.</summary>
    private bool OutputChanges(Process build)
    {
        var samples = Directory.EnumerateFiles(_output.Path, "*", SearchOption.AllDirectories).Where((_, i) => i % 50 == 0).ToList();
        var times = samples.ToDictionary(f => f, File.GetLastWriteTimeUtc);
        while (!build.HasExited)
        {
            if (!Directory.Exists(_output.Path) || samples.Any(f => !File.Exists(f) || File.GetLastWriteTimeUtc(f) != times[f]))
            {
                return true;
            }
        }
        return false;
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }

    private static void WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "waited a minute in vain");
            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        _program.Dispose();
        _output.Dispose();
        _temp.Dispose();
    }
}
