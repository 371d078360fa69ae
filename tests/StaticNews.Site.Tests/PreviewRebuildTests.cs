using System.Net.Http;
using System.Text.RegularExpressions;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>A copy of the repository whose staticnews.yml keeps the documents in news/, built once for the tests.</summary>
public sealed class NewsRepository : IDisposable
{
    public NewsRepository()
    {
        var config = Path.Combine(Repo.Root, "staticnews.yml");
        File.WriteAllText(config, Regex.Replace(File.ReadAllText(config), "(?m)^documents:.*$", "documents: news"));
        Directory.CreateDirectory(News);
        File.WriteAllText(Path.Combine(News, "story.txt"), "A watched story\nIts standfirst.\nThe first version.\n");
        var build = Repo.Build("-p:StaticNewsSearch=false");
        Assert.True(build.ExitCode == 0, build.Output);
    }

    public RepoCopy Repo { get; } = new();

    public string News => Path.Combine(Repo.Root, "news");

    public string Project => Path.Combine(Repo.Root, "site", "StaticNews.Site.csproj");

    /// <summary>Serves and watches the copy; its builds skip the search index (no npm install in a temp folder).</summary>
    public ServeProcess Serve() =>
        new(Repo.Root, new Dictionary<string, string> { ["StaticNewsSearch"] = "false" }, "--site", Repo.Site, "--project", Project);

    public void Dispose() => Repo.Dispose();
}

/// <summary>The preview server as a process of its own, watching a real repository: what it rebuilds for, and how it stops.</summary>
public sealed class PreviewRebuildTests(NewsRepository repository) : IClassFixture<NewsRepository>
{
    private static readonly HttpClient Http = new();
    private static readonly Regex Rebuilt = new("Rebuilt in");
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);

    private static Regex Times(int count) => new("(Rebuilt in(.|\\n)*){" + count + "}");

    [Fact]
    public async Task A_burst_of_edits_gives_one_rebuild()
    {
        using var serve = repository.Serve();
        serve.WaitFor(Times(1), BuildTimeout);

        // Five saves, 200 ms apart: one burst, longer than the half second the watcher waits for quiet.
        var footer = Path.Combine(repository.Repo.Root, "site", "templates", "partials", "footer.sbn");
        var original = File.ReadAllText(footer);
        for (var save = 1; save <= 5; save++)
        {
            File.WriteAllText(footer, original.Replace("built with StaticNews", $"save {save} of 5"));
            Thread.Sleep(200);
        }
        serve.WaitFor(Times(2), BuildTimeout);
        Assert.Contains("save 5 of 5", await Http.GetStringAsync(serve.Url));

        // No second rebuild follows: waiting long enough for one to have started and finished.
        Assert.Throws<TimeoutException>(() => serve.WaitFor(Times(3), TimeSpan.FromSeconds(30)));
        Assert.Equal(2, serve.Count(Rebuilt));
        File.WriteAllText(footer, original);
        Stop(serve);
    }

    [Fact]
    public async Task An_edit_in_the_configured_documents_folder_is_rebuilt_and_served()
    {
        using var serve = repository.Serve();
        serve.WaitFor(Times(1), BuildTimeout);

        File.WriteAllText(Path.Combine(repository.News, "story.txt"), "A watched story\nIts standfirst.\nThe second version, edited while serving.\n");
        serve.WaitFor(Times(2), BuildTimeout);

        Assert.Contains("The second version, edited while serving.", await Http.GetStringAsync(serve.Url + "articles/a-watched-story/"));
        Assert.Contains("Watching " + repository.News, serve.Output);
        Stop(serve);
    }

    /// <summary>SIGTERM while watching: the server ends promptly, with exit code 0 and no stack trace.</summary>
    private static void Stop(ServeProcess serve)
    {
        serve.Terminate();
        var exit = serve.WaitForExit(TimeSpan.FromSeconds(30));
        Assert.True(exit is not null, "serve was still running 30 s after SIGTERM:\n" + serve.Output);
        Assert.Contains(exit!.Value, new[] { 0, 143 });
        Assert.DoesNotMatch(new Regex(@"^\s+at |Exception", RegexOptions.Multiline), serve.Output);
    }
}
