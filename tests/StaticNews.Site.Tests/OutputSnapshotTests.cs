using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Tests;

/// <summary>The output as a build lists it: a link to a folder is listed as a link, neither a folder nor followed.</summary>
public sealed class OutputSnapshotTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_link_to_a_folder_is_listed_as_a_link_and_what_it_leads_to_is_not_listed()
    {
        var site = _temp.Combine("_site");
        var elsewhere = _temp.Combine("elsewhere");
        Directory.CreateDirectory(Path.Combine(site, "articles", "story"));
        File.WriteAllText(Path.Combine(site, "articles", "story", "index.html"), "<p>Story</p>");
        Directory.CreateDirectory(Path.Combine(elsewhere, "inside"));
        File.WriteAllText(Path.Combine(elsewhere, "inside", "secret.txt"), "not the site's");
        Directory.CreateSymbolicLink(Path.Combine(site, "tags"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(site, "articles", "linked"), elsewhere);
        File.CreateSymbolicLink(Path.Combine(site, "feed.xml"), Path.Combine(elsewhere, "inside", "secret.txt"));

        var snapshot = OutputSnapshot.Of(site);

        Assert.Equal(
            [
                new OutputEntry("articles", IsFolder: true, IsLink: false),
                new OutputEntry(Path.Combine("articles", "linked"), IsFolder: true, IsLink: true),
                new OutputEntry(Path.Combine("articles", "story"), IsFolder: true, IsLink: false),
                new OutputEntry(Path.Combine("articles", "story", "index.html"), IsFolder: false, IsLink: false),
                new OutputEntry("feed.xml", IsFolder: false, IsLink: false),
                new OutputEntry("tags", IsFolder: true, IsLink: true),
            ],
            snapshot.Entries.OrderBy(entry => entry.Path, StringComparer.Ordinal));
        Assert.Equal(["articles", Path.Combine("articles", "story")], snapshot.Folders.Order(StringComparer.Ordinal));
        // A link to a file is a file: replacing it renames over the link itself.
        Assert.Equal([Path.Combine("articles", "story", "index.html"), "feed.xml"], snapshot.Files.Order(StringComparer.Ordinal));
    }
}
