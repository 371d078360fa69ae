using StaticNews.Site.Serving;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>The preview's watcher takes in every kind of file the site is made from, and no other, a burst at a time.</summary>
public sealed class ChangeWatcherTests
{
    [Fact]
    public async Task Staticnews_lock_and_every_picture_format_the_site_resizes_are_changes_and_other_files_are_not()
    {
        using var temp = new TempDirectory();
        using var watcher = Watch(temp.Path, ChangeWatcher.DefaultSettle);
        string[] watched = ["staticnews.lock", "a.jpeg", "b.webp", "c.gif", "d.avif", "e.PNG"];
        // The files it must leave out come first: once the last watched one is seen, their events have been handled.
        foreach (var name in new[] { "notes.docx", "backup.md~" }.Concat(watched))
        {
            File.WriteAllText(Path.Combine(temp.Path, name), "x");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!watched.All(name => seen.Contains(name)))
        {
            seen.UnionWith((await watcher.NextBurstAsync(timeout.Token)).Select(path => Path.GetFileName(path)!));
        }

        Assert.DoesNotContain("notes.docx", seen);
        Assert.DoesNotContain("backup.md~", seen);
    }

    [Fact]
    public async Task Changes_within_the_settle_time_are_one_burst_and_a_later_change_another()
    {
        using var temp = new TempDirectory();
        // A settle time far beyond the writes' spacing, so that a test runner sharing the cores cannot split the burst.
        using var watcher = Watch(temp.Path, TimeSpan.FromSeconds(1));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // The watcher's first events come late (its reading starts then): after those, each comes as it happens.
        File.WriteAllText(Path.Combine(temp.Path, "warm-up.md"), "x");
        Assert.Equal(["warm-up.md"], (await watcher.NextBurstAsync(timeout.Token)).Select(path => Path.GetFileName(path)));
        // Waiting already when the first change comes, as the preview is, outside the test runner's synchronization context.
        var burst = Task.Run(() => watcher.NextBurstAsync(timeout.Token));
        foreach (var name in new[] { "a.md", "b.md", "c.md" })
        {
            File.WriteAllText(Path.Combine(temp.Path, name), "x");
            Thread.Sleep(30);
        }

        var first = await burst;
        File.WriteAllText(Path.Combine(temp.Path, "d.md"), "x");
        var second = await watcher.NextBurstAsync(timeout.Token);

        Assert.Equal(["a.md", "b.md", "c.md"], first.Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));
        Assert.Equal(["d.md"], second.Select(path => Path.GetFileName(path)));
    }

    private static ChangeWatcher Watch(string folder, TimeSpan settle) =>
        new(Path.Combine(folder, "site.csproj"), [(folder, true)], settle, "http://127.0.0.1:5000/", TextWriter.Null);
}
