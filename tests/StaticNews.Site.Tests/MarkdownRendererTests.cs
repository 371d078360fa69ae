using AngleSharp.Html.Parser;
using StaticNews.Site.Rendering;

namespace StaticNews.Site.Tests;

public sealed class MarkdownRendererTests
{
    private static AngleSharp.Dom.IElement Body(string markdown) =>
        new HtmlParser().ParseDocument("<body>" + MarkdownRenderer.ToHtml(markdown, "/") + "</body>").Body!;

    [Theory]
    [InlineData("![a chart](javascript:alert(1))")]
    [InlineData("![a chart](JaVaScRiPt:alert(1) \"title\")")]
    [InlineData("![a chart](data:text/html,<script>alert(1)</script>)")]
    [InlineData("![a chart](vbscript:msgbox)")]
    public void An_unsafe_image_leaves_its_alt_text_once_and_no_image(string markdown)
    {
        var body = Body(markdown);

        Assert.Equal("a chart", body.TextContent.Trim());
        Assert.Empty(body.QuerySelectorAll("img"));
    }

    [Fact]
    public void An_unsafe_image_with_marked_up_alt_text_leaves_the_text_once()
    {
        var body = Body("Before ![a *big* chart](javascript:alert(1)) after.");

        Assert.Equal("Before a big chart after.", body.TextContent.Trim());
        Assert.Empty(body.QuerySelectorAll("img"));
    }

    [Fact]
    public void A_safe_image_keeps_its_alt_text_as_the_attribute_only()
    {
        var body = Body("![a chart](/chart.png)");

        Assert.Equal("a chart", body.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("", body.TextContent.Trim());
    }

    [Theory]
    [InlineData("# A\n\n## B\n\n### C", "h2 h3 h4")]
    [InlineData("### Starts deep\n\n# Top\n\n#### Jumps", "h2 h2 h3")]
    [InlineData("## A\n\n###### F\n\n## B", "h2 h3 h2")]
    public void Body_headings_sit_under_the_page_heading_and_skip_no_level(string markdown, string levels) =>
        Assert.Equal(levels, string.Join(' ', Body(markdown).QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName)));
}
