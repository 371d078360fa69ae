using System.Runtime.Versioning;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Tests;

/// <summary>
/// The output folder on real file systems that refuse or differ: immutable, read-only, full, a mount point. Every
/// failure is one line naming the path and what to do (never a stack trace), the previous site stays whole, nothing
/// is left beside it; a mount point is written in place.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class OutputFaultTests : IDisposable
{
    private readonly SiteProgram _program = new();
    private readonly OutputFolder _output = new();
    private readonly TempDirectory _temp = new();
    private readonly Mounts _mounts = new();

    private string[] OldSite => ["--out", _output.Path, "--base-url", "https://old.example/"];

    private string[] NewSite => ["--out", _output.Path, "--base-url", "https://new.example/"];

    [PrivilegedFact]
    public void An_immutable_output_folder_fails_the_build_with_one_line_and_keeps_the_site()
    {
        Assert.Equal(0, _program.Build(OldSite).ExitCode);
        var before = _output.Tree();
        Mounts.Run("chattr", "+i", _output.Path);
        try
        {
            var result = _program.Build(NewSite);

            Assert.Equal(1, result.ExitCode);
            AssertOneLineError(result.Output, "error SNS0007: " + _output.Path);
        }
        finally
        {
            Mounts.Run("chattr", "-i", _output.Path);
        }
        Assert.True(_output.Tree().SameAs(before), _output.Tree().Difference(before));
        Assert.Empty(_output.Beside());
    }

    [PrivilegedFact]
    public void A_read_only_file_system_fails_the_build_with_one_line_naming_the_folder()
    {
        Assert.Equal(0, _program.Build(OldSite).ExitCode);
        var before = _output.Tree();
        _mounts.ReadOnlyBind(_output.Parent);

        var result = _program.Build(NewSite);

        Assert.Equal(1, result.ExitCode);
        AssertOneLineError(result.Output, "error SNS0007: " + _output.Workspace + " is on a read-only file system");
        Assert.True(_output.Tree().SameAs(before), _output.Tree().Difference(before));
    }

    [PrivilegedFact]
    public void A_full_disk_fails_the_build_with_one_line_and_keeps_the_previous_site_whole()
    {
        _mounts.Tmpfs(_output.Parent, "1m");
        Assert.Equal(0, _program.Build(OldSite).ExitCode);
        var before = _output.Tree();
        // 2,000 new files need a block each: more than the disk has left.
        _program.WriteManyAssets(2000, "large");

        var result = _program.Build(NewSite);

        Assert.Equal(1, result.ExitCode);
        AssertOneLineError(result.Output, "error SNS0008: no space left on the disk of " + _output.Workspace);
        Assert.True(_output.Tree().SameAs(before), _output.Tree().Difference(before));
        Assert.Empty(_output.Beside());
    }

    [PrivilegedFact]
    public void An_output_folder_that_is_a_mount_point_is_written_in_place()
    {
        _mounts.Tmpfs(_output.Path, "20m");
        var newSite = FreshNewSite();
        Assert.Equal(0, _program.Build(OldSite).ExitCode);

        var result = _program.Build(NewSite);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("is updated file by file", result.Output);
        Assert.True(_output.Tree().SameAs(newSite), _output.Tree().Difference(newSite));
        Assert.Contains($" {_output.Path} ", File.ReadAllText("/proc/self/mountinfo"));
        Assert.Empty(_output.Beside());
    }

    [PrivilegedFact]
    public void A_build_killed_while_writing_a_mount_point_in_place_is_completed_by_the_next_build()
    {
        _mounts.Tmpfs(_output.Path, "20m");
        var newSite = FreshNewSite();
        Assert.Equal(0, _program.Build(OldSite).ExitCode);

        var killed = _program.Build(NewSite, new Dictionary<string, string> { ["STATICNEWS_KILL_AT"] = FaultPoint.InPlace });

        Assert.True(killed.ExitCode == 128 + 9, killed.Output);
        // The marker stays: the MSBuild render target does not trust its stamp, and renders again.
        Assert.True(File.Exists(Path.Combine(_output.Workspace, "writing-in-place")));
        var next = _program.Build(NewSite);
        Assert.True(next.ExitCode == 0, next.Output);
        Assert.True(_output.Tree().SameAs(newSite), _output.Tree().Difference(newSite));
        Assert.Empty(_output.Beside());
    }

    private SiteTree FreshNewSite()
    {
        var fresh = _temp.Combine("fresh", "_site");
        Assert.Equal(0, _program.Build("--out", fresh, "--base-url", "https://new.example/").ExitCode);
        return SiteTree.Of(fresh);
    }

    /// <summary>The build printed the error as one line starting with <paramref name="start"/>, and no stack trace.</summary>
    private static void AssertOneLineError(string output, string start)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Any(l => l.StartsWith(start, StringComparison.Ordinal)), output);
        Assert.DoesNotContain(lines, l => l.StartsWith("at ", StringComparison.Ordinal) || l.Contains("Exception"));
        Assert.Contains(lines, l => l.StartsWith("error SNS0002: the site was not written", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _mounts.Dispose();
        _program.Dispose();
        _output.Dispose();
        _temp.Dispose();
    }
}
