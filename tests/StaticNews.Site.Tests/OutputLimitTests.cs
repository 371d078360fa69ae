using StaticNews.Site.Rendering;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// A template that would print without end stops at the documented limit, with the template's file, line and column
/// on one line, instead of filling memory; the build then fails cleanly.
/// </summary>
public sealed class OutputLimitTests : IDisposable
{
    private readonly TempDirectory _templates = new();

    /// <summary>Loop bounds that pass the limit by a quarter: a page of 40 million characters, which today's code wrote.</summary>
    private static readonly int Beyond = PageRenderer.OutputLimit / 100 * 5 / 4;

    public static TheoryData<string, string> Floods => new()
    {
        // Template text in a loop.
        { "{{ for i in 1.." + Beyond + " }}" + new string('x', 100) + "{{ end }}", "index.sbn(1," },
        // A value printed in a loop.
        { "{{ line = '" + new string('y', 100) + "' }}\n{{ for i in 1.." + Beyond + " }}{{ line }}{{ end }}", "index.sbn(2," },
        // A string that doubles until it is printed: stopped while it is built.
        { "{{ s = 'z'\nfor i in 1..40\n  s = s + s\nend }}{{ s }}", "index.sbn(3," },
    };

    [Theory]
    [MemberData(nameof(Floods))]
    public void A_template_that_prints_without_end_stops_at_the_limit_with_file_line_and_column(string template, string place)
    {
        File.WriteAllText(_templates.Combine("index.sbn"), template);
        using var site = new RenderedSite([new TestArticle("story", "A story", paragraphs: ["Body."])], templatesDirectory: _templates.Path);

        Assert.False(site.Result.Succeeded);
        var problem = Assert.Single(site.Result.Problems);
        Assert.Contains(_templates.Combine(place), problem);
        Assert.Contains("SNS0014", problem);
        Assert.DoesNotContain('\n', problem);
        Assert.False(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void A_page_just_under_the_limit_is_written()
    {
        // The article page's body is written twice (the page, then the layout around it): each must fit on its own.
        var paragraph = new string('w', PageRenderer.OutputLimit - 100_000);
        using var site = new RenderedSite([new TestArticle("long", "A long story", paragraphs: [paragraph])]);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));
        Assert.Contains(paragraph, site.Read("articles/long/index.html"));
    }

    [Fact]
    public void A_template_that_includes_itself_stops_with_its_name()
    {
        File.WriteAllText(_templates.Combine("404.sbn"), "<p>again</p>\n{{ include '404.sbn' }}");
        using var site = new RenderedSite([new TestArticle("story", "A story", paragraphs: ["Body."])], templatesDirectory: _templates.Path);

        Assert.False(site.Result.Succeeded);
        var problem = Assert.Single(site.Result.Problems);
        Assert.Contains(_templates.Combine("404.sbn") + "(2,", problem);
        Assert.DoesNotContain('\n', problem);
    }

    public void Dispose() => _templates.Dispose();
}
