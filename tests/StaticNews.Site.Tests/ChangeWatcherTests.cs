using StaticNews.Site.Serving;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>The preview's watcher takes in every kind of file the site is made from, and no other.</summary>
public sealed class ChangeWatcherTests
{
    [Fact]
    public async Task Staticnews_lock_and_every_picture_format_the_site_resizes_are_changes_and_other_files_are_not()
    {
        using var temp = new TempDirectory();
        using var watcher = new ChangeWatcher(Path.Combine(temp.Path, "site.csproj"), [(temp.Path, true)], "http://127.0.0.1:5000/", TextWriter.Null);
        string[] watched = ["staticnews.lock", "a.jpeg", "b.webp", "c.gif", "d.avif", "e.PNG"];
        foreach (var name in watched.Append("notes.docx").Append("backup.md~"))
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
}
