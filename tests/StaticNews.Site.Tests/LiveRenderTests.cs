using System.Text;
using System.Text.RegularExpressions;
using StaticNews.Site.Live;
using StaticNews.Site.Loading;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The preview's content and render kept from update to update: an edit makes only its own article again, hashes only
/// its body, renders only the pages that show it, and the site it serves equals one rendered afresh from the same documents.
/// </summary>
public sealed class LiveRenderTests
{
    [Fact]
    public void A_body_edit_makes_and_digests_only_the_edited_article_and_the_site_equals_a_fresh_render()
    {
        using var root = NewsRoot(12);
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        var first = render.Render(content.Articles, content.Tags, Options(root));
        Assert.True(first.Succeeded, string.Join("\n", first.Problems));
        Assert.Equal(12, render.Bodies.Computed);
        var (digests, articlePages) = (render.Kept.ArticleDigestsMade, render.Kept.ArticlePageFingerprintsMade);
        Assert.Equal((12, 12), (digests, articlePages));

        root.Write("story-5.md", Story(5, "Later paragraph, edited."));
        content.Update([Path.Combine(root.News, "story-5.md")]);
        Assert.Equal(1, content.ArticlesMade);
        // A known document edited: the folder is not listed again.
        Assert.Equal(0, content.FolderListings);
        var second = render.Render(content.Articles, content.Tags, Options(root));

        Assert.Equal(13, render.Bodies.Computed);
        // Its neighbours' views show its title and URL, unchanged: only its own digest and page fingerprint are made again.
        Assert.Equal((13, 13), (render.Kept.ArticleDigestsMade, render.Kept.ArticlePageFingerprintsMade));
        Assert.Contains("Later paragraph, edited.", Page(second, "articles/story-5/index.html"));
        Assert.InRange(second.PagesChanged, 1, 8);
        AssertSameSite(Fresh(root), second);
    }

    [Fact]
    public void A_new_document_a_retitled_one_and_a_deleted_one_update_the_lists_and_hash_no_unchanged_body()
    {
        using var root = NewsRoot(12);
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        render.Render(content.Articles, content.Tags, Options(root));

        root.Write("story-3.md", Story(3, "Later paragraph.").Replace("title: Story number 3", "title: Story three renamed"));
        root.Write("arrival.md", "---\ntitle: A new arrival\ndescription: Arrived.\ndate: 2025-02-01\ntags: [Arrivals]\n---\nIts body.\n");
        File.Delete(Path.Combine(root.News, "story-7.md"));
        content.Update([Path.Combine(root.News, "story-3.md"), Path.Combine(root.News, "arrival.md"), Path.Combine(root.News, "story-7.md")]);
        Assert.Equal(2, content.ArticlesMade);
        // Files added and deleted beside known documents: each path tells its change, the folder is not listed again.
        Assert.Equal(0, content.FolderListings);
        var result = render.Render(content.Articles, content.Tags, Options(root));

        Assert.Equal(14, render.Bodies.Computed);
        // Made again: the new article and its neighbours, the renamed one and its neighbours, the deleted one's neighbours.
        Assert.InRange(render.Kept.ArticleDigestsMade - 12, 2, 8);
        Assert.DoesNotContain("articles/story-7/index.html", result.Files.Keys);
        Assert.DoesNotContain("tags/tag-7/index.html", result.Files.Keys);
        Assert.DoesNotContain("Story number 7", Page(result, "index.html"));
        Assert.Contains("A new arrival", Page(result, "index.html"));
        Assert.Contains("A new arrival", Page(result, "tags/arrivals/index.html"));
        Assert.Contains("Story three renamed", Page(result, "tags/tag-3/index.html"));
        // The neighbours' previous/next links name the new title.
        Assert.Contains("Story three renamed", Page(result, "articles/story-4/index.html"));
        AssertSameSite(Fresh(root), result);
    }

