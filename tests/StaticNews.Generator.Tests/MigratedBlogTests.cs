using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Posts as Hugo, Zola, Jekyll, a Ghost export and a Go-style blog write them, copied in unchanged: each keeps its title,
/// date (with its offset), byline, standfirst and tags; TOML front matter is read; the keys other generators use are
/// understood whatever their case; a broken TOML block or an unreadable date is reported at its line.
/// </summary>
public sealed class MigratedBlogTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static GeneratorRun Run(params AdditionalText[] documents) =>
        GeneratorHarness.Run(documents.Prepend(TestData.Config("time_zone: Europe/Berlin\n")), TestData.Options(null, Now)).AssertHealthy();

    private static void WithArticle(GeneratorRun run, Action<object> check)
    {
        using var content = LoadedContent.Load(run.OutputCompilation);
        check(Assert.Single(content.All));
    }

    private static void AssertArticle(GeneratorRun run, string title, string date, string[] authors, string standfirst, string[] tags)
    {
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal(title, LoadedContent.Get<string>(article, "Title"));
        var published = LoadedContent.Get<DateTimeOffset?>(article, "Published");
        Assert.NotNull(published);
        Assert.Equal(date, published!.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(authors, LoadedContent.Get<IReadOnlyList<string>>(article, "Authors"));
        Assert.Equal(standfirst, LoadedContent.Get<string>(article, "Standfirst"));
        Assert.Equal(tags, LoadedContent.Get<IReadOnlyList<string>>(article, "Tags"));
    }

    [Fact]
    public void A_Hugo_post_with_TOML_front_matter_keeps_its_metadata()
    {
        var run = Run(TestData.Document("kubernetes-1-30.md", """
            +++
            title = "Kubernetes 1.30: Beyond the Basics"
            date = 2024-04-09T10:00:00-07:00
            lastmod = 2024-04-10T08:00:00Z
            draft = false
            summary = "What changed for cluster operators."
            author = "Kevin Hannon (Google), Michał Woźniak (Red Hat)"
            tags = ["kubernetes", "release"]
            categories = ["Release", "kubernetes"]
            aliases = ["/blog/2024/04/09/k8s-130/"]
            weight = 3
            +++

            The release brings *many* changes.
            """));

        Assert.Empty(run.Diagnostics);
        AssertArticle(run, "Kubernetes 1.30: Beyond the Basics", "2024-04-09T10:00:00-07:00",
            new[] { "Kevin Hannon (Google)", "Michał Woźniak (Red Hat)" }, "What changed for cluster operators.",
            new[] { "kubernetes", "release", "Release" });
        WithArticle(run, article =>
        {
            Assert.Equal(new DateTimeOffset(2024, 4, 10, 8, 0, 0, TimeSpan.Zero), LoadedContent.Get<DateTimeOffset?>(article, "Updated"));
            // Keys no one maps stay typed custom fields, as in YAML.
            Assert.Equal(3L, LoadedContent.Get<IReadOnlyDictionary<string, object>>(article, "Fields")["weight"]);
        });
    }

    [Fact]
    public void A_Zola_post_reads_its_taxonomies_and_extra_tables()
    {
        var run = Run(TestData.Document("rust-2024.md", """
            +++
            title = "Announcing Rust 2024"
            description = "The new edition is stable."
            date = 2025-02-20
            path = "2025/02/20/rust-2024"

            [taxonomies]
            tags = ["rust", "editions"]

            [extra]
            authors = ["The Rust Release Team"]
            +++
            The body.
            """));

        Assert.Empty(run.Diagnostics);
        AssertArticle(run, "Announcing Rust 2024", "2025-02-20T00:00:00+01:00",
            new[] { "The Rust Release Team" }, "The new edition is stable.", new[] { "rust", "editions" });
    }

    [Fact]
    public void A_Jekyll_post_reads_its_date_with_offset_and_categories()
    {
        var run = Run(TestData.Document("2013-05-06-welcome-to-jekyll.md", """
            ---
            layout: post
            Title: "Welcome to Jekyll!"
            date: 2013-05-06 02:12:52 +0200
            categories: jekyll update
            author: "[Tom Preston-Werner](https://github.com/mojombo) and Parker Moore"
            excerpt: You'll find this post in your _posts directory.
            redirect_from:
              - /2013/05/welcome/
            ---
            You'll find this post in your `_posts` directory.
            """));

        Assert.Empty(run.Diagnostics);
        AssertArticle(run, "Welcome to Jekyll!", "2013-05-06T02:12:52+02:00",
            new[] { "Tom Preston-Werner", "Parker Moore" }, "You'll find this post in your _posts directory.",
            new[] { "jekyll update" });
    }

    [Fact]
    public void A_Jekyll_post_without_a_date_takes_it_from_its_file_name()
    {
        var run = Run(TestData.Document("2013-5-06-undated.md", "---\ntitle: Undated\nsummary: S.\n---\nBody.\n"));

        Assert.Empty(run.Diagnostics);
        AssertArticle(run, "Undated", "2013-05-06T00:00:00+02:00", Array.Empty<string>(), "S.", Array.Empty<string>());
    }

    [Fact]
    public void A_Ghost_export_shaped_post_keeps_its_metadata()
    {
        var run = Run(TestData.Document("ghost-post.md", """
            ---
            title: "Ghost 5.0 is here"
            slug: ghost-5-0
            published_at: 2022-05-23T14:30:00.000Z
            date: Mon, 23 May 2022 14:30:00 +0000
            updated: 2022-05-24T09:00:00.000Z
            excerpt: A new major version, with tiers and newsletters.
            authors:
              - John O'Nolan
              - Hannah Wolfe
            tags: [Releases, Ghost]
            status: published
            ---
            Body.
            """));

        Assert.Empty(run.Diagnostics);
        AssertArticle(run, "Ghost 5.0 is here", "2022-05-23T14:30:00+00:00",
            new[] { "John O'Nolan", "Hannah Wolfe" }, "A new major version, with tiers and newsletters.", new[] { "Releases", "Ghost" });
        WithArticle(run, article =>
            Assert.Equal("published", LoadedContent.Get<IReadOnlyDictionary<string, object>>(article, "Fields")["status"]));
    }

    [Fact]
    public void A_Go_blog_style_post_with_by_and_non_padded_date_keeps_its_metadata()
    {
        var run = Run(TestData.Document("go1.22.md", """
            ---
            title: Go 1.22 is released!
            date: 2024-2-06
            by:
            - Eli Bendersky, on behalf of the Go team
            - Russ Cox & Ian Lance Taylor
            summary: Go 1.22 enhances for loops, brings new standard library functionality and improves performance.
            ---
            Body.
            """));

        Assert.Empty(run.Diagnostics);
        AssertArticle(run, "Go 1.22 is released!", "2024-02-06T00:00:00+01:00",
            // A list is one author an item, as written: "on behalf of the Go team" is no author of its own.
            new[] { "Eli Bendersky, on behalf of the Go team", "Russ Cox & Ian Lance Taylor" },
            "Go 1.22 enhances for loops, brings new standard library functionality and improves performance.", Array.Empty<string>());
    }

    [Theory]
    [InlineData("Martin Luther King, Jr.", new[] { "Martin Luther King, Jr." })]
    [InlineData("Ann Lee; Bo Chen", new[] { "Ann Lee", "Bo Chen" })]
    [InlineData("Ann Lee, Bo Chen, and Cy Diaz", new[] { "Ann Lee", "Bo Chen", "Cy Diaz" })]
    [InlineData("[Ann Lee](https://example.com/ann) & Bo Chen", new[] { "Ann Lee", "Bo Chen" })]
    [InlineData("Alexander Sandberg", new[] { "Alexander Sandberg" })]
    public void An_author_string_is_split_into_names(string written, string[] expected)
    {
        var run = Run(TestData.Document("a.md", $"---\ntitle: A\nstandfirst: S.\nauthor: \"{written}\"\n---\nBody.\n"));

        Assert.Empty(run.Diagnostics);
        WithArticle(run, article => Assert.Equal(expected, LoadedContent.Get<IReadOnlyList<string>>(article, "Authors")));
    }

    [Fact]
    public void Published_false_and_a_past_expiry_date_leave_articles_out_as_drafts_and_future_articles_are()
    {
        var run = Run(
            TestData.Document("unpublished.md", "---\ntitle: Unpublished\nstandfirst: S.\npublished: false\n---\nBody.\n"),
            TestData.Document("expired.md", "---\ntitle: Expired\nstandfirst: S.\ndate: 2024-01-01\nexpiryDate: 2025-01-01\n---\nBody.\n"),
            TestData.Document("current.md", "---\ntitle: Current\nstandfirst: S.\ndate: 2024-01-01\nexpirydate: 2026-01-01\n---\nBody.\n"));

        Assert.Collection(run.Diagnostics,
            d => DiagnosticAssert.At(d, "SN0019", DiagnosticSeverity.Info, TestData.DocumentPath("expired.md"), 2, 1),
            d => DiagnosticAssert.At(d, "SN0019", DiagnosticSeverity.Info, TestData.DocumentPath("unpublished.md"), 2, 1));
        Assert.Contains("expired on 2025-01-01", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(new[] { "current" }, content.AllSlugs);
    }

    [Fact]
    public void Broken_TOML_front_matter_is_SN0034_at_its_line_and_the_body_is_still_read()
    {
        var path = TestData.DocumentPath("broken.md");
        var run = Run(TestData.Document("broken.md", "+++\ntitle = \"Fine\"\ndate = = 2024-01-01\n+++\n# Heading title\n\nThe body.\n"));

        Assert.Collection(run.Diagnostics,
            d => DiagnosticAssert.At(d, "SN0034", DiagnosticSeverity.Warning, path, 3, 8),
            d => Assert.Equal("SN0002", d.Id));
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("Heading title", LoadedContent.Get<string>(article, "Title"));
        Assert.Equal("The body.", LoadedContent.Call<string>(article, "GetMarkdown"));
    }

    [Fact]
    public void Unclosed_TOML_front_matter_is_SN0011_asking_for_the_closing_plus_signs()
    {
        var path = TestData.DocumentPath("unclosed.md");
        var run = Run(TestData.Document("unclosed.md", "+++\ntitle = \"Unclosed\"\n\n# Heading\n\nBody.\n"));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "SN0011");
        DiagnosticAssert.At(diagnostic, "SN0011", DiagnosticSeverity.Warning, path, 1, 1);
        Assert.Contains("closing '+++'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_date_is_SN0015_at_its_value_naming_the_forms_expected()
    {
        var path = TestData.DocumentPath("bad-date.md");
        var run = Run(TestData.Document("bad-date.md", "---\ntitle: Bad date\nstandfirst: S.\ndate: 6th of May, 2013\n---\nBody.\n"));

        DiagnosticAssert.At(Assert.Single(run.Diagnostics), "SN0015", DiagnosticSeverity.Warning, path, 4, 7);
        Assert.Contains("2013-05-06 02:12:52 +0200", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Mon, 06 May 2013 02:12:52 +0200", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Markdown_document_without_a_standfirst_is_told_to_add_it_to_front_matter()
    {
        var run = Run(TestData.Document("no-standfirst.md", "---\ntitle: No standfirst\n---\nBody.\n"));

        var message = Assert.Single(run.Diagnostics).GetMessage();
        Assert.Contains("front matter", message, StringComparison.Ordinal);
        Assert.Contains("summary:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("second non-empty line", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Staticnews_yml_front_matter_gives_StaticNews_keys_more_names()
    {
        var config = TestData.Config("time_zone: Europe/Berlin\nfront_matter:\n  standfirst: [teaser, dek]\n  authors: Writer\n  section: [categories]\n  colour: [hue]\n");
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            config,
            TestData.Document("mapped.md", "---\ntitle: Mapped\nDek: The dek is the standfirst.\nwriter: Ann Lee and Bo Chen\ncategories: Politics\ntags: [Vote]\nhue: blue\n---\nBody.\n"),
        }, TestData.Options(null, Now)).AssertHealthy();

        var diagnostic = Assert.Single(run.Diagnostics);
        DiagnosticAssert.At(diagnostic, "SN0008", DiagnosticSeverity.Warning, TestData.ConfigPath, 6, 3);
        Assert.Contains("'colour' is not a key StaticNews reads", diagnostic.GetMessage(), StringComparison.Ordinal);
        WithArticle(run, article =>
        {
            Assert.Equal("The dek is the standfirst.", LoadedContent.Get<string>(article, "Standfirst"));
            Assert.Equal(new[] { "Ann Lee", "Bo Chen" }, LoadedContent.Get<IReadOnlyList<string>>(article, "Authors"));
            // Mapped elsewhere, categories are the section and no longer tags.
            Assert.Equal("Politics", LoadedContent.Get<string>(article, "Section"));
            Assert.Equal(new[] { "Vote" }, LoadedContent.Get<IReadOnlyList<string>>(article, "Tags"));
            Assert.Equal("blue", LoadedContent.Get<IReadOnlyDictionary<string, object>>(article, "Fields")["hue"]);
        });
    }
}
