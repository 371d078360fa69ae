using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

public sealed class TemplateTests : IDisposable
{
    private readonly TempDirectory _templates = new();

    private void Override(string name, string text)
    {
        var path = _templates.Combine(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static List<TestArticle> Many(int count) =>
        Enumerable.Range(0, count).Select(i => new TestArticle($"a-{i:0000}", $"Article {i:0000}", paragraphs: ["Body."])).ToList();

    [Fact]
    public void A_users_template_overrides_the_built_in_one_file_by_file()
    {
        Override("404.sbn", "<p id=\"custom\">Gone fishing</p>");
        using var site = new RenderedSite(Many(1), templatesDirectory: _templates.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Equal("Gone fishing", site.Page("404.html").QuerySelector("#custom")!.TextContent);
        // The layout and the other pages still come from the built-in templates.
        Assert.NotNull(site.Page("404.html").QuerySelector("header.masthead"));
        Assert.NotNull(site.Page("index.html").QuerySelector(".lead-headline"));
    }

    [Fact]
    public void Nested_includes_give_each_page_its_own_text_and_nothing_of_the_page_before()
    {
        // Include outputs are reused from page to page: every article page must hold its own title once, inside the
        // outer partial, and no other article's.
        Override("article.sbn", "{{ include 'partials/outer.sbn' }}|after");
        // The inner partial is kept in a variable and written after more text, so an inner include that wrote into
        // (or emptied) the outer one's output would show in the page.
        Override("partials/outer.sbn", "<div class=\"outer\">{{ inner = include 'partials/inner.sbn' }}before-{{ inner }}</div>");
        Override("partials/inner.sbn", "<span class=\"inner\">{{ article.Title }}</span>");
        var articles = Many(40);
        using var site = new RenderedSite(articles, templatesDirectory: _templates.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        foreach (var article in articles)
        {
            var main = site.Page($"articles/{article.Slug}/index.html").QuerySelector("main")!;
            Assert.Equal($"<div class=\"outer\">before-<span class=\"inner\">{article.Title}</span></div>|after", main.InnerHtml.Trim());
        }
    }

    [Fact]
    public void Loops_run_over_more_than_a_thousand_articles()
    {
        // Scriban stops loops after 1,000 iterations by default; a news archive has many more articles.
        Override("index.sbn", "<ol>{{ for a in articles }}<li>{{ a.Title }}</li>{{ end }}</ol>");
        using var site = new RenderedSite(Many(1_500), templatesDirectory: _templates.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Equal(1_500, site.Page("index.html").QuerySelectorAll("li").Length);
    }

    [Fact]
    public void A_template_syntax_error_names_file_line_and_column_and_fails_the_render()
    {
        Override("article.sbn", "<h1>{{ article.Title }}</h1>\n<p>{{ for x in }}</p>\n");
        using var site = new RenderedSite(Many(1), templatesDirectory: _templates.Path);

        Assert.False(site.Result.Succeeded);
        var problem = Assert.Single(site.Result.Problems, p => p.Contains("article.sbn"));
        Assert.Contains(_templates.Combine("article.sbn") + "(2,", problem);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_runtime_error_in_a_template_names_the_template_and_line()
    {
        Override("index.sbn", "<p>ok</p>\n{{ lead.NoSuchMember }}\n");
        using var site = new RenderedSite(Many(1), templatesDirectory: _templates.Path);

        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Result.Problems, p => p.Contains("index.sbn(2,") && p.Contains("NoSuchMember"));
    }

    [Fact]
    public void Templates_cannot_include_files_outside_the_templates_folders()
    {
        var secret = _templates.Combine("..", "secret.txt");
        File.WriteAllText(secret, "TOP SECRET");
        Override("404.sbn", "{{ include '../secret.txt' }}");
        using var site = new RenderedSite(Many(1), templatesDirectory: _templates.Path);

        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Result.Problems, p => p.Contains("must be a path inside the templates folder"));
        File.Delete(secret);
    }

    [Fact]
    public void A_template_that_links_to_a_file_outside_its_folder_is_refused_and_named()
    {
        using var outside = new TempDirectory();
        var secret = outside.Combine("passwd");
        File.WriteAllText(secret, "root:x:0:0:TOP SECRET");
        Override("404.sbn", "{{ include 'leak.sbn' }}");
        File.CreateSymbolicLink(_templates.Combine("leak.sbn"), secret);
        using var site = new RenderedSite(Many(1), templatesDirectory: _templates.Path);

        Assert.False(site.Result.Succeeded);
        var problem = Assert.Single(site.Result.Problems, p => p.Contains("SNS0013"));
        // The include's own place comes first, then the file refused.
        Assert.Contains(_templates.Combine("404.sbn") + "(1,", problem);
        Assert.Contains(_templates.Combine("leak.sbn") + ": error SNS0013:", problem);
        Assert.DoesNotContain('\n', problem);
        Assert.DoesNotContain("TOP SECRET", string.Join("\n", site.Result.Problems));
        Assert.False(File.Exists(Path.Combine(site.Output, "404.html")));
    }

    [Fact]
    public void A_folder_of_templates_that_links_outside_is_refused_too()
    {
        using var outside = new TempDirectory();
        File.WriteAllText(outside.Combine("story.sbn"), "TOP SECRET");
        Directory.CreateSymbolicLink(_templates.Combine("partials"), outside.Path);
        using var site = new RenderedSite(Many(3), templatesDirectory: _templates.Path);

        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Result.Problems, p => p.Contains(_templates.Combine("partials", "story.sbn") + ": error SNS0013:"));
    }

    [Fact]
    public void A_link_that_stays_inside_the_templates_folder_is_followed()
    {
        Override("parts/real.sbn", "<p id=\"linked\">From the linked file</p>");
        File.CreateSymbolicLink(_templates.Combine("alias.sbn"), Path.Combine("parts", "real.sbn"));
        Override("404.sbn", "{{ include 'alias.sbn' }}");
        using var site = new RenderedSite(Many(1), templatesDirectory: _templates.Path);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Equal("From the linked file", site.Page("404.html").QuerySelector("#linked")!.TextContent);
    }

    public void Dispose() => _templates.Dispose();
}