    [Fact]
    public void A_new_document_and_a_deletion_keep_the_pages_of_the_articles_they_do_not_touch_until_the_templates_change()
    {
        using var root = NewsRoot(12);
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        var first = render.Render(content.Articles, content.Tags, Options(root));

        // Between story 7 and story 6: their previous/next links change, no other article page does.
        root.Write("arrival.md", "---\ntitle: A new arrival\ndescription: Arrived.\ndate: 2025-01-06T12:00:00Z\n---\nIts body.\n");
        content.Update([Path.Combine(root.News, "arrival.md")]);
        var arrived = render.Render(content.Articles, content.Tags, Options(root));
        Assert.Equal(["story-6", "story-7"], ArticlePagesMadeAgain(first, arrived));
        Assert.Contains("A new arrival", Page(arrived, "articles/story-6/index.html"));
        Assert.Contains("A new arrival", Page(arrived, "articles/arrival/index.html"));
        AssertSameSite(Fresh(root), arrived);

        // Other templates: no page is kept, each shows the new footer.
        var footer = root.Template(Path.Combine("partials", "footer.sbn"));
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("built with StaticNews", "edited footer"));
        var templated = render.Render(content.Articles, content.Tags, Options(root));
        Assert.Equal(13, ArticlePagesMadeAgain(arrived, templated).Count);
        Assert.Contains("edited footer", Page(templated, "articles/story-1/index.html"));
        AssertSameSite(Fresh(root), templated);

