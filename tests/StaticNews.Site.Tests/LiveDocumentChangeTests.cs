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
