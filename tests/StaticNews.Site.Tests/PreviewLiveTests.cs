using System.Net;
using System.Text.RegularExpressions;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The preview as a process of its own over a site's sources that no `dotnet build` can compile (<see cref="PreviewRoot"/>):
/// every edit it serves it made in-process, with the generator's parser; each burst reloads the browser once; a broken
/// document is reported in the terminal and over the page while its previous version stays served; it stops cleanly.
/// </summary>
public sealed class PreviewLiveTests
{
    private static readonly Regex Ready = new("The site is ready after");
    private static readonly Regex StackTrace = new(@"^\s+at |Exception", RegexOptions.Multiline);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_edit_a_new_document_and_a_deleted_one_reach_the_served_pages_without_a_build()
    {
        using var root = new PreviewRoot();
        root.Write("story.txt", "A watched story\nIts standfirst.\nThe first version.\n");
        using var serve = root.Serve();
        serve.WaitFor(Ready, StartTimeout);
        var story = serve.Url + "articles/a-watched-story/";
        await ServedPage.WaitForTextAsync(story, "The first version.", serve);

        root.Write("story.txt", "A watched story\nIts standfirst.\nThe second version, edited while serving.\n");
        await ServedPage.WaitForTextAsync(story, "The second version, edited while serving.", serve);

        root.Write("new.md", "---\ntitle: A new arrival\ndescription: Written while serving.\ndate: 2026-01-05\ntags: [Arrivals]\nsection: World\n---\nIts body.\n");
        await ServedPage.WaitForTextAsync(serve.Url + "articles/new/", "Its body.", serve);
        await ServedPage.WaitForTextAsync(serve.Url, "A new arrival", serve);
        await ServedPage.WaitForTextAsync(serve.Url + "tags/arrivals/", "A new arrival", serve);

        File.Delete(Path.Combine(root.News, "new.md"));
        await ServedPage.WaitForMissingAsync(serve.Url + "articles/new/", serve);
        await ServedPage.WaitAsync(serve.Url, (status, page) => status == HttpStatusCode.OK && !page.Contains("A new arrival", StringComparison.Ordinal), serve);
        await ServedPage.WaitForMissingAsync(serve.Url + "tags/arrivals/", serve);

        Assert.DoesNotContain("Rebuil", serve.Output);
        Assert.DoesNotContain("Build failed", serve.Output);
        Assert.Contains("Watching " + root.News, serve.Output);
        Stop(serve, root);
    }

    /// <summary>The served search page works over the served index, with its own engine, and an edit reaches it.</summary>
    [Fact]
    public async Task The_search_page_finds_what_is_served_and_an_edit_reaches_the_index()
    {
        using var root = new PreviewRoot();
        root.Write("story.txt", "A watched story\nIts standfirst.\nThe quillwort grows under water.\n");
        root.Write("other.txt", "Another story\nIts standfirst.\nNothing of note.\n");
        using var serve = root.Serve();
        serve.WaitFor(Ready, StartTimeout);
        await ServedPage.WaitForTextAsync(serve.Url + "search/", "data-index=\"/search-index/\"", serve);
        Assert.Equal(["/articles/a-watched-story/"], (await SearchServedAsync(serve, "quillwort")).Select(result => result.Url));

        root.Write("story.txt", "A watched story\nIts standfirst.\nThe saxifrage grows on rocks.\n");
        await ServedPage.WaitForTextAsync(serve.Url + "articles/a-watched-story/", "saxifrage", serve);
        Assert.Equal(["/articles/a-watched-story/"], (await SearchServedAsync(serve, "saxifrage")).Select(result => result.Url));
        Assert.Empty(await SearchServedAsync(serve, "quillwort"));
        Stop(serve, root);
    }

    /// <summary>What the search page finds in the served index: its meta, every chunk of words and every file of documents, fetched as the page would.</summary>
    private static async Task<IReadOnlyList<SiteSearch.Result>> SearchServedAsync(ServeProcess serve, string query)
    {
        using var site = new TempDirectory();
        async Task<string> Fetch(string file)
        {
            var text = await ServedPage.WaitForTextAsync(serve.Url + "search-index/" + file, "", serve);
            var target = site.Combine("search-index", file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, text);
            return text;
        }
        using var meta = System.Text.Json.JsonDocument.Parse(await Fetch("meta.json"));
        for (var chunk = 0; chunk < meta.RootElement.GetProperty("chunks").GetArrayLength(); chunk++)
        {
            await Fetch($"terms/{chunk}.json");
        }
        var perFile = meta.RootElement.GetProperty("documentsPerFile").GetInt32();
        for (var file = 0; file * perFile < meta.RootElement.GetProperty("documents").GetInt32(); file++)
        {
            await Fetch($"docs/{file}.json");
        }
        return SiteSearch.Find(site.Path, query);
    }

