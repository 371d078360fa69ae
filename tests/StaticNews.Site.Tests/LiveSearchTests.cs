using System.Text;
using StaticNews.Site.Live;
using StaticNews.Site.Loading;
using StaticNews.Site.Serving;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The preview's search index: made when the search page first asks for it (never within an update), searched with the
/// search page's own engine, brought up to date after an edit by indexing only the edited article again, and always
/// the same files as one made afresh from the same documents.
/// </summary>
public sealed class LiveSearchTests
{
    [Fact]
    public void The_index_is_made_when_asked_for_and_an_edit_indexes_only_its_article_again()
    {
        using var root = NewsRoot(12);
        root.Write("story-5.md", Story(5, "The quillwort grows under water."));
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        var first = render.Render(content.Articles, content.Tags, Options(root));
        Assert.True(first.Succeeded, string.Join("\n", first.Problems));

        // The search page is the working one, and nothing is indexed until its index is asked for.
        Assert.Contains("data-index=\"/search-index/\"", Page(first, "search/index.html"));
        var index = Assert.Single(first.Folders);
        Assert.Equal(0, render.Search.DocumentsIndexed);
        Assert.Equal(["/articles/story-5/"], Urls(Find(index, "quillwort")));
        Assert.Equal(12, render.Search.DocumentsIndexed);

        root.Write("story-5.md", Story(5, "The saxifrage grows on rocks."));
        content.Update([Path.Combine(root.News, "story-5.md")]);
        Assert.True(content.LastUpdateInPlace);
        var edited = render.Render(content.Articles, content.Tags, Options(root), change: LiveChange.ArticlesInPlace);
        Assert.True(edited.InPlace);
        var updated = Assert.Single(edited.Folders);
        Assert.Equal(12, render.Search.DocumentsIndexed);
        Assert.Equal(["/articles/story-5/"], Urls(Find(updated, "saxifrage")));
        Assert.Empty(Find(updated, "quillwort"));
        Assert.Equal(13, render.Search.DocumentsIndexed);
        AssertSameIndex(FreshIndex(root), updated);

        // A template edit keeps the content: the index made is served again, nothing indexed.
        var footer = root.Template(Path.Combine("partials", "footer.sbn"));
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("built with StaticNews", "edited footer"));
        var templated = render.Render(content.Articles, content.Tags, Options(root), change: LiveChange.TemplatesOrAssets);
        Assert.Same(updated, Assert.Single(templated.Folders));
        Assert.Equal(13, render.Search.DocumentsIndexed);
    }

    [Fact]
    public void A_new_and_a_deleted_document_make_the_index_whole_and_it_equals_a_fresh_one()
    {
        using var root = NewsRoot(6);
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        var first = render.Render(content.Articles, content.Tags, Options(root));
        Assert.Equal(["/articles/story-2/"], Urls(Find(Assert.Single(first.Folders), "paragraph2")));

        root.Write("arrival.md", "---\ntitle: A new arrival\ndescription: Arrived.\ndate: 2025-02-01\n---\nThe hornwort arrived.\n");
        File.Delete(Path.Combine(root.News, "story-2.md"));
        content.Update([Path.Combine(root.News, "arrival.md"), Path.Combine(root.News, "story-2.md")]);
        var result = render.Render(content.Articles, content.Tags, Options(root));
        var index = Assert.Single(result.Folders);

        Assert.Equal(["/articles/arrival/"], Urls(Find(index, "hornwort")));
        Assert.Empty(Find(index, "paragraph2"));
        // Six, then the six documents after the change, whole: their numbers moved with the URLs.
        Assert.Equal(12, render.Search.DocumentsIndexed);
        AssertSameIndex(FreshIndex(root), index);
    }

    [Fact]
    public void A_site_without_search_has_no_index_and_says_so_on_its_search_page()
    {
        using var root = NewsRoot(2);
        var content = new LiveContent(root.Root);
        var result = new LiveRender().Render(content.Articles, content.Tags, Options(root, search: false));

        Assert.Empty(result.Folders);
        Assert.Contains("Search is not available", Page(result, "search/index.html"));
    }

    private static PreviewRoot NewsRoot(int count)
    {
        var root = new PreviewRoot();
        for (var i = 1; i <= count; i++)
        {
            root.Write($"story-{i}.md", Story(i, $"Later paragraph{i}."));
        }
        return root;
    }

    private static string Story(int i, string later) =>
        $"---\ntitle: Story number {i}\ndescription: Standfirst {i}.\ndate: 2025-01-{i:00}\n---\nFirst paragraph.\n\n{later}\n";

    private static BuildOptions Options(PreviewRoot root, bool search = true) => new()
    {
        ConfigFile = root.Config,
        BaseUrl = "http://127.0.0.1:5000/",
        BuiltInTemplatesDirectory = Path.Combine(root.Root, "site", "templates"),
        AssetsDirectory = Path.Combine(root.Root, "site", "assets"),
        Search = search,
    };

    /// <summary>The index a preview started now would make, with nothing kept from before.</summary>
    private static DeferredFolder FreshIndex(PreviewRoot root)
    {
        var content = new LiveContent(root.Root);
        return Assert.Single(new LiveRender().Render(content.Articles, content.Tags, Options(root), content.Redirects).Folders);
    }

    /// <summary>What the search page finds for <paramref name="query"/> in the folder's files, with its own engine.</summary>
    private static IReadOnlyList<SiteSearch.Result> Find(DeferredFolder index, string query)
    {
        using var site = new TempDirectory();
        foreach (var (path, file) in index.Files)
        {
            var target = site.Combine(path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        }
        return SiteSearch.Find(site.Path, query);
    }

    private static IEnumerable<string> Urls(IReadOnlyList<SiteSearch.Result> results) => results.Select(result => result.Url);

    private static string Page(LiveRenderResult result, string path) => Encoding.UTF8.GetString(result.Files[path].Content);

    private static void AssertSameIndex(DeferredFolder expected, DeferredFolder actual)
    {
        Assert.Contains("search-index/meta.json", expected.Files.Keys);
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), actual.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, file) in expected.Files)
        {
            Assert.True(file.Content.AsSpan().SequenceEqual(actual.Files[path].Content), $"{path} differs:\n{Encoding.UTF8.GetString(actual.Files[path].Content)}");
        }
    }
}
