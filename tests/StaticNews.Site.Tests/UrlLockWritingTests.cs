using System.Runtime.Versioning;
using StaticNews.Content;
using StaticNews.Site.Live;
using StaticNews.Site.Loading;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Writing;

namespace StaticNews.Site.Tests;

/// <summary>
/// staticnews.lock as the build writes it (issue 19): every published article's URL by its document, sorted, the lines
/// of removed documents kept; written only when its text changes, whole or not at all (a build killed while writing it
/// leaves the previous lock), never over a line it cannot read; the preview honours it and writes none.
/// </summary>
public sealed class UrlLockWritingTests : IDisposable
{
    private const int Killed = 128 + 9;

    private readonly SiteProgram _program = new();
    private readonly TempDirectory _temp = new();

    private string Lock => _temp.Combine("staticnews.lock");

    private SiteProgram.Result Build(IReadOnlyDictionary<string, string>? environment = null) =>
        _program.Build(["--out", _temp.Combine("_site"), "--lock", Lock], environment);

    private static string LineOf(Article article) => $"\"{article.SourcePath}\" = \"{article.Url}\"";

    private static List<string> Entries(string text) =>
        text.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

    [Fact]
    public void The_build_writes_every_published_article_s_url_and_keeps_removed_documents_sorted()
    {
        File.WriteAllText(Lock,
            "\"zz/gone.txt\" = \"articles/gone-later/\"\n" +
            "\"aa/gone.txt\" = \"articles/gone-before/\"\n" +
            // A removed document whose URL a published article has now: it is that article's.
            $"\"aa/old-home.txt\" = \"{Articles.All[0].Url}\"\n");

        var result = Build();

        Assert.True(result.ExitCode == 0, result.Output);
        var expected = new[] { "\"aa/gone.txt\" = \"articles/gone-before/\"", "\"zz/gone.txt\" = \"articles/gone-later/\"" }
            .Concat(Articles.All.Select(LineOf))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, Entries(File.ReadAllText(Lock)));
        Assert.False(File.Exists(Lock + ".tmp"));
    }

    [Fact]
    public void A_lock_already_up_to_date_is_not_written_again()
    {
        var first = Build();
        Assert.True(first.ExitCode == 0, first.Output);
        var written = File.ReadAllBytes(Lock);
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Lock, longAgo);

        var second = Build();

        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Lock));
        Assert.Equal(written, File.ReadAllBytes(Lock));
    }

    [Fact]
    public void A_lock_with_a_line_the_build_cannot_read_is_left_as_it_is_with_a_warning_at_the_line()
    {
        var text = "# kept as written\n\"seeds/a.txt\" = \"articles/a/\"\nnot a line of the lock\n";
        File.WriteAllText(Lock, text);

        var result = Build();

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains($"{Lock}(3): warning SNS0026", result.Output);
        Assert.Equal(text, File.ReadAllText(Lock));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_build_killed_while_replacing_the_lock_leaves_the_previous_one_whole_and_the_next_build_writes_it()
    {
        var previous = "\"seeds/gone.txt\" = \"articles/gone/\"\n";
        File.WriteAllText(Lock, previous);

        var killed = Build(new Dictionary<string, string> { ["STATICNEWS_KILL_AT"] = FaultPoint.LockStaged });

        Assert.True(killed.ExitCode == Killed, killed.Output);
        Assert.Equal(previous, File.ReadAllText(Lock));

        var next = Build();

        Assert.True(next.ExitCode == 0, next.Output);
        Assert.Contains("\"seeds/gone.txt\" = \"articles/gone/\"", Entries(File.ReadAllText(Lock)));
        Assert.Contains(LineOf(Articles.All[0]), Entries(File.ReadAllText(Lock)));
        Assert.False(File.Exists(Lock + ".tmp"));
    }

    [Fact]
    public void A_build_without_a_lock_file_named_writes_none()
    {
        var result = _program.Build("--out", _temp.Combine("_site"));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Empty(Directory.EnumerateFiles(_program.Folder, "staticnews.lock*"));
        Assert.Empty(Directory.EnumerateFiles(_temp.Path, "staticnews.lock*"));
    }

    [Fact]
    public void The_preview_keeps_a_retitled_article_at_its_locked_url_and_writes_no_lock()
    {
        using var root = new PreviewRoot();
        root.Write("story.txt", "A new headline\nThe standfirst.\nThe body.\n");
        var lockFile = Path.Combine(root.Root, "staticnews.lock");
        var text = "\"news/story.txt\" = \"articles/the-old-headline/\"\n";
        File.WriteAllText(lockFile, text);

        var content = new LiveContent(root.Root);

        Assert.Equal("articles/the-old-headline/", Assert.Single(content.Articles).Url);
        Assert.Contains(content.AllDiagnostics, d => d.Id == "SN0053");
        content.Update([Path.Combine(root.News, "story.txt")]);
        Assert.Equal(text, File.ReadAllText(lockFile));
    }

    [Fact]
    public void An_article_left_out_at_a_url_of_the_sites_own_is_not_locked_there()
    {
        var day = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var kept = new TestArticle("kept", "Kept story", published: day, paragraphs: ["Body."]);
        Article[] articles = [new TestArticle("squatter", "Squatter", published: day.AddHours(1), url: "archive/", paragraphs: ["Body."]), kept];

        var result = SiteBuilder.Build(articles, TestArticle.TagsOf(articles), new BuildOptions { OutputDirectory = _temp.Combine("_site"), LockFile = Lock });

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains(result.Problems, problem => problem.Contains("warning SNS0016", StringComparison.Ordinal));
        Assert.Equal([LineOf(kept)], Entries(File.ReadAllText(Lock)));
    }

    public void Dispose()
    {
        _program.Dispose();
        _temp.Dispose();
    }
}
