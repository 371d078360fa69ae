using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>The approved-file helper must fail on a difference, say where, and leave the output for review.</summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "staticnews-snapshot-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string Verified(string name) => Path.Combine(_folder, name + ".verified.cs");

    private string Received(string name) => Path.Combine(_folder, name + ".received.cs");

    [Fact]
    public void A_mismatch_fails_names_the_first_differing_line_and_writes_received()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Verified("Sample"), "line one\nline two\nline three\n");

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() =>
            Snapshot.Match("line one\nline 2\nline three\n", "Sample", _folder, accept: false));

        Assert.Contains("line 2:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("approved: line two", failure.Message, StringComparison.Ordinal);
        Assert.Contains("received: line 2", failure.Message, StringComparison.Ordinal);
        Assert.Equal("line one\nline 2\nline three\n", File.ReadAllText(Received("Sample")));
        // The approved file is never touched by a failing comparison.
        Assert.Equal("line one\nline two\nline three\n", File.ReadAllText(Verified("Sample")));
    }

    [Fact]
    public void A_missing_approved_file_fails_and_writes_received()
    {
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Snapshot.Match("new\n", "Fresh", _folder, accept: false));

        Assert.Contains("no approved file", failure.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Received("Fresh")));
        Assert.False(File.Exists(Verified("Fresh")));
    }

    [Fact]
    public void Line_endings_do_not_count_and_a_match_removes_a_stale_received_file()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Verified("Crlf"), "a\r\nb\r\n");
        File.WriteAllText(Received("Crlf"), "old output");

        Snapshot.Match("a\nb\n", "Crlf", _folder, accept: false);

        Assert.False(File.Exists(Received("Crlf")));
    }

    [Fact]
    public void A_shorter_output_is_reported_at_the_end_of_file()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Verified("Short"), "a\nb\nc");

        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Snapshot.Match("a\nb", "Short", _folder, accept: false));

        Assert.Contains("line 3:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("received: <end of file>", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_overwrites_the_approved_file_with_normalised_text()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Verified("Accept"), "old\n");

        Snapshot.Match("new\r\ntext\r\n", "Accept", _folder, accept: true);

        Assert.Equal("new\ntext\n", File.ReadAllText(Verified("Accept")));
        Assert.False(File.Exists(Received("Accept")));
    }
}
