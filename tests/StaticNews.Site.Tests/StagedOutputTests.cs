using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Tests;

/// <summary>
/// The staging folder shares the unchanged files with the live site (hard links), and is never written through them;
/// on Linux the old site is kept as the spare the next build stages in.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
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

    [Fact]
    public void A_build_disposed_again_after_the_next_one_took_the_folder_leaves_its_lock_and_workspace_alone()
    {
        var first = new StagedOutput(_output.Path);
        first.WriteText("index.html", "one");
        first.Commit();
        first.Dispose();
        using var second = new StagedOutput(_output.Path);
        // As `using` does when the first build leaves its scope (the second now holds a lock file at the same path).
        first.Dispose();

        // The second still holds the folder: a third build waits for it, and gives up.
        var waited = Assert.Throws<OutputFailure>(() => new StagedOutput(_output.Path, lockTimeout: TimeSpan.FromMilliseconds(300)));
        Assert.Contains("SNS0006", waited.Message);
        second.WriteText("index.html", "two");
        second.Commit();
        Assert.Equal("two", File.ReadAllText(Path.Combine(_output.Path, "index.html")));
    }

    [Fact]
    public void The_old_site_is_kept_as_the_spare_and_the_next_build_stages_in_it_linking_only_what_changed()
    {
        Stage(("index.html", "one"), ("articles/a/index.html", "a"), ("articles/gone/index.html", "gone"));
        var second = Stage(("index.html", "two"), ("articles/a/index.html", "a"), ("articles/b/index.html", "b"));
        // No spare yet: every unchanged file is linked from the output.
        Assert.Equal(1, second.Linked);
        Assert.Equal(["articles/a/index.html", "articles/gone/index.html", "index.html"], SiteTree.Of(_output.Spare).Files.Keys.Order(StringComparer.Ordinal));

        var third = Stage(("index.html", "two"), ("articles/a/index.html", "a"), ("articles/b/index.html", "b"));

        // The spare held the first site: its unchanged file is the output's already, the two others are linked.
        Assert.Equal(2, third.Linked);
        Assert.Equal(0, third.Written);
        var live = SiteTree.Of(_output.Path);
        Assert.Equal(["articles/a/index.html", "articles/b/index.html", "index.html"], live.Files.Keys.Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_output.Path, "articles", "gone")));
        Assert.Equal("two", File.ReadAllText(Path.Combine(_output.Path, "index.html")));

        var fourth = Stage(("index.html", "two"), ("articles/a/index.html", "a"), ("articles/b/index.html", "b"));
        Assert.Equal(0, fourth.Linked);
        Assert.Equal(0, fourth.Written);
        Assert.Empty(_output.Beside());
    }

    [Fact]
    public void A_file_the_spare_shares_with_the_live_site_is_replaced_not_written_through()
    {
        Stage(("index.html", "same"), ("page.html", "kept"));
        Stage(("index.html", "same"), ("page.html", "kept"));
        // The spare's page.html and index.html are now the live site's own files (hard links).
        using (var output = new StagedOutput(_output.Path))
        {
            output.WriteText("page.html", "changed");
            output.WriteText("index.html", "same");

            Assert.Equal("kept", File.ReadAllText(Path.Combine(_output.Path, "page.html")));
            Assert.Equal("changed", File.ReadAllText(Path.Combine(output.StagingDirectory, "page.html")));
            output.Commit();
        }
        Assert.Equal("changed", File.ReadAllText(Path.Combine(_output.Path, "page.html")));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(_output.Spare, "page.html")));
    }

    [Fact]
    public void A_page_that_became_a_folder_and_a_folder_that_became_a_page_are_staged_over_the_spare()
    {
        Stage(("index.html", "x"), ("news", "a page"), ("about/index.html", "a folder"));
        Stage(("index.html", "y"));

        Stage(("index.html", "x"), ("news/index.html", "now a folder"), ("about", "now a page"));

        Assert.Equal("now a folder", File.ReadAllText(Path.Combine(_output.Path, "news", "index.html")));
        Assert.Equal("now a page", File.ReadAllText(Path.Combine(_output.Path, "about")));
        Assert.Equal(3, SiteTree.Of(_output.Path).Files.Count);
    }

    [Fact]
    public void A_link_found_in_the_spare_is_not_followed_the_build_stages_in_an_empty_folder()
    {
        Stage(("index.html", "x"), ("articles/a/index.html", "a"));
        Stage(("index.html", "y"), ("articles/a/index.html", "a"));
        var elsewhere = Path.Combine(_output.Parent, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        Directory.Delete(Path.Combine(_output.Spare, "articles"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(_output.Spare, "articles"), elsewhere);

        var third = Stage(("index.html", "x"), ("articles/a/index.html", "a"), ("articles/b/index.html", "b"));

        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
        Assert.Equal((2, 1), third);
        Assert.Equal(["articles/a/index.html", "articles/b/index.html", "index.html"], SiteTree.Of(_output.Path).Files.Keys.Order(StringComparer.Ordinal));
        Directory.Delete(elsewhere);
        Assert.Empty(_output.Beside());
    }

    [Fact]
    public void A_failed_build_leaves_the_live_site_and_its_staging_folder_becomes_the_spare()
    {
        Stage(("index.html", "x"));
        using (var failed = new StagedOutput(_output.Path))
        {
            failed.WriteText("index.html", "never served");
        }

        Assert.Equal("x", File.ReadAllText(Path.Combine(_output.Path, "index.html")));
        Assert.Empty(_output.Beside());
        var next = Stage(("index.html", "x"));
        Assert.Equal("x", File.ReadAllText(Path.Combine(_output.Path, "index.html")));
        Assert.Equal(1, next.Linked);
    }

    /// <summary>One build of the given files, committed; how many it wrote and linked.</summary>
    private (int Written, int Linked) Stage(params (string Path, string Text)[] files)
    {
        using var output = new StagedOutput(_output.Path);
        foreach (var (path, text) in files)
        {
            output.WriteText(path, text);
        }
        output.Commit();
        return (output.FilesWritten, output.FilesLinked);
    }

    public void Dispose() => _output.Dispose();
}
