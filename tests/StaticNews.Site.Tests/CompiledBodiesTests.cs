using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// A build with a render cache file keeps what it learned of the compiled articles' bodies beside it
/// (<see cref="CompiledBodies"/>): the next build of the same compiled content reads none of them again, only the bodies
/// of articles made otherwise (by hand, or given a new body after an edit), and writes the same site.
/// </summary>
public sealed class CompiledBodiesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public CompiledBodiesTests()
    {
        File.WriteAllText(Config, "title: Compiled News\ndescription: Tests of the compiled bodies kept\n");
    }

    private string Output => _temp.Combine("_site");

    private string Config => _temp.Combine("staticnews.yml");

    private string CacheFile => _temp.Combine("obj", "staticnews.render-cache");

    private string BodiesFile => _temp.Combine("obj", "staticnews.compiled-bodies");

    /// <summary>This assembly's compiled content (the repository's seeds, compiled into the site) beside two articles made by hand.</summary>
    private static List<Article> Articles(Article? instead = null) =>
    [
        .. StaticNews.Content.Articles.All.Select(article => instead is not null && instead.SourcePath == article.SourcePath ? instead : article),
        new MarkdownArticle("by-hand", "A body *made* by hand.", day: 2),
        new MarkdownArticle("also-by-hand", "Another body.\n\nIn two paragraphs.", day: 3),
    ];

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_next_build_of_the_same_compiled_content_reads_only_the_bodies_it_cannot_know()
    {
        var compiled = StaticNews.Content.Articles.All;
        Assert.NotEmpty(compiled);
        Assert.All(compiled, article => Assert.Equal(typeof(StaticNews.Content.Articles).Assembly.ManifestModule.ModuleVersionId, article.CompiledContentVersion));

        var first = Build(Articles());
        Assert.Equal(compiled.Count + 2, first.BodiesRead);
        Assert.True(File.Exists(BodiesFile));
        var site = SiteTree.Of(Output);

        // A new process: only the hand-made bodies are read again; nothing changed, so no page either.
        var second = Build(Articles());
        Assert.Equal(2, second.BodiesRead);
        Assert.Equal(0, second.PagesRendered);
        AssertSite(site);
        var kept = File.GetLastWriteTimeUtc(BodiesFile);

        // A compiled article given a new body (an edit the compile skipped): that body is read, and its page shows it.
        var edited = compiled[0].WithBody(compiled[0].GetPlainText() + "\nA paragraph added since the compile.", compiled[0].WordCount + 5);
        var third = Build(Articles(edited));
        Assert.Equal(3, third.BodiesRead);
        Assert.Contains("A paragraph added since the compile.", File.ReadAllText(Path.Combine(Output, edited.Url, "index.html")));
        // What is kept still describes the compiled content, which did not change: not written again.
        Assert.Equal(kept, File.GetLastWriteTimeUtc(BodiesFile));
    }

    [Fact]
    public void Bodies_kept_for_other_compiled_content_or_unreadable_are_read_again_and_the_site_is_the_same()
    {
        var count = StaticNews.Content.Articles.All.Count + 2;
        Assert.Equal(count, Build(Articles()).BodiesRead);
        var site = SiteTree.Of(Output);
        var bytes = File.ReadAllBytes(BodiesFile);

        // The same file, said to be of another compile: the version follows the header (a length-prefixed string).
        var other = (byte[])bytes.Clone();
        var versionAt = 1 + other[0];
        other[versionAt] ^= 0xFF;
        File.WriteAllBytes(BodiesFile, other);
        Assert.Equal(count, Build(Articles()).BodiesRead);
        Assert.Equal(bytes, File.ReadAllBytes(BodiesFile));

        // Cut short, as a disk that filled up would leave it.
        File.WriteAllBytes(BodiesFile, bytes[..(bytes.Length / 2)]);
        Assert.Equal(count, Build(Articles()).BodiesRead);
        AssertSite(site);
        Assert.Equal(bytes, File.ReadAllBytes(BodiesFile));
    }

    [Fact]
    public void Without_a_render_cache_file_nothing_is_kept()
    {
        var result = SiteBuilder.Build(Articles(), [], Options(), cache: new RenderCache());
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.False(File.Exists(BodiesFile));
    }

    private void AssertSite(SiteTree expected)
    {
        var site = SiteTree.Of(Output);
        Assert.True(site.SameAs(expected), site.Difference(expected));
    }

    private BuildResult Build(IReadOnlyList<Article> articles)
    {
        var result = SiteBuilder.Build(articles, TestArticle.TagsOf(articles), Options(), RenderCache.Persistent(CacheFile));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result;
    }

    private BuildOptions Options() => new() { OutputDirectory = Output, ConfigFile = Config, ContentRoot = _temp.Path };
}