        // Story 3 deleted: its page goes, its neighbours' pages are made again, the others kept over the new templates.
        File.Delete(Path.Combine(root.News, "story-3.md"));
        content.Update([Path.Combine(root.News, "story-3.md")]);
        var deleted = render.Render(content.Articles, content.Tags, Options(root));
        Assert.DoesNotContain("articles/story-3/index.html", deleted.Files.Keys);
        Assert.Equal(["story-2", "story-4"], ArticlePagesMadeAgain(templated, deleted));
        AssertSameSite(Fresh(root), deleted);
    }

    [Fact]
    public void An_edition_deleted_far_from_its_original_leaves_the_original_listing_no_editions()
    {
        using var root = NewsRoot(12);
        root.Write("story-10-fr.md", "---\ntitle: Histoire numéro 10\ndescription: Chapeau.\ndate: 2025-01-02T12:00:00Z\nlang: fr\ntranslation_of: story-10\n---\nCorps.\n");
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        var first = render.Render(content.Articles, content.Tags, Options(root));
        Assert.Contains("hreflang=\"fr\"", Page(first, "articles/story-10/index.html"));

        // Story 10's neighbours stay: only the site's last edition is gone.
        File.Delete(Path.Combine(root.News, "story-10-fr.md"));
        content.Update([Path.Combine(root.News, "story-10-fr.md")]);
        var deleted = render.Render(content.Articles, content.Tags, Options(root));
        Assert.DoesNotContain("hreflang=\"fr\"", Page(deleted, "articles/story-10/index.html"));
        AssertSameSite(Fresh(root), deleted);
    }

    [Fact]
    public void An_article_that_moves_to_another_site_while_previewing_becomes_a_redirect_page_at_its_url()
    {
        using var root = NewsRoot(3);
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        render.Render(content.Articles, content.Tags, Options(root), content.Redirects);

        root.Write("story-2.md", "---\ntitle: Story number 2\nredirect_to: https://medium.com/@newsroom/story-2\n---\n");
        content.Update([Path.Combine(root.News, "story-2.md")]);
        var result = render.Render(content.Articles, content.Tags, Options(root), content.Redirects);

        // Not a broken article whose previous version stays served: the document now only redirects.
        Assert.Empty(content.BrokenDocuments);
        Assert.Equal(new[] { "story-3", "story-1" }, content.Articles.Select(a => a.Slug));
        var redirect = Assert.Single(content.Redirects);
        Assert.Equal(("articles/story-2/", "https://medium.com/@newsroom/story-2"), (redirect.Path, redirect.Target));
        Assert.Contains("content=\"0; url=https://medium.com/@newsroom/story-2\"", Page(result, "articles/story-2/index.html"));
        Assert.DoesNotContain("Story number 2", Page(result, "index.html"));
        AssertSameSite(Fresh(root), result);
    }

    [Fact]
    public void A_template_edit_and_a_staticnews_yml_edit_reach_every_page_without_hashing_a_body_again()
    {
        using var root = NewsRoot(4);
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        render.Render(content.Articles, content.Tags, Options(root));

        var footer = root.Template(Path.Combine("partials", "footer.sbn"));
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("built with StaticNews", "edited footer"));
        var templated = render.Render(content.Articles, content.Tags, Options(root));
        Assert.Contains("edited footer", Page(templated, "articles/story-2/index.html"));
        Assert.Equal(4, render.Bodies.Computed);
        Assert.Equal((4, 8), (render.Kept.ArticleDigestsMade, render.Kept.ArticlePageFingerprintsMade));

        File.WriteAllText(root.Config, Regex.Replace(File.ReadAllText(root.Config), "(?m)^title:.*$", "title: Renamed Site"));
        content.ReloadConfig();
        var configured = render.Render(content.Articles, content.Tags, Options(root));
        Assert.Contains("Renamed Site", Page(configured, "index.html"));
        AssertSameSite(Fresh(root), configured);
    }

    [Fact]
    public void Edits_in_place_render_only_the_pages_showing_the_edited_articles_and_each_equals_a_fresh_render()
    {
        using var root = NewsRoot(30);
        root.Write("related.md", "---\ntitle: Relates to the lead\ndescription: It does.\ndate: 2024-12-01\nrelated: [story-30]\n---\nBody.\n");
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        var whole = render.Render(content.Articles, content.Tags, Options(root));
        Assert.False(whole.InPlace);

        // The newest article leads the front page with its excerpt, its first paragraph: the front page changes with its page.
        root.Write("story-30.md", Story(30, "Later paragraph.").Replace("First paragraph.", "An edited first paragraph."));
        content.Update([Path.Combine(root.News, "story-30.md")]);
        Assert.True(content.LastUpdateInPlace);
        // The article that names it as related is made again, to find the edited one.
        Assert.Equal(2, content.ArticlesMade);
        Assert.Same(content.Articles.Single(a => a.Slug == "story-30"), content.Articles.Single(a => a.Slug == "related").Related.Single());
        var edited = render.Render(content.Articles, content.Tags, Options(root), change: LiveChange.ArticlesInPlace);
        Assert.True(edited.InPlace);
        Assert.Contains("An edited first paragraph.", Page(edited, "articles/story-30/index.html"));
        Assert.Contains("An edited first paragraph.", Page(edited, "index.html"));
        Assert.InRange(edited.PagesChanged, 2, 8);
        AssertSameSite(Fresh(root), edited);

        // A later paragraph only: the lists show the same excerpt, so only the article pages (and the feeds with their bodies) change.
        root.Write("story-29.md", Story(29, "A later paragraph, edited."));
        root.Write("story-2.md", Story(2, "Another later paragraph, edited."));
        content.Update([Path.Combine(root.News, "story-29.md"), Path.Combine(root.News, "story-2.md")]);
        Assert.True(content.LastUpdateInPlace);
        var twice = render.Render(content.Articles, content.Tags, Options(root), change: LiveChange.ArticlesInPlace);
        Assert.True(twice.InPlace);
        Assert.Contains("A later paragraph, edited.", Page(twice, "articles/story-29/index.html"));
        Assert.Contains("Another later paragraph, edited.", Page(twice, "articles/story-2/index.html"));
        AssertSameSite(Fresh(root), twice);

        // Then a whole update (a new title) starts from what the edits in place left.
        root.Write("story-29.md", Story(29, "A later paragraph, edited.").Replace("title: Story number 29", "title: Story twenty-nine"));
        content.Update([Path.Combine(root.News, "story-29.md")]);
        Assert.False(content.LastUpdateInPlace);
        var retitled = render.Render(content.Articles, content.Tags, Options(root), change: content.LastUpdateInPlace ? LiveChange.ArticlesInPlace : LiveChange.Anything);
        Assert.False(retitled.InPlace);
        AssertSameSite(Fresh(root), retitled);
    }

    [Fact]
    public void A_template_edit_changes_every_page_and_renders_only_the_open_ones_then_each_other_when_asked_for()
    {
        using var root = NewsRoot(6);
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        var first = render.Render(content.Articles, content.Tags, Options(root));
        var pages = first.PagesChanged;
        Assert.Equal(0, render.Renders);

        var footer = root.Template(Path.Combine("partials", "footer.sbn"));
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("built with StaticNews", "edited footer"));
        var open = new HashSet<string> { "index.html", "articles/story-2/index.html" };
        var templated = render.Render(content.Articles, content.Tags, Options(root), now: open);

        Assert.Equal(pages, templated.PagesChanged);
        Assert.Equal(2, templated.PagesRendered);
        Assert.Equal(2, render.Renders);
        Assert.Equal(open, templated.Files.Where(file => file.Value.IsMade && file.Key.EndsWith(".html", StringComparison.Ordinal)).Select(file => file.Key).ToHashSet());
        Assert.Contains("edited footer", Page(templated, "articles/story-5/index.html"));
        Assert.Equal(3, render.Renders);
        AssertSameSite(Fresh(root), templated);
    }

    [Fact]
    public void Templates_or_assets_alone_keep_the_plan_and_what_follows_still_equals_a_fresh_render()
    {
        using var root = NewsRoot(8);
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        var first = render.Render(content.Articles, content.Tags, Options(root));
        var digests = render.Kept.ArticleDigestsMade;

        // A stylesheet edit and a new script: no page changes, the assets are read again.
        File.AppendAllText(root.Asset("site.css"), "\n.edited { color: red; }\n");
        File.WriteAllText(root.Asset("extra.js"), "console.log('added');\n");
        var styled = render.Render(content.Articles, content.Tags, Options(root), change: LiveChange.TemplatesOrAssets);
        Assert.Equal(0, styled.PagesChanged);
        Assert.Contains(".edited", Encoding.UTF8.GetString(styled.Files["assets/site.css"].Content));
        AssertSameSite(Fresh(root), styled);

        // The script removed, the footer edited: every page changes, no article is walked again, none is planned again.
        File.Delete(root.Asset("extra.js"));
        var footer = root.Template(Path.Combine("partials", "footer.sbn"));
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("built with StaticNews", "edited footer"));
        var templated = render.Render(content.Articles, content.Tags, Options(root), change: LiveChange.TemplatesOrAssets);
        Assert.Equal(first.PagesChanged, templated.PagesChanged);
        Assert.Equal(digests, render.Kept.ArticleDigestsMade);
        Assert.DoesNotContain("assets/extra.js", templated.Files.Keys);
        AssertSameSite(Fresh(root), templated);

        // An edit in place after it, then a whole update: each equals a fresh render.
        root.Write("story-3.md", Story(3, "Later paragraph, edited after the footer."));
        content.Update([Path.Combine(root.News, "story-3.md")]);
        var edited = render.Render(content.Articles, content.Tags, Options(root), change: LiveChange.ArticlesInPlace);
        Assert.True(edited.InPlace);
        Assert.InRange(edited.PagesChanged, 1, 8);
        AssertSameSite(Fresh(root), edited);
        root.Write("story-4.md", Story(4, "Later paragraph.").Replace("title: Story number 4", "title: Story four"));
        content.Update([Path.Combine(root.News, "story-4.md")]);
        AssertSameSite(Fresh(root), render.Render(content.Articles, content.Tags, Options(root)));
    }

    [Fact]
    public void A_whole_update_served_before_its_pages_are_fingerprinted_settles_to_what_a_settled_one_finds()
    {
        using var root = NewsRoot(12);
        var content = new LiveContent(root.Root);
        var (settled, later) = (new LiveRender(), new LiveRender());
        var first = settled.Render(content.Articles, content.Tags, Options(root));
        later.Render(content.Articles, content.Tags, Options(root), settleLater: true);
        Assert.Equal(0, later.Kept.ArticleDigestsMade);
        Assert.Equal(first.PagesChanged, later.Settle());
        Assert.Null(later.Settle());

        root.Write("arrival.md", "---\ntitle: A new arrival\ndescription: Arrived.\ndate: 2025-02-01\ntags: [Arrivals]\n---\nIts body.\n");
        content.Update([Path.Combine(root.News, "arrival.md")]);
        var expected = settled.Render(content.Articles, content.Tags, Options(root));
        var served = later.Render(content.Articles, content.Tags, Options(root), settleLater: true);
        Assert.Equal(0, later.Kept.ArticleDigestsMade - 12);
        AssertSameSite(Fresh(root), served);
        Assert.Equal(expected.PagesChanged, later.Settle());
        Assert.Equal(settled.Kept.ArticleDigestsMade, later.Kept.ArticleDigestsMade);

        // An edit in place after it finds the pages that read the edited article (the walk's index) without a Settle call.
        root.Write("arrival.md", "---\ntitle: A new arrival\ndescription: Arrived.\ndate: 2025-02-01\ntags: [Arrivals]\n---\nIts body, edited.\n");
        content.Update([Path.Combine(root.News, "arrival.md")]);
        later.Render(content.Articles, content.Tags, Options(root), settleLater: true);
        var edited = later.Render(content.Articles, content.Tags, Options(root), change: LiveChange.ArticlesInPlace);
        Assert.True(edited.InPlace);
        AssertSameSite(Fresh(root), edited);
    }

    [Fact]
    public void A_template_that_fails_on_an_open_page_fails_the_update_and_on_a_page_asked_for_later_is_served_as_the_problem()
    {
        using var root = NewsRoot(3);
        var content = new LiveContent(root.Root);
        var failures = new List<string>();
        var render = new LiveRender(failures.Add);
        render.Render(content.Articles, content.Tags, Options(root));
        var footer = root.Template(Path.Combine("partials", "footer.sbn"));
        File.WriteAllText(footer, File.ReadAllText(footer) + "{{ include 'partials/no-such-partial.sbn' }}");

        var open = render.Render(content.Articles, content.Tags, Options(root), now: new HashSet<string> { "articles/story-2/index.html" });
        Assert.False(open.Succeeded);
        Assert.Contains(open.Problems, problem => problem.Contains("SNT0003", StringComparison.Ordinal));

        var closed = render.Render(content.Articles, content.Tags, Options(root));
        Assert.True(closed.Succeeded, string.Join("\n", closed.Problems));
        Assert.Empty(failures);
        var page = Page(closed, "articles/story-2/index.html");
        Assert.Contains("This page could not be rendered", page);
        Assert.Contains("no-such-partial.sbn", page);
        Assert.Contains(failures, problem => problem.Contains("error SNT0003", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title: Story number 5", "title: Story five", false)]
    [InlineData("date: 2025-01-05", "date: 2025-01-25", false)]
    [InlineData("tags: [Tag 5]", "tags: [Tag 5, Another]", false)]
    [InlineData("tags: [Tag 5]", "tags: [Tag 5]\ndraft: true", false)]
    [InlineData("tags: [Tag 5]", "tags: [Tag 5]\nslug: moved", false)]
    // Compiled alike, but listed otherwise (the lists show the standfirst, the byline): planned again.
    [InlineData("description: Standfirst 5.", "description: A new standfirst.", true)]
    [InlineData("tags: [Tag 5]", "tags: [Tag 5]\nauthor: Ani Hovhannisyan", true)]
    // A body that shows a picture it did not show: its copies are prepared by the whole update.
    [InlineData("Later paragraph.", "![A scene](scene.jpg)", true)]
    public void An_edit_that_changes_how_an_article_is_listed_plans_the_whole_site_again(string from, string to, bool compiledInPlace)
    {
        using var root = NewsRoot(12);
        TestPictures.MakePhoto(Path.Combine(root.News, "scene.jpg"), 400, 300, seed: 3);
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        render.Render(content.Articles, content.Tags, Options(root));

        root.Write("story-5.md", Story(5, "Later paragraph.").Replace(from, to));
        content.Update([Path.Combine(root.News, "story-5.md")]);
        Assert.Equal(compiledInPlace, content.LastUpdateInPlace);
        var result = render.Render(content.Articles, content.Tags, Options(root), change: content.LastUpdateInPlace ? LiveChange.ArticlesInPlace : LiveChange.Anything);

        Assert.False(result.InPlace);
        AssertSameSite(Fresh(root), result);
    }

    [Fact]
    public void A_picture_in_a_body_changed_on_disk_renders_its_page_again_with_the_new_copies()
    {
        using var root = NewsRoot(4);
        TestPictures.MakePhoto(Path.Combine(root.News, "scene.jpg"), 1000, 600, seed: 1);
        root.Write("story-2.md", Story(2, "![The scene](scene.jpg)"));
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        var first = render.Render(content.Articles, content.Tags, Options(root));
        Assert.True(first.Succeeded, string.Join("\n", first.Problems));
        var before = Page(first, "articles/story-2/index.html");
        Assert.Contains("<picture>", before, StringComparison.Ordinal);

        // No document changed: the same article objects (their body digests kept), only the picture is new.
        TestPictures.MakePhoto(Path.Combine(root.News, "scene.jpg"), 1000, 600, seed: 2);
        var second = render.Render(content.Articles, content.Tags, Options(root));

        var after = Page(second, "articles/story-2/index.html");
        Assert.NotEqual(before, after);
        var copy = Regex.Match(after, "src=\"/(images/scene-[0-9a-f]{20}-960\\.jpg)\"").Groups[1].Value;
        Assert.Contains(copy, second.Files.Keys);
        Assert.DoesNotContain(copy, first.Files.Keys);
        AssertSameSite(Fresh(root), second);
    }

    [Fact]
    public void An_article_at_the_sites_own_url_stays_out_of_every_list_through_an_edit_in_place_of_another()
    {
        using var root = NewsRoot(6);
        root.Write("squatter.md", "---\ntitle: Squatter story\ndescription: It squats.\ndate: 2025-01-03T12:00:00Z\nurl: /archive/\n---\nBody.\n");
        var content = new LiveContent(root.Root);
        var render = new LiveRender();
        var first = render.Render(content.Articles, content.Tags, Options(root));
        // At the line and column of its url:, as the compiler names a place.
        Assert.Contains(first.Problems, problem => problem.StartsWith($"{Path.Combine(root.News, "squatter.md")}(5,6): warning SNS0016: the article's URL '/archive/'", StringComparison.Ordinal));
        Assert.All(first.Files, file => Assert.DoesNotContain("Squatter story", Encoding.UTF8.GetString(file.Value.Content), StringComparison.Ordinal));

        // The oldest article, listed after the one left out: its view's place in the content is not its place among the articles.
        root.Write("story-1.md", Story(1, "A later paragraph, edited."));
        content.Update([Path.Combine(root.News, "story-1.md")]);
        Assert.True(content.LastUpdateInPlace);
        var edited = render.Render(content.Articles, content.Tags, Options(root), change: LiveChange.ArticlesInPlace);
        Assert.Contains("A later paragraph, edited.", Page(edited, "articles/story-1/index.html"));
        AssertSameSite(Fresh(root), edited);
    }

    [Fact]
    public void A_url_the_site_has_is_reported_at_the_line_that_gives_it()
    {
        using var root = NewsRoot(3);
        // Articles at /<slug>/: a file's name or a slug: can name a page of the site's too; the first is reported at the
        // title, as the generator reports a URL another article has (SN0037).
        File.AppendAllText(root.Config, "\npermalink: /:slug/\n");
        root.Write("archive.md", "---\ntitle: Notes from the archive\ndescription: Named as the archive.\ndate: 2025-01-02T12:00:00Z\n---\nBody.\n");
        root.Write("slugged.md", "---\ntitle: A story\ndescription: Slugged as the search page.\ndate: 2025-01-02T13:00:00Z\nslug: search\n---\nBody.\n");
        root.Write("mover.md", "---\ntitle: Mover\ndescription: It moved.\ndate: 2025-01-02T14:00:00Z\naliases:\n  - old/mover/\n  - feed.xml/\n---\nBody.\n");
        var content = new LiveContent(root.Root);
        var result = new LiveRender().Render(content.Articles, content.Tags, Options(root), content.Redirects);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        void AssertWarned(string document, int line, int column, string warning) => Assert.True(
            result.Problems.Any(problem => problem.StartsWith($"{Path.Combine(root.News, document)}({line},{column}): warning {warning}", StringComparison.Ordinal)),
            string.Join("\n", result.Problems));
        AssertWarned("archive.md", 2, 1, "SNS0016: the article's URL '/archive/'");
        AssertWarned("slugged.md", 5, 7, "SNS0016: the article's URL '/search/'");
        AssertWarned("mover.md", 7, 5, "SNS0015: the old URL '/feed.xml/'");
        Assert.Contains("http-equiv=\"refresh\"", Page(result, "old/mover/index.html"));
    }

    private static PreviewRoot NewsRoot(int count)
    {
        var root = new PreviewRoot();
        for (var i = 1; i <= count; i++)
        {
            root.Write($"story-{i}.md", Story(i, "Later paragraph."));
        }
        return root;
    }

    private static string Story(int i, string later) =>
        $"---\ntitle: Story number {i}\ndescription: Standfirst {i}.\ndate: 2025-01-{i:00}\ntags: [Tag {i}]\n---\nFirst paragraph.\n\n{later}\n";

    private static BuildOptions Options(PreviewRoot root) => new()
    {
        ConfigFile = root.Config,
        BaseUrl = "http://127.0.0.1:5000/",
        BuiltInTemplatesDirectory = Path.Combine(root.Root, "site", "templates"),
        AssetsDirectory = Path.Combine(root.Root, "site", "assets"),
    };

    /// <summary>The site as a preview started now would render it, with nothing kept from before.</summary>
    private static LiveRenderResult Fresh(PreviewRoot root)
    {
        var content = new LiveContent(root.Root);
        return new LiveRender().Render(content.Articles, content.Tags, Options(root), content.Redirects);
    }

    /// <summary>The slugs of the articles whose page <paramref name="after"/> serves as another file than <paramref name="before"/> did (or did not serve).</summary>
    private static List<string> ArticlePagesMadeAgain(LiveRenderResult before, LiveRenderResult after) =>
        after.Files
            .Where(file => Regex.IsMatch(file.Key, "^articles/[^/]+/index.html$") && (!before.Files.TryGetValue(file.Key, out var was) || !ReferenceEquals(was, file.Value)))
            .Select(file => file.Key.Split('/')[1])
            .Where(slug => before.Files.ContainsKey($"articles/{slug}/index.html"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Page(LiveRenderResult result, string path) => Encoding.UTF8.GetString(result.Files[path].Content);

    private static void AssertSameSite(LiveRenderResult expected, LiveRenderResult actual)
    {
        Assert.True(actual.Succeeded, string.Join("\n", actual.Problems));
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), actual.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, file) in expected.Files)
        {
            Assert.True(file.Content.AsSpan().SequenceEqual(actual.Files[path].Content), $"{path} differs:\n{Encoding.UTF8.GetString(actual.Files[path].Content)}");
            Assert.Equal(file.ContentType, actual.Files[path].ContentType);
        }
    }
}
