using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Tests;

/// <summary>The staging folder shares the unchanged files with the live site (hard links), and is never written through them.</summary>
public sealed class StagedOutputTests : IDisposable
{
    private readonly OutputFolder _output = new();

    [Fact]
    public void A_file_staged_twice_replaces_its_link_and_leaves_the_live_file_alone()
    {
        using (var first = new StagedOutput(_output.Path))
        {
            first.WriteText("index.html", "live");
            first.Commit();
        }
        var live = Path.Combine(_output.Path, "index.html");

        using (var second = new StagedOutput(_output.Path))
        {
            second.WriteText("index.html", "live");
            Assert.Equal(0, second.FilesWritten);
            second.WriteText("index.html", "changed");

            Assert.Equal("live", File.ReadAllText(live));
            Assert.Equal("changed", File.ReadAllText(Path.Combine(second.StagingDirectory, "index.html")));
            second.Commit();
        }

        Assert.Equal("changed", File.ReadAllText(live));
        Assert.Empty(_output.Beside());
    }

    public void Dispose() => _output.Dispose();
}
