using AngleSharp.Html.Parser;
using StaticNews.Site.Rendering;

namespace StaticNews.Site.Tests;

/// <summary>
/// Shortcodes, Liquid tags and template calls are never run (the generator reports them); the page shows them as written,
/// in code, whole, and Jekyll's highlight blocks become code blocks of their language.
/// </summary>
public sealed class TemplateTagRenderingTests
{
    private static AngleSharp.Dom.IElement Body(string markdown) =>
        new HtmlParser().ParseDocument("<body>" + MarkdownRenderer.ToHtml(markdown, "/") + "</body>").Body!;

    [Fact]
    public void A_shortcode_over_several_lines_stays_one_piece_of_code_and_never_becomes_a_quote()
    {
        var body = Body("""
            Before.

            {{< figure
              src="/img/a.png"
              caption="A <b>bold</b> caption"
            >}}

            After.
            """);

        Assert.Empty(body.QuerySelectorAll("blockquote"));
        Assert.Empty(body.QuerySelectorAll("b, figure"));
        var code = Assert.Single(body.QuerySelectorAll("code"));
        Assert.Equal("{{< figure\n  src=\"/img/a.png\"\n  caption=\"A <b>bold</b> caption\"\n>}}", code.TextContent.TrimEnd('\n'));
        Assert.Equal("After.", body.QuerySelectorAll("p").Last().TextContent);
    }

    [Theory]
    [InlineData("See {{<figure src=\"x.png\">}} here.", "{{<figure src=\"x.png\">}}")]
    [InlineData("A {{% note %}} here.", "{{% note %}}")]
    [InlineData("Base {{ site.baseurl }}/x here.", "{{ site.baseurl }}")]
    [InlineData("Code {{code \"server.go\"}} here.", "{{code \"server.go\"}}")]
    [InlineData("{% include footer.html %}", "{% include footer.html %}")]
    public void A_construct_inside_a_line_is_inline_code_as_written(string markdown, string written)
    {
        var body = Body(markdown);

        Assert.Equal(written, Assert.Single(body.QuerySelectorAll("code")).TextContent);
        Assert.Empty(body.QuerySelectorAll("figure, img"));
    }

    [Fact]
    public void A_Jekyll_highlight_block_is_a_code_block_of_its_language()
    {
        var body = Body("""
            Intro.

            {% highlight ruby linenos %}
            def greet(name)
              "Hello, #{name}" # <not a tag>
            end
            {% endhighlight %}

            After.
            """);

        var code = body.QuerySelector("pre > code")!;
        Assert.Equal("language-ruby", code.ClassName);
        Assert.Equal("def greet(name)\n  \"Hello, #{name}\" # <not a tag>\nend\n", code.TextContent);
        Assert.DoesNotContain("highlight", body.TextContent);
        Assert.Equal("After.", body.QuerySelectorAll("p").Last().TextContent);
    }

    [Fact]
    public void A_shortcode_never_closed_ends_at_the_blank_line()
    {
        var body = Body("{{< figure\n  src=\"x\"\n\nAfter **bold**.");

        Assert.Equal("bold", body.QuerySelector("p strong")!.TextContent);
    }

    [Fact]
    public void Inside_fenced_code_a_shortcode_is_plain_code()
    {
        var body = Body("```\n{{< figure\n>}}\n```");

        Assert.Equal("{{< figure\n>}}\n", body.QuerySelector("pre > code")!.TextContent);
    }
}
