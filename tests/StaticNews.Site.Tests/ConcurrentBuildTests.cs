using System.Runtime.Versioning;
using System.Text;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Tests;

/// <summary>
/// Two builds of the same output folder at once, as real processes: they take turns (a lock), neither crashes, and
/// the output ends as one whole site; one that waits too long fails with one line saying who holds the folder.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class ConcurrentBuildTests : IDisposable
{
    private readonly SiteProgram _program = new();
    private readonly OutputFolder _output = new();
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Two_builds_at_once_take_turns_and_leave_one_whole_site()
    {
        _program.WriteManyAssets(1000, "large");
        string[] first = ["--out", _output.Path, "--base-url", "https://first.example/"];
        string[] second = ["--out", _output.Path, "--base-url", "https://second.example/"];
        var firstSite = Fresh(first);
        var secondSite = Fresh(second);

        for (var trial = 0; trial < 5; trial++)
        {
            var (firstOutput, secondOutput) = (new StringBuilder(), new StringBuilder());
            using var one = _program.Start(first, null, firstOutput);
            using var two = _program.Start(second, null, secondOutput);
            var results = new[] { SiteProgram.Finish(one, firstOutput), SiteProgram.Finish(two, secondOutput) };

            foreach (var result in results)
            {
                Assert.True(result.ExitCode == 0, result.Output);
                Assert.DoesNotContain("Unhandled exception", result.Output);
            }
            var after = _output.Tree();
            Assert.True(after.SameAs(firstSite) || after.SameAs(secondSite), after.Difference(firstSite));
            Assert.Empty(_output.Beside());
        }
    }

    [Fact]
    public void A_build_that_waits_too_long_for_another_fails_with_one_line_naming_the_folder()
    {
        string[] arguments = ["--out", _output.Path];
        Assert.Equal(0, _program.Build(arguments).ExitCode);
        var before = _output.Tree();
        // The build holding the folder stays in its search step until it is killed.
        var holderOutput = new StringBuilder();
        using var holder = _program.Start(arguments, new Dictionary<string, string> { ["STATICNEWS_PAUSE_AT"] = FaultPoint.Search }, holderOutput);
        try
        {
            while (!Paused(holderOutput))
            {
                Assert.False(holder.HasExited, holderOutput.ToString());
                Thread.Sleep(20);
            }

            var waiting = _program.Build(["--out", _output.Path, "--base-url", "https://other.example/"], new Dictionary<string, string> { ["STATICNEWS_LOCK_TIMEOUT"] = "1" });

            Assert.Equal(1, waiting.ExitCode);
            var lines = waiting.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Contains(lines, l => l.StartsWith("StaticNews: waiting for another build", StringComparison.Ordinal) && l.Contains(_output.Path));
            Assert.Contains(lines, l => l.StartsWith("error SNS0006: " + _output.Path + " is being written by another build", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception"));
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
        }
        var after = _output.Tree();
        Assert.True(after.SameAs(before), after.Difference(before));
    }

    private SiteTree Fresh(string[] arguments)
    {
        var fresh = _temp.Combine("fresh-" + Guid.NewGuid().ToString("N"), "_site");
        var result = _program.Build([.. arguments.Skip(2), "--out", fresh], null);
        Assert.True(result.ExitCode == 0, result.Output);
        return SiteTree.Of(fresh);
    }

    private static bool Paused(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().Contains("StaticNews: paused at " + FaultPoint.Search, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _program.Dispose();
        _output.Dispose();
        _temp.Dispose();
    }
}