    /// <summary>The preview keeps what it rendered: an edit to one article's later paragraph changes that article's page and the few lists that show it, not the site, and renders the one open.</summary>
    [Fact]
    public async Task An_edit_renders_only_the_pages_it_touches()
    {
        using var root = new PreviewRoot();
        for (var i = 1; i <= 12; i++)
        {
            root.Write($"story-{i}.md", $"---\ntitle: Story number {i}\ndescription: Standfirst {i}.\ndate: 2025-01-{i:00}\ntags: [Tag {i}]\n---\nFirst paragraph.\n\nLater paragraph.\n");
        }
        using var serve = root.Serve();
        serve.WaitFor(Ready, StartTimeout);
        var story = serve.Url + "articles/story-5/";
        await ServedPage.WaitForTextAsync(story, "Later paragraph.", serve);

        root.Write("story-5.md", "---\ntitle: Story number 5\ndescription: Standfirst 5.\ndate: 2025-01-05\ntags: [Tag 5]\n---\nFirst paragraph.\n\nLater paragraph, edited.\n");
        await ServedPage.WaitForTextAsync(story, "Later paragraph, edited.", serve);

        var update = serve.WaitFor(new Regex(@"Updated after a change to \S*story-5\.md .* pages \S+ s: (\d+) changed, (\d+) of them open and rendered"), TimeSpan.FromSeconds(30));
        var pages = int.Parse(new Regex(@"The site is ready after \S+ s \((\d+) pages").Match(serve.Output).Groups[1].Value);
        Assert.InRange(int.Parse(update.Groups[1].Value), 1, 8);
        // The page open in the browser (the test's requests) is rendered within the update; the others when asked for.
        Assert.Equal(1, int.Parse(update.Groups[2].Value));
        Assert.True(pages > 3 * 8, $"{pages} pages");
        Stop(serve, root);
    }

    [Fact]
    public async Task A_template_a_stylesheet_and_staticnews_yml_are_taken_in_without_a_build()
    {
        using var root = new PreviewRoot();
        root.Write("story.txt", "A watched story\nIts standfirst.\nThe first version.\n");
        using var serve = root.Serve();
        serve.WaitFor(Ready, StartTimeout);

        var footer = root.Template(Path.Combine("partials", "footer.sbn"));
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("built with StaticNews", "edited while serving"));
        await ServedPage.WaitForTextAsync(serve.Url, "edited while serving", serve);

        File.AppendAllText(root.Asset("site.css"), "\n.edited-while-serving { color: red; }\n");
        await ServedPage.WaitForTextAsync(serve.Url + "assets/site.css", ".edited-while-serving", serve);

        File.WriteAllText(root.Config, Regex.Replace(File.ReadAllText(root.Config), "(?m)^title:.*$", "title: Renamed While Serving"));
        await ServedPage.WaitForTextAsync(serve.Url, "Renamed While Serving", serve);

        // The documents folder moves: the articles of the new one are served, those of the old one are gone.
        Directory.CreateDirectory(Path.Combine(root.Root, "moved"));
        File.WriteAllText(Path.Combine(root.Root, "moved", "other.txt"), "Another story\nFrom the moved folder.\nIts body.\n");
        File.WriteAllText(root.Config, Regex.Replace(File.ReadAllText(root.Config), "(?m)^documents:.*$", "documents: moved"));
        await ServedPage.WaitForTextAsync(serve.Url + "articles/another-story/", "Its body.", serve);
        await ServedPage.WaitForMissingAsync(serve.Url + "articles/a-watched-story/", serve);

