using System.Reflection;
using Microsoft.CodeAnalysis;
using StaticNews.Content;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// The documents folder's pages/ (issue 19): its documents are parsed by the same parser but are no articles (not in
/// Articles.All, no class of their own); each is a Page in Pages.All and Pages.&lt;Name&gt;, at "&lt;slug&gt;/" or its url:;
/// a URL an article has is not given to a page (SN0037 at the page's title); a draft page is left out.
/// </summary>
public sealed class PagesTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static GeneratorRun Run(params AdditionalText[] documents) =>
        GeneratorHarness.Run(documents.Prepend(TestData.Config("time_zone: UTC\ndocuments: seeds\n")), TestData.Options(null, Now)).AssertHealthy();

    private static IReadOnlyList<Page> PagesOf(LoadedContent content) =>
        (IReadOnlyList<Page>)content.Assembly.GetType("StaticNews.Content.Pages", throwOnError: true)!
            .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private static object PageProperty(LoadedContent content, string name) =>
        content.Assembly.GetType("StaticNews.Content.Pages", throwOnError: true)!
            .GetProperty(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    [Fact]
    public void A_document_of_pages_is_a_page_and_no_article()
    {
        var run = Run(
            TestData.Document("story.txt", "A story\nIts standfirst.\nBody.\n"),
            TestData.Document("pages/about.md", "---\ntitle: About us\ndescription: Who we are.\n---\nWe are a *newsroom*.\n"),
            TestData.Document("pages/contact.txt", "Contact\nWrite to us.\n"));

        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(new[] { "a-story" }, content.AllSlugs);
        Assert.Null(content.BySlug("about"));
        var pages = PagesOf(content);
        Assert.Equal(new[] { "seeds/pages/about.md", "seeds/pages/contact.txt" }, pages.Select(p => p.SourcePath));
        var about = pages[0];
        Assert.Equal(("about", "about/", "About us", "Who we are.", ArticleFormat.Markdown), (about.Slug, about.Url, about.Title, about.Description, about.Format));
        Assert.Equal("We are a *newsroom*.", about.Body.Trim());
        Assert.Same(about, PageProperty(content, "AboutUs"));
        Assert.Equal("contact/", pages[1].Url);
        // A page needs no standfirst.
        Assert.DoesNotContain(run.DiagnosticsWithId("SN0002"), d => d.Location.GetLineSpan().Path.Contains("/pages/"));
        Assert.DoesNotContain(run.OutputCompilation.SyntaxTrees, tree => tree.ToString().Contains("class AboutUs"));
    }

    [Fact]
    public void A_page_does_not_take_an_article_s_url_and_a_draft_page_is_left_out()
    {
        var run = Run(
            TestData.Document("story.md", "---\ntitle: Story\nurl: /about/\n---\nBody.\n"),
            TestData.Document("pages/about.md", "---\ntitle: About\n---\nUs.\n"),
            TestData.Document("pages/policy.md", "---\ntitle: Policy\nurl: /about/\n---\nRules.\n"),
            TestData.Document("pages/later.md", "---\ntitle: Later\ndraft: true\n---\nSoon.\n"));

        using var content = LoadedContent.Load(run.OutputCompilation);
        var pages = PagesOf(content);
        Assert.Equal(new[] { ("about-2/", "seeds/pages/about.md"), ("policy/", "seeds/pages/policy.md") }, pages.Select(p => (p.Url, p.SourcePath)));
        var taken = run.DiagnosticsWithId("SN0037").OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ToList();
        Assert.Equal(2, taken.Count);
        DiagnosticAssert.At(taken[0], "SN0037", DiagnosticSeverity.Warning, TestData.DocumentPath("pages/about.md"), 2);
        DiagnosticAssert.At(taken[1], "SN0037", DiagnosticSeverity.Warning, TestData.DocumentPath("pages/policy.md"), 2);
        Assert.Equal("about/", LoadedContent.Get<string>(content.All.Single(), "Url"));
    }

    [Fact]
    public void A_page_named_from_its_file_does_not_take_the_locked_url_of_a_removed_article()
    {
        var run = GeneratorHarness.Run(new AdditionalText[]
        {
            TestData.Config("time_zone: UTC\ndocuments: seeds\n"),
            new InMemoryAdditionalText(TestData.ContentRoot + "/staticnews.lock", "\"seeds/gone.txt\" = \"about/\"\n"),
            TestData.Document("pages/about.md", "---\ntitle: About\n---\nUs.\n"),
        }, TestData.Options(null, Now)).AssertHealthy();

        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal("about-2/", Assert.Single(PagesOf(content)).Url);
        DiagnosticAssert.At(DiagnosticAssert.Single(run.Diagnostics, "SN0054"), "SN0054", DiagnosticSeverity.Warning, TestData.DocumentPath("pages/about.md"), 2);
    }

    [Fact]
    public void Without_pages_the_class_is_there_and_empty()
    {
        var run = Run(TestData.Document("story.txt", "A story\nIts standfirst.\nBody.\n"));

        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Empty(PagesOf(content));
    }
}
