using System.Runtime.Versioning;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// A render over the previous site changes only what differs: files with the same bytes are not touched, stale ones
/// go, and nothing changes at all unless the whole build succeeds.
/// </summary>
public sealed class RebuildTests : IDisposable
{
    /// <summary>Set on every file before a rebuild: a file the rebuild wrote, or replaced, has a newer time.</summary>
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly DateTimeOffset Day = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    private string Output => _temp.Combine("_site");

    private static List<Article> Articles(string secondBody = "Two.", bool withThird = true) =>
    [
        new TestArticle("first-story", "First story", published: Day.AddDays(2), tags: ["Politics"], paragraphs: ["One."]),
        new TestArticle("second-story", "Second story", published: Day.AddDays(1), tags: ["Politics"], paragraphs: [secondBody]),
        .. withThird ? [new TestArticle("third-story", "Third story", published: Day, tags: ["Economy"], paragraphs: ["Three."])] : new List<Article>(),
    ];

    private BuildResult Build(IReadOnlyList<Article> articles)
    {
        var result = SiteBuilder.Build(articles, TestArticle.TagsOf(articles), new BuildOptions { OutputDirectory = Output, Search = true });
        return result;
    }

    [Fact]
    public void A_rebuild_of_the_same_content_writes_nothing()
    {
        Assert.True(Build(Articles()).Succeeded);
        MakeEveryFileOld();

        var result = Build(Articles());

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(0, result.FilesWritten);
        Assert.Equal([], Files().Where(f => File.GetLastWriteTimeUtc(Path.Combine(Output, f)) != LongAgo));
    }

    [Fact]
    public void An_edited_article_rewrites_its_own_page_and_leaves_the_others_alone()
    {
        Assert.True(Build(Articles()).Succeeded);
        MakeEveryFileOld();

        var result = Build(Articles(secondBody: "Two, corrected."));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains("Two, corrected.", File.ReadAllText(Path.Combine(Output, "articles", "second-story", "index.html")));
        var rewritten = Files().Where(f => File.GetLastWriteTimeUtc(Path.Combine(Output, f)) != LongAgo).ToList();
        // The page itself, the two feeds, which carry the latest bodies, and of the search index the file of the article's
        // document (the one file of documents a site this small has), the documents' lengths, the one chunk of words, and
        // the digest of what the index holds.
        Assert.Equal(["articles/second-story/index.html", "feed.json", "feed.xml", "search-index/docs/0.json", "search-index/meta.json",
            "search-index/staticnews-records.sha256", "search-index/terms/0.json"], rewritten);
        Assert.Equal(rewritten.Count, result.FilesWritten);
    }

    [Theory]
    [InlineData(true)]  // a body edited: the search index brought up to date, not built again
    [InlineData(false)] // and an article gone
    public void A_rebuild_is_byte_for_byte_a_fresh_build(bool withThird)
    {
        Assert.True(Build(Articles()).Succeeded);
        Assert.True(Build(Articles(secondBody: "Changed.", withThird: withThird)).Succeeded);

        using var fresh = new TempDirectory();
        var articles = Articles(secondBody: "Changed.", withThird: withThird);
        Assert.True(SiteBuilder.Build(articles, TestArticle.TagsOf(articles), new BuildOptions { OutputDirectory = fresh.Path, Search = true }).Succeeded);

        Assert.Equal(Snapshot(fresh.Path), Snapshot(Output));
    }

    [Fact]
    public void Pages_and_folders_the_new_site_does_not_have_are_removed()
    {
        Assert.True(Build(Articles()).Succeeded);
        File.WriteAllText(Path.Combine(Output, "articles", "first-story", "left-over.html"), "stale");
        Directory.CreateDirectory(Path.Combine(Output, "old", "empty"));
        MakeEveryFileOld();

        var result = Build(Articles(withThird: false));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.False(Directory.Exists(Path.Combine(Output, "articles", "third-story")));
        Assert.False(Directory.Exists(Path.Combine(Output, "tags", "economy")));
        Assert.False(File.Exists(Path.Combine(Output, "articles", "first-story", "left-over.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "old")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(Output, "articles", "first-story", "index.html")));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_failed_render_changes_nothing_in_the_previous_site()
    {
        Assert.True(Build(Articles()).Succeeded);
        MakeEveryFileOld();
        var before = Snapshot(Output);
        var templates = _temp.Combine("templates");
        Directory.CreateDirectory(templates);
        // Only the list pages fail: the article pages render, and are staged, before the build gives up.
        File.WriteAllText(Path.Combine(templates, "list.sbn"), "<p>{{ no_such_variable }}</p>");

        var result = SiteBuilder.Build(Articles(withThird: false), [], new BuildOptions { OutputDirectory = Output, TemplatesDirectory = templates });

        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot(Output));
        Assert.Equal([], Files().Where(f => File.GetLastWriteTimeUtc(Path.Combine(Output, f)) != LongAgo));
        Assert.Empty(Beside());
    }

    [Fact]
    public void A_link_in_the_output_folder_is_replaced_never_written_through()
    {
        Assert.True(Build(Articles()).Succeeded);
        // The page moves outside the site, byte for byte, and a link takes the place of its folder.
        var story = Path.Combine(Output, "articles", "second-story");
        var elsewhere = _temp.Combine("elsewhere");
        Directory.Move(story, elsewhere);
        Directory.CreateSymbolicLink(story, elsewhere);
        var outside = Snapshot(elsewhere);

        var result = Build(Articles());

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(outside, Snapshot(elsewhere));
        Assert.Null(new DirectoryInfo(story).LinkTarget);
        Assert.Equal(outside, Snapshot(story));
        Assert.Equal(1, result.FilesWritten);
    }

    [Fact]
    public void Templates_cannot_change_the_builtins_that_later_pages_share()
    {
        var templates = _temp.Combine("templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "article.sbn"), "{{ date.format = '%Y' }}");

        var result = SiteBuilder.Build(Articles(), [], new BuildOptions { OutputDirectory = Output, TemplatesDirectory = templates });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Contains("article.sbn") && p.Contains("readonly"));
    }

    public void Dispose() => _temp.Dispose();

    private List<string> Files() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private void MakeEveryFileOld()
    {
        foreach (var file in Files())
        {
            File.SetLastWriteTimeUtc(Path.Combine(Output, file), LongAgo);
        }
    }

    /// <summary>What is beside the output folder besides our own test folders (a staging or set-aside folder left behind).</summary>
    /// <summary>What the builds left beside the output, but for a workspace holding nothing but the spare site.</summary>
    private List<string> Beside() =>
        Directory.GetFileSystemEntries(_temp.Path)
            .Select(Path.GetFileName)
            .Where(name => name is not ("_site" or "templates" or "elsewhere"))
            .Where(name => !(name == "._site.staticnews" && OutputFolder.HoldsOnlyTheSpare(Path.Combine(_temp.Path, name!))))
            .ToList()!;

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));
}
