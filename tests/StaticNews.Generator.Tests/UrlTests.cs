using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// A Markdown post keeps its URL name as Hugo and Jekyll give it (file name without Jekyll's date, a bundle's folder,
/// slug:), url: and Zola's path give the whole path, staticnews.yml's permalink pattern places the rest; old URLs
/// (aliases, redirect_from) are kept for redirect pages; a plain-text document keeps its title's slug. A path that is not
/// within the site, or one another article already has, is a warning at its line.
/// </summary>
public sealed class UrlTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static GeneratorRun Run(string config, params AdditionalText[] documents) =>
        GeneratorHarness.Run(documents.Prepend(TestData.Config(config)), TestData.Options(null, Now)).AssertHealthy();

    private static GeneratorRun Run(params AdditionalText[] documents) => Run("time_zone: UTC\n", documents);

    private static Dictionary<string, (string Slug, string Url, IReadOnlyList<string> Aliases, string Class)> UrlsBySource(GeneratorRun run)
    {
        using var content = LoadedContent.Load(run.OutputCompilation);
        return content.All.ToDictionary(
            article => LoadedContent.Get<string>(article, "SourcePath"),
            article => (LoadedContent.Get<string>(article, "Slug"), LoadedContent.Get<string>(article, "Url"),
                LoadedContent.Get<IReadOnlyList<string>>(article, "Aliases"), article.GetType().Name));
    }

    [Fact]
    public void A_markdown_post_keeps_the_name_of_its_file_and_a_bundle_that_of_its_folder()
    {
        var run = Run(
            TestData.Document("2013-05-06-welcome-to-jekyll.md", "---\ntitle: A Different Headline\ndate: 2013-05-06\n---\nBody.\n"),
            TestData.Document("kubernetes-1-30/index.md", "+++\ntitle = \"Kubernetes 1.30: Beyond the Basics\"\ndate = 2024-04-09\n+++\nBody.\n"),
            TestData.Document("Go_Modules.md", "---\ntitle: Using Go Modules\ndate: 2019-03-19\n---\nBody.\n"),
            TestData.Document("pinned.md", "---\ntitle: Pinned\nslug: chosen-name\ndate: 2020-01-01\n---\nBody.\n"),
            TestData.Document("Scraped story.txt", "A scraped headline\nIts standfirst.\nBody.\n"));

        var urls = UrlsBySource(run);
        Assert.Equal(("welcome-to-jekyll", "articles/welcome-to-jekyll/"), (urls["seeds/2013-05-06-welcome-to-jekyll.md"].Slug, urls["seeds/2013-05-06-welcome-to-jekyll.md"].Url));
        Assert.Equal("ADifferentHeadline", urls["seeds/2013-05-06-welcome-to-jekyll.md"].Class);
        Assert.Equal("kubernetes-1-30", urls["seeds/kubernetes-1-30/index.md"].Slug);
        Assert.Equal("go-modules", urls["seeds/Go_Modules.md"].Slug);
        Assert.Equal("chosen-name", urls["seeds/pinned.md"].Slug);
        Assert.Equal(("a-scraped-headline", "articles/a-scraped-headline/"), (urls["seeds/Scraped story.txt"].Slug, urls["seeds/Scraped story.txt"].Url));
    }

    [Fact]
    public void Url_and_Zola_path_give_the_whole_path_and_aliases_are_kept_as_site_paths()
    {
        var run = Run(
            TestData.Document("welcome.md", "---\ntitle: Welcome\nurl: /2013/05/welcome/\nredirect_from:\n  - /old/welcome.html\n  - blog/welcome\n---\nBody.\n"),
            TestData.Document("rust.md", "+++\ntitle = \"Rust\"\npath = \"2025/02/20/rust-2024\"\naliases = [\"/rust/\"]\n+++\nBody.\n"),
            TestData.Document("cross.md", "---\ntitle: Cross-posted\nurl: https://example.org/original\nredirect_from: /cross-old/\n---\nBody.\n"));

        var urls = UrlsBySource(run);
        Assert.Equal("2013/05/welcome/", urls["seeds/welcome.md"].Url);
        Assert.Equal(new[] { "old/welcome.html", "blog/welcome/" }, urls["seeds/welcome.md"].Aliases);
        Assert.Equal("2025/02/20/rust-2024/", urls["seeds/rust.md"].Url);
        Assert.Equal(new[] { "rust/" }, urls["seeds/rust.md"].Aliases);
        // Another site's address is the original of a cross-post, not this site's path.
        Assert.Equal("articles/cross/", urls["seeds/cross.md"].Url);
        Assert.Equal(new[] { "cross-old/" }, urls["seeds/cross.md"].Aliases);
    }

    [Fact]
    public void The_permalink_pattern_places_articles_by_date_and_section()
    {
        var run = Run("time_zone: UTC\npermalink: /:section/:year/:month/:day/:slug/\n",
            TestData.Document("2024-04-09-release.md", "---\ntitle: Release\nsection: Tech News\n---\nBody.\n"),
            TestData.Document("undated.md", "---\ntitle: Undated\n---\nBody.\n"),
            TestData.Document("own.md", "---\ntitle: Own\ndate: 2024-01-01\nurl: /about/own/\n---\nBody.\n"));

        var urls = UrlsBySource(run);
        Assert.Equal("tech-news/2024/04/09/release/", urls["seeds/2024-04-09-release.md"].Url);
        // Without a date the pattern cannot be filled: the default place.
        Assert.Equal("articles/undated/", urls["seeds/undated.md"].Url);
        Assert.Equal("about/own/", urls["seeds/own.md"].Url);
    }

    [Theory]
    [InlineData("/:year/:month/", "has no :slug")]
    [InlineData("/../:slug/", "may hold only")]
    [InlineData("/:slug?x=1", "may hold only")]
    public void A_permalink_pattern_that_cannot_be_used_is_reported_at_its_line_and_the_default_kept(string pattern, string message)
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            TestData.Config("title: T\npermalink: " + pattern + "\n"),
            TestData.Document("post.md", "---\ntitle: Post\ndate: 2024-01-01\n---\nBody.\n"),
        }, TestData.Options(null, Now)).AssertHealthy();

        var diagnostic = DiagnosticAssert.Single(run.Diagnostics, "SN0008");
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(message, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal("articles/post/", UrlsBySource(run)["seeds/post.md"].Url);
    }

    [Fact]
    public void A_url_or_alias_that_is_not_a_path_within_the_site_is_reported_at_its_line()
    {
        var path = TestData.DocumentPath("hostile.md");
        var run = Run(TestData.Document("hostile.md", """
            ---
            title: Hostile
            url: /../../etc/passwd
            aliases:
              - ../outside/
              - https://evil.example/
              - /search?q=x
              - //evil.example/x
              - /c:/windows/
              - /ok/
            ---
            Body.
            """));

        DiagnosticAssert.At(DiagnosticAssert.Single(run.Diagnostics, "SN0035"), "SN0035", DiagnosticSeverity.Warning, path, 3);
        var aliases = run.DiagnosticsWithId("SN0036");
        Assert.Equal(new[] { 5, 6, 7, 8, 9 }, aliases.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        var urls = UrlsBySource(run)["seeds/hostile.md"];
        Assert.Equal("articles/hostile/", urls.Url);
        Assert.Equal(new[] { "ok/" }, urls.Aliases);
    }

    [Fact]
    public void A_url_or_alias_another_article_has_is_reported_and_the_earlier_article_keeps_it()
    {
        var later = TestData.DocumentPath("later.md");
        var run = Run(
            TestData.Document("first.md", "---\ntitle: First\ndate: 2020-01-01\nurl: /shared/\naliases: [/old-first/]\n---\nBody.\n"),
            TestData.Document("later.md", "---\ntitle: Later\ndate: 2021-01-01\nurl: /SHARED/\naliases:\n  - /old-first/\n  - /articles/first-of-all/\n  - /later-old/\n---\nBody.\n"),
            TestData.Document("first-of-all.txt", "First of all\nA standfirst.\nBody.\n"));

        var taken = run.DiagnosticsWithId("SN0037");
        Assert.True(taken.Count == 3, DiagnosticAssert.Describe(run.Diagnostics));
        DiagnosticAssert.At(taken.Single(d => d.GetMessage().Contains("'SHARED/'", StringComparison.Ordinal)), "SN0037", DiagnosticSeverity.Warning, later, 2);
        DiagnosticAssert.At(taken.Single(d => d.GetMessage().Contains("'old-first/'", StringComparison.Ordinal)), "SN0037", DiagnosticSeverity.Warning, later, 6);
        DiagnosticAssert.At(taken.Single(d => d.GetMessage().Contains("'articles/first-of-all/'", StringComparison.Ordinal)), "SN0037", DiagnosticSeverity.Warning, later, 7);
        var urls = UrlsBySource(run);
        Assert.Equal("shared/", urls["seeds/first.md"].Url);
        Assert.Equal(new[] { "old-first/" }, urls["seeds/first.md"].Aliases);
        Assert.Equal("articles/later/", urls["seeds/later.md"].Url);
        Assert.Equal(new[] { "later-old/" }, urls["seeds/later.md"].Aliases);
    }

    [Fact]
    public void A_document_that_only_redirects_is_never_an_article()
    {
        var invalid = TestData.DocumentPath("invalid.md");
        var withBody = TestData.DocumentPath("moved-with-body.md");
        var run = Run(
            TestData.Document("2015-01-01-moved.md", "---\nredirect_to: https://example.org/new-home/\n---\n"),
            TestData.Document("invalid.md", "---\ntitle: Invalid target\nredirect: ftp://example.org/x\n---\n"),
            TestData.Document("moved-with-body.md", "---\ntitle: Still here\nredirect_to: /new/\n---\nThe body is the article.\n"),
            TestData.Document("real.md", "---\ntitle: Moved\ndate: 2015-01-01\n---\nThe real post.\n"));

        var redirects = run.DiagnosticsWithId("SN0038");
        Assert.Equal(2, redirects.Count);
        DiagnosticAssert.At(redirects.Single(d => d.Location.GetLineSpan().Path == invalid), "SN0038", DiagnosticSeverity.Warning, invalid, 3);
        Assert.Contains("'ftp://example.org/x'", redirects.Single(d => d.Location.GetLineSpan().Path == invalid).GetMessage(), StringComparison.Ordinal);
        DiagnosticAssert.At(redirects.Single(d => d.Location.GetLineSpan().Path == withBody), "SN0038", DiagnosticSeverity.Warning, withBody, 3);
        // A redirect with a body is an article; one with a target that is no URL is neither an article nor a page.
        var urls = UrlsBySource(run);
        Assert.Equal(new[] { "seeds/moved-with-body.md", "seeds/real.md" }, urls.Keys.Order(StringComparer.Ordinal));
        // The real post keeps its name; the redirect took nothing from it.
        Assert.Equal("real", urls["seeds/real.md"].Slug);
        using var content = LoadedContent.Load(run.OutputCompilation);
        // No class either: two article classes for the two articles.
        Assert.Equal(2, content.Assembly.GetTypes().Count(type => type.IsSubclassOf(content.ArticleType)));
    }

    [Fact]
    public void A_document_that_only_redirects_to_another_site_is_a_redirect_page_at_its_own_url()
    {
        var taken = TestData.DocumentPath("taken.md");
        var run = Run("time_zone: UTC\npermalink: /:year/:slug/\n",
            TestData.Document("2015-01-01-moved.md", "---\ntitle: Moved to Medium\nredirect_to: https://medium.com/@newsroom/moved-post-1a2b\n---\n"),
            TestData.Document("renamed.md", "---\nurl: /old/renamed.html\nredirect: http://example.org/renamed\n---\n"),
            TestData.Document("taken.md", "---\nurl: /2016/new-home/\nredirect_to: https://example.org/elsewhere/\n---\n"),
            TestData.Document("new-home.md", "---\ntitle: New home\ndate: 2016-03-01\n---\nThe real post.\n"));

        var urls = UrlsBySource(run);
        Assert.Equal(new[] { "seeds/new-home.md" }, urls.Keys);
        Assert.Empty(urls["seeds/new-home.md"].Aliases);
        Assert.Empty(run.DiagnosticsWithId("SN0038"));
        DiagnosticAssert.At(Assert.Single(run.DiagnosticsWithId("SN0037")), "SN0037", DiagnosticSeverity.Warning, taken, 3);

        using var content = LoadedContent.Load(run.OutputCompilation);
        var redirects = (IReadOnlyList<StaticNews.Content.Redirect>)content.StaticProperty("Redirects");
        // By path; each at its url:, else its name placed by the permalink (dated by its Jekyll file name).
        Assert.Equal(new[]
        {
            ("seeds/2015-01-01-moved.md", "2015/moved/", "https://medium.com/@newsroom/moved-post-1a2b", (string?)"Moved to Medium"),
            ("seeds/renamed.md", "old/renamed.html", "http://example.org/renamed", null),
        }, redirects.Select(r => (r.SourcePath, r.Path, r.Target, r.Title)));
        Assert.Single(content.All);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("'javascript:alert(document.cookie)//https://example.org/'")]
    [InlineData("'data:text/html,<script>alert(1)</script>'")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("ftp://example.org/file")]
    [InlineData("//evil.example/")]
    [InlineData("https://medium.com@evil.example/")]
    [InlineData("'https:///no-host'")]
    public void A_redirect_to_anything_but_an_http_url_or_a_site_path_makes_no_page_and_no_article(string target)
    {
        var document = TestData.DocumentPath("hostile.md");
        var run = Run(
            TestData.Document("hostile.md", "---\nredirect_to: " + target + "\n---\n"),
            TestData.Document("real.md", "---\ntitle: Real\ndate: 2015-01-01\n---\nThe real post.\n"));

        DiagnosticAssert.At(Assert.Single(run.DiagnosticsWithId("SN0038")), "SN0038", DiagnosticSeverity.Warning, document, 2);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Empty((IReadOnlyList<StaticNews.Content.Redirect>)content.StaticProperty("Redirects"));
        Assert.Equal(new[] { "real" }, content.AllSlugs);
    }

    [Fact]
    public void Markup_in_another_site_url_is_percent_encoded_before_it_reaches_the_generated_data()
    {
        var run = Run(
            TestData.Document("moved.md", "---\nredirect_to: 'https://example.org/x?q=\"><script>alert(1)</script>#\"'\n---\n"));

        using var content = LoadedContent.Load(run.OutputCompilation);
        var redirect = Assert.Single((IReadOnlyList<StaticNews.Content.Redirect>)content.StaticProperty("Redirects"));
        Assert.Equal("articles/moved/", redirect.Path);
        Assert.DoesNotContain('"', redirect.Target);
        Assert.DoesNotContain('<', redirect.Target);
        Assert.DoesNotContain('>', redirect.Target);
        Assert.StartsWith("https://example.org/x?q=%22%3E%3Cscript%3E", redirect.Target, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_only_redirects_within_the_site_becomes_an_old_url_of_the_article_it_leads_to()
    {
        var unknown = TestData.DocumentPath("lost.md");
        var taken = TestData.DocumentPath("taken.md");
        var run = Run("time_zone: UTC\npermalink: /:year/:slug/\n",
            TestData.Document("2015-01-01-moved.md", "---\nredirect_to: /2016/new-home/\n---\n"),
            TestData.Document("renamed.md", "---\nurl: /old/renamed.html\nredirect_to: /2016/new-home\n---\n"),
            TestData.Document("lost.md", "---\nredirect_to: /2016/nowhere/\n---\n"),
            TestData.Document("taken.md", "---\nurl: /2016/new-home/\nredirect_to: /2016/new-home/\n---\n"),
            TestData.Document("new-home.md", "---\ntitle: New home\ndate: 2016-03-01\naliases: [/older/]\n---\nThe real post.\n"));

        var urls = UrlsBySource(run);
        Assert.Equal(new[] { "seeds/new-home.md" }, urls.Keys);
        Assert.Equal("2016/new-home/", urls["seeds/new-home.md"].Url);
        // Its own old URL first, then each redirecting document's URL: its url:, else its name placed by the permalink (dated by its Jekyll file name).
        Assert.Equal(new[] { "older/", "2015/moved/", "old/renamed.html" }, urls["seeds/new-home.md"].Aliases);
        var notMade = run.DiagnosticsWithId("SN0038");
        DiagnosticAssert.At(Assert.Single(notMade), "SN0038", DiagnosticSeverity.Warning, unknown, 2);
        Assert.Contains("no article of this site", notMade[0].GetMessage(), StringComparison.Ordinal);
        DiagnosticAssert.At(Assert.Single(run.DiagnosticsWithId("SN0037")), "SN0037", DiagnosticSeverity.Warning, taken, 3);
    }
}
