using StaticNews.Site.Live;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The preview takes an edited, new or deleted file by its path alone, and lists the documents folder only when the path
/// does not tell: a folder moved in or out, a file in a folder not seen before, a link. Either way it ends with the
/// documents a fresh start would read.
/// </summary>
public sealed class LiveDocumentChangeTests
{
    [Fact]
    public void A_folder_moved_in_and_removed_again_is_listed_each_time()
    {
        using var root = NewsRoot();
        var content = new LiveContent(root.Root);
        var elsewhere = Path.Combine(root.Root, "world");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "a.md"), Story("World A"));
        File.WriteAllText(Path.Combine(elsewhere, "b.md"), Story("World B"));
        var world = Path.Combine(root.News, "world");

        Directory.Move(elsewhere, world);
        content.Update([world]);
        Assert.Equal(1, content.FolderListings);
        Assert.Equal(["Home 1", "Home 2", "World A", "World B"], Titles(content));

        Directory.Delete(world, recursive: true);
        content.Update([world]);
        Assert.Equal(2, content.FolderListings);
        Assert.Equal(["Home 1", "Home 2"], Titles(content));
        Assert.Equal(Titles(new LiveContent(root.Root)), Titles(content));
    }

    [Fact]
    public void A_new_file_in_a_folder_not_seen_before_is_found_by_listing()
    {
        using var root = NewsRoot();
        var content = new LiveContent(root.Root);
        Directory.CreateDirectory(Path.Combine(root.News, "sport"));
        var match = Path.Combine(root.News, "sport", "match.md");
        File.WriteAllText(match, Story("The match"));

        content.Update([match]);

        Assert.Equal(1, content.FolderListings);
        Assert.Equal(["Home 1", "Home 2", "The match"], Titles(content));
    }

    [Fact]
    public void An_editors_temporary_files_change_nothing_and_list_nothing()
    {
        using var root = NewsRoot();
        var content = new LiveContent(root.Root);
        var swap = Path.Combine(root.News, ".home-1.md.swp");
        var backup = Path.Combine(root.News, "home-1.md~");
        File.WriteAllText(backup, Story("Backup"));

        // The swap file was written and deleted before the burst was taken in; the backup stays.
        content.Update([swap, backup]);

        Assert.Equal(0, content.FolderListings);
        Assert.Equal(0, content.ArticlesMade);
        Assert.Equal(["Home 1", "Home 2"], Titles(content));
    }

    [Fact]
    public void A_document_replaced_by_a_link_out_of_the_folder_is_listed_and_left_out_as_a_fresh_start_leaves_it()
    {
        using var root = NewsRoot();
        var content = new LiveContent(root.Root);
        var outside = Path.Combine(root.Root, "outside.md");
        File.WriteAllText(outside, Story("Outside"));
        var home = Path.Combine(root.News, "home-2.md");
        File.Delete(home);
        File.CreateSymbolicLink(home, outside);

        content.Update([home]);

        Assert.Equal(1, content.FolderListings);
        Assert.Equal(Titles(new LiveContent(root.Root)), Titles(content));
        Assert.DoesNotContain("Outside", Titles(content));
    }

    [Fact]
    public void Files_added_and_deleted_beside_known_documents_need_no_listing()
    {
        using var root = NewsRoot();
        var content = new LiveContent(root.Root);
        var arrival = Path.Combine(root.News, "arrival.md");
        File.WriteAllText(arrival, Story("Arrival"));
        var gone = Path.Combine(root.News, "home-1.md");
        File.Delete(gone);

        content.Update([arrival, gone]);

        Assert.Equal(0, content.FolderListings);
        Assert.Equal(["Arrival", "Home 2"], Titles(content));
        Assert.Equal(Titles(new LiveContent(root.Root)), Titles(content));
    }

    [Fact]
    public void A_deleted_article_is_no_longer_found_by_its_slug_and_one_that_takes_the_slug_is()
    {
        using var root = NewsRoot();
        root.Write("lead.md", "---\ntitle: Lead\nrelated: [gone-story]\ndate: 2025-01-03\n---\nIts body.\n");
        var gone = Path.Combine(root.News, "gone.md");
        root.Write("gone.md", "---\ntitle: Gone\nslug: gone-story\ndate: 2025-01-01\n---\nIts body.\n");
        var content = new LiveContent(root.Root);
        Assert.Equal(["Gone"], Lead(content).Related.Select(article => article.Title));

        File.Delete(gone);
        content.Update([gone]);
        Assert.False(content.LastUpdateCompiledAll);
        Assert.Empty(Lead(content).Related);

        var back = Path.Combine(root.News, "back.md");
        File.WriteAllText(back, "---\ntitle: Back\nslug: gone-story\ndate: 2025-01-01\n---\nIts body.\n");
        content.Update([back]);
        Assert.False(content.LastUpdateCompiledAll);
        Assert.Equal(["Back"], Lead(content).Related.Select(article => article.Title));

        static StaticNews.Content.Article Lead(LiveContent content) => content.Articles.Single(article => article.Title == "Lead");
    }

    [Fact]
    public void An_article_whose_slug_moves_is_no_longer_found_by_its_old_slug()
    {
        using var root = NewsRoot();
        root.Write("lead.md", "---\ntitle: Lead\nrelated: [twin, twin-2]\ndate: 2025-01-03\n---\nIts body.\n");
        root.Write("a-twin.md", "---\ntitle: Twin\nslug: twin\ndate: 2025-01-01\n---\nThe first.\n");
        root.Write("b-twin.md", "---\ntitle: Twin\nslug: twin\ndate: 2025-01-02\n---\nThe second.\n");
        var content = new LiveContent(root.Root);
        var before = content.Articles.Where(article => article.Title == "Twin").ToDictionary(article => article.Slug, article => article.SourcePath);
        Assert.Equal(["twin", "twin-2"], before.Keys.Order(StringComparer.Ordinal));

        // The article that held "twin" goes: the other one takes the slug, and "twin-2" names nothing.
        var first = Path.Combine(root.Root, before["twin"]);
        File.Delete(first);
        content.Update([first]);

        var lead = content.Articles.Single(article => article.Title == "Lead");
        Assert.Equal([("twin", before["twin-2"])], lead.Related.Select(article => (article.Slug, article.SourcePath)));
    }

    private static PreviewRoot NewsRoot()
    {
        var root = new PreviewRoot();
        root.Write("home-1.md", Story("Home 1"));
        root.Write("home-2.md", Story("Home 2"));
        return root;
    }

    private static string Story(string title) => $"---\ntitle: {title}\ndescription: About {title}.\ndate: 2025-01-02\n---\nIts body.\n";

    private static List<string> Titles(LiveContent content) => content.Articles.Select(article => article.Title).Order(StringComparer.Ordinal).ToList();
}
