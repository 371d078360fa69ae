using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Shortcodes, Liquid tags and template calls that Hugo, Jekyll or Go templates would execute are reported (SN0042) at
/// their file and line, saying they are not executed; inside code they are examples and pass unreported.
/// </summary>
public sealed class TemplateTagTests
{
    private const string Head = "---\ntitle: Moved post\nstandfirst: From another generator.\n---\n";

    private static IReadOnlyList<Diagnostic> Reported(string body, string file = "moved.md") =>
        GeneratorHarness.Run(new[] { TestData.Document(file, Head + body) }, TestData.Options()).AssertHealthy()
            .Diagnostics.Where(d => d.Id == "SN0042").ToList();

    [Fact]
    public void Each_kind_is_reported_at_its_file_line_and_column_as_not_executed()
    {
        var path = TestData.DocumentPath("moved.md");
        var diagnostics = Reported("""
            Intro.

            {{< figure src="/img/a.png" caption="A" >}}

            A note: {{% note %}}careful{{% /note %}} and the base {{ site.baseurl }}.

            {% include footer.html %}

            See {{code "server.go"}}.
            """);

        Assert.Collection(diagnostics,
            d => DiagnosticAssert.At(d, "SN0042", DiagnosticSeverity.Warning, path, 7, 1),
            d => DiagnosticAssert.At(d, "SN0042", DiagnosticSeverity.Warning, path, 9, 9),
            d => DiagnosticAssert.At(d, "SN0042", DiagnosticSeverity.Warning, path, 9, 55),
            d => DiagnosticAssert.At(d, "SN0042", DiagnosticSeverity.Warning, path, 11, 1),
            d => DiagnosticAssert.At(d, "SN0042", DiagnosticSeverity.Warning, path, 13, 5));
        var first = diagnostics[0].GetMessage();
        Assert.Contains("Hugo shortcode", first);
        Assert.Contains("{{< figure src=\"/img/a.png\" caption=\"A\" >}}", first);
        Assert.Contains("not executed", first);
        Assert.Contains("template call", diagnostics[2].GetMessage());
        Assert.Contains("Liquid tag", diagnostics[3].GetMessage());
    }

    [Fact]
    public void A_kind_is_reported_once_per_line()
    {
        var diagnostics = Reported("{{< a >}} and {{< b >}} and {{< c >}}\n");

        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_shortcode_over_several_lines_is_reported_once_at_its_first_line()
    {
        var path = TestData.DocumentPath("moved.md");
        var diagnostics = Reported("""
            Text.

            {{< figure
              src="/img/a.png"
              caption="{{ not another }}"
            >}}

            After.
            """);

        DiagnosticAssert.At(Assert.Single(diagnostics), "SN0042", DiagnosticSeverity.Warning, path, 7, 1);
    }

    [Fact]
    public void A_Jekyll_highlight_block_is_reported_as_shown_as_code_of_its_language()
    {
        var diagnostics = Reported("""
            {% highlight ruby %}
            def foo = 1
            {% endhighlight %}
            """);

        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("ruby code block", diagnostics[0].GetMessage());
    }

    [Fact]
    public void Inside_code_blocks_and_code_spans_nothing_is_reported()
    {
        var diagnostics = Reported("""
            Write `{{< figure src="x" >}}` or ``{% raw %}`` in your post.

            ```go-html-template
            {{< figure src="x" >}}
            {{ .Title }}
            ```

            ~~~
            {% highlight ruby %}
            ~~~

            Indented code:

                {{ site.baseurl }}
                {% include x.html %}

            - A list item
                {{< still >}}
            """);

        // Only the shortcode continuing the list item (not code) is reported.
        Assert.Single(diagnostics);
        Assert.Contains("{{< still >}}", diagnostics[0].GetMessage());
    }

    [Fact]
    public void A_construct_never_closed_ends_at_the_blank_line()
    {
        var path = TestData.DocumentPath("moved.md");
        var diagnostics = Reported("Costs {{ unclosed\n\nThen {% include a.html %}.\n");

        Assert.Collection(diagnostics,
            d => DiagnosticAssert.At(d, "SN0042", DiagnosticSeverity.Warning, path, 5, 7),
            d => DiagnosticAssert.At(d, "SN0042", DiagnosticSeverity.Warning, path, 7, 6));
    }

    [Fact]
    public void Single_braces_and_plain_text_are_not_template_tags()
    {
        Assert.Empty(Reported("A set {a, b} and a map { key: 1 } and 50% off.\n"));
    }
}
