using System.Reflection;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// A build with the render cache renders only the pages whose inputs changed, and writes exactly what a full build
/// without it writes: after each edit of a series, the cached output is compared, file by file, with a fresh build's.
/// </summary>
public sealed class RenderCacheTests : IDisposable
{
    private const int ArticleCount = 24;

    /// <summary>Old enough to be in neither the feed (the newest 20) nor the 404 page (the newest 5).</summary>
    private const int Edited = 22;

    private static readonly DateTimeOffset Day = new(2025, 3, 30, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();
    private readonly List<Story> _stories = Enumerable.Range(0, ArticleCount).Select(Story.Numbered).ToList();

    public RenderCacheTests()
    {
        Directory.CreateDirectory(Templates);
        WriteConfig("Cached News");
    }

    private string Output => _temp.Combine("_site");

    private string Templates => _temp.Combine("templates");

    private string Config => _temp.Combine("staticnews.yml");

    private string CacheFile => _temp.Combine("obj", "staticnews.render-cache");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_edit_renders_only_what_it_changes_and_the_site_equals_a_full_build(bool newProcessEachBuild)
    {
        var memory = new RenderCache();
        BuildResult Build() => Cached(newProcessEachBuild ? RenderCache.Persistent(CacheFile) : memory);

        var first = Build();
        AssertRenderedEveryPage(first);
        var all = first.PagesRendered;
        AssertSameAsFullBuild();

        Assert.Equal(0, Build().PagesRendered);
        AssertSameAsFullBuild();

        // Its page, and the lists that show it (a list's template may show any of its items' fields, the body too):
        // the front page (its template is given every article), its page of the latest stories, its tag, its author and its month.
        // A later paragraph, of as many words: the excerpt and the word count stay, the body alone changed.
        _stories[Edited] = _stories[Edited] with { Detail = "Details corrected." };
        Assert.Equal(6, Build().PagesRendered);
        AssertSameAsFullBuild();

        // Also the pages of the stories before and after it (their links show its title), and the lists that show those.
        _stories[Edited] = _stories[Edited] with { Title = "A new headline" };
        var retitled = Build().PagesRendered;
        Assert.InRange(retitled, 3, all / 3);
        AssertSameAsFullBuild();

        // Every list moves by one; the articles' own pages do not change, but for the new one and the one it precedes.
        _stories.Insert(0, Story.Numbered(100) with { Published = Day.AddDays(1) });
        Assert.InRange(Build().PagesRendered, 2, all - ArticleCount + 2);
        AssertSameAsFullBuild();

        _stories.RemoveAt(Edited);
        Assert.InRange(Build().PagesRendered, 1, all - ArticleCount + 3);
        AssertSameAsFullBuild();
        Assert.False(Directory.Exists(Path.Combine(Output, "articles", Story.SlugOf(Edited - 1))));

        // Any template can be included by any page.
        File.WriteAllText(Path.Combine(Templates, "robots.txt.sbn"), "User-agent: *\nDisallow: /drafts/\n");
        AssertRenderedEveryPage(Build());
        AssertSameAsFullBuild();
        Assert.Equal(0, Build().PagesRendered);

        WriteConfig("Renamed News");
        AssertRenderedEveryPage(Build());
        AssertSameAsFullBuild();

        var article = Path.Combine(Output, "articles", Story.SlugOf(3), "index.html");
        File.Delete(article);
        Assert.Equal(1, Build().PagesRendered);
        AssertSameAsFullBuild();

        // An edit by hand that keeps the file's length (its time may even be the same as the build's, within the clock's step).
        var tag = Path.Combine(Output, "tags", "economy", "index.html");
        var html = File.ReadAllText(tag);
        File.WriteAllText(tag, html.Replace("<html", "<HTML", StringComparison.Ordinal));
        Assert.Equal(1, Build().PagesRendered);
        AssertSameAsFullBuild();

        File.AppendAllText(Path.Combine(Output, "index.html"), "<!-- edited -->");
        Assert.Equal(1, Build().PagesRendered);
        AssertSameAsFullBuild();
    }

    /// <summary>
    /// The front page shows its lead's excerpt, which the fingerprint does not read (it would make every article's): the
    /// body it is cut from is in the fingerprint, so an edited first paragraph renders the front page again.
    /// </summary>
    [Fact]
    public void An_edited_first_paragraph_renders_the_lead_excerpt_again()
    {
        var cache = new RenderCache();
        Cached(cache);
        Assert.Contains("The body of story 0.", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);

        _stories[0] = _stories[0] with { Body = "A rewritten opening about zanzibarite." };
        Assert.InRange(Cached(cache).PagesRendered, 1, ArticleCount);

        Assert.Contains("A rewritten opening about zanzibarite.", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        AssertSameAsFullBuild();
    }

    /// <summary>
    /// An edit by hand within the same step of the file system's clock as the build's write leaves the file's time as
    /// it was: the content hash notices it. (The window is made endless here, so the test does not depend on how long
    /// the build takes; by default it is the last seconds before the cache was saved.)
    /// </summary>
    [Fact]
    public void A_file_edited_by_hand_that_kept_its_length_and_time_is_rendered_again()
    {
        var cache = new RenderCache { ContentCheckWindow = TimeSpan.MaxValue / 2 };
        Cached(cache);
        var tag = Path.Combine(Output, "tags", "politics", "index.html");
        var time = File.GetLastWriteTimeUtc(tag);
        File.WriteAllText(tag, File.ReadAllText(tag).Replace("<html", "<HTML", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(tag, time);

        Assert.Equal(1, Cached(cache).PagesRendered);
        AssertSameAsFullBuild();
    }

    [Fact]
    public void A_cache_file_that_cannot_be_read_renders_every_page()
    {
        var first = Cached(RenderCache.Persistent(CacheFile));
        Assert.True(File.Exists(CacheFile));
        File.WriteAllBytes(CacheFile, [0x1A, 0xFF, 0x00, 0x42, 0x17]);

        var result = Cached(RenderCache.Persistent(CacheFile));

        Assert.Equal(first.PagesRendered, result.PagesRendered);
        AssertSameAsFullBuild();
        Assert.Equal(0, Cached(RenderCache.Persistent(CacheFile)).PagesRendered);
    }

    [Fact]
    public void A_cache_of_another_output_folder_is_not_used()
    {
        Cached(RenderCache.Persistent(CacheFile));
        var elsewhere = _temp.Combine("elsewhere");
        Copy(Output, elsewhere);

        var result = SiteBuilder.Build(Articles(), [], Options(elsewhere), RenderCache.Persistent(CacheFile));

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(result.Pages + result.OtherFiles, result.PagesRendered);
    }

    /// <summary>
    /// The fingerprint walks each kind of value a template is given, member by member: a member added to one of them
    /// (a template could read it) must be added to the walk, or a page showing it would not be rendered again.
    /// </summary>
    [Fact]
    public void The_fingerprint_covers_every_member_a_template_can_read()
    {
        foreach (var (type, covered) in PageFingerprints.Covered)
        {
            var readable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name)
                .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => f.Name))
                .Order(StringComparer.Ordinal);
            Assert.Equal(readable, covered.Order(StringComparer.Ordinal));
        }
    }

    private static void AssertRenderedEveryPage(BuildResult result) => Assert.Equal(result.Pages + result.OtherFiles, result.PagesRendered);

    private BuildResult Cached(RenderCache cache)
    {
        var result = SiteBuilder.Build(Articles(), [], Options(Output), cache);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result;
    }

    private void AssertSameAsFullBuild()
    {
        using var fresh = new TempDirectory();
        var full = SiteBuilder.Build(Articles(), [], Options(fresh.Combine("_site")), cache: null);
        Assert.True(full.Succeeded, string.Join("\n", full.Problems));
        var expected = SiteTree.Of(fresh.Combine("_site"));
        var actual = SiteTree.Of(Output);
        Assert.True(expected.SameAs(actual), actual.Difference(expected));
    }

    private BuildOptions Options(string output) => new() { OutputDirectory = output, TemplatesDirectory = Templates, ConfigFile = Config };

    private List<Article> Articles() => _stories.Select(s => (Article)s.ToArticle()).ToList();

    private void WriteConfig(string title) =>
        File.WriteAllText(Config, $"title: {title}\ndescription: Tests of the render cache\npage_size: 5\n");

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>One article's inputs, edited step by step.</summary>
    private sealed record Story(int Number, string Title, string Body, string Detail, DateTimeOffset Published, string Tag, string Author)
    {
        public static Story Numbered(int number) =>
            new(number, $"Story {number}", $"The body of story {number}.", "Details follow.", Day.AddDays(-3 * number), number % 2 == 0 ? "Economy" : "Politics", number % 3 == 0 ? "Ani" : "Bob");

        public static string SlugOf(int number) => $"story-{number}";

        public TestArticle ToArticle() =>
            new(SlugOf(Number), Title, published: Published, tags: [Tag], authors: [Author], paragraphs: [Body, Detail]);
    }
}