        Assert.DoesNotContain("Rebuil", serve.Output);
        Stop(serve, root);
    }

    [Fact]
    public async Task A_burst_of_saves_reloads_the_browser_once()
    {
        using var root = new PreviewRoot();
        root.Write("story.txt", "A watched story\nIts standfirst.\nThe first version.\n");
        // A settle time far beyond the saves' spacing, so that a test runner sharing the cores cannot split the burst.
        using var serve = root.Serve("--settle", "1000");
        serve.WaitFor(Ready, StartTimeout);
        await using var browser = new ReloadListener(serve.Url);
        await browser.Connected;

        // Five saves 30 ms apart, each a truncate and a write (several file events): one burst.
        for (var save = 1; save <= 5; save++)
        {
            root.Write("story.txt", $"A watched story\nIts standfirst.\nSave {save} of 5.\n");
            Thread.Sleep(30);
        }
        await ServedPage.WaitForTextAsync(serve.Url + "articles/a-watched-story/", "Save 5 of 5.", serve);
        Assert.Equal(1, await browser.SettleAsync(1, TimeSpan.FromSeconds(2)));

        // The next save is another burst, and another reload.
        root.Write("story.txt", "A watched story\nIts standfirst.\nOne more save.\n");
        Assert.Equal(2, await browser.SettleAsync(2, TimeSpan.FromSeconds(2)));
        Stop(serve, root);
    }

    [Fact]
    public async Task A_broken_document_is_reported_in_the_terminal_and_over_the_page_while_its_previous_version_stays()
    {
        using var root = new PreviewRoot();
        root.Write("story.md", "---\ntitle: A watched story\ndescription: Its standfirst.\n---\nThe good version.\n");
        using var serve = root.Serve();
        serve.WaitFor(Ready, StartTimeout);
        var story = serve.Url + "articles/story/";
        await ServedPage.WaitForTextAsync(story, "The good version.", serve);

        // Caught half-written: the front matter is not closed yet.
        root.Write("story.md", "---\ntitle: A watched story\ndescription: Its standfirst.\nThe half-written version.\n");
        var terminal = Regex.Escape(Path.Combine(root.News, "story.md")) + @"\(1,1\): warning SN0011: The front matter that starts here is never closed";
        serve.WaitFor(new Regex(terminal), TimeSpan.FromSeconds(30));
        var page = await ServedPage.WaitForTextAsync(story, "staticnews-problems", serve);
        Assert.Contains("The good version.", page);
        Assert.DoesNotContain("The half-written version.", page);
        Assert.Matches(new Regex(terminal), WebUtility.HtmlDecode(page));

        root.Write("story.md", "---\ntitle: A watched story\ndescription: Its standfirst.\n---\nThe mended version.\n");
        page = await ServedPage.WaitForTextAsync(story, "The mended version.", serve);
        Assert.DoesNotContain("staticnews-problems", page);
        Stop(serve, root);
    }

    [Theory]
    [InlineData("SIGTERM")]
    [InlineData("SIGINT")]
    public async Task A_signal_right_after_an_edit_with_a_page_open_exits_with_0_and_leaves_no_workspace_or_lock(string signal)
    {
        using var root = new PreviewRoot();
        root.Write("story.txt", "A watched story\nIts standfirst.\nThe first version.\n");
        using var serve = root.Serve();
        serve.WaitFor(Ready, StartTimeout);
        await ServedPage.WaitForTextAsync(serve.Url + "articles/a-watched-story/", "The first version.", serve);
        // A page open in a browser holds its event stream open: the server must not wait for it.
        await using var browser = new ReloadListener(serve.Url);
        await browser.Connected;

        root.Write("story.txt", "A watched story\nIts standfirst.\nThe second version.\n");
        Thread.Sleep(150);
        Stop(serve, root, interrupt: signal == "SIGINT");
    }

    /// <summary>SIGTERM (or SIGINT): the server ends promptly with exit code 0, no stack trace, and nothing written to disk: the site was served from memory.</summary>
    private static void Stop(ServeProcess serve, PreviewRoot root, bool interrupt = false)
    {
        if (interrupt)
        {
            serve.Interrupt();
        }
        else
        {
            serve.Terminate();
        }
        var exit = serve.WaitForExit(TimeSpan.FromSeconds(30));
        Assert.True(exit is not null, "serve was still running 30 s after SIGTERM:\n" + serve.Output);
        Assert.True(exit == 0, $"serve exited with {exit}:\n{serve.Output}");
        Assert.DoesNotMatch(StackTrace, serve.Output);
        Assert.Contains("Stopped.", serve.Output);
        Assert.Equal(["news", "site", "staticnews.yml"],
            Directory.EnumerateFileSystemEntries(root.Root).Select(Path.GetFileName).Where(name => name != "moved").Order(StringComparer.Ordinal));
        Assert.Contains("Serving the site rendered in memory", serve.Output);
    }
}
