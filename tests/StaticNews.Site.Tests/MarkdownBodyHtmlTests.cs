using AngleSharp.Html.Parser;
using StaticNews.Site.Rendering;

namespace StaticNews.Site.Tests;

/// <summary>
/// What a blog moved from Hugo, Jekyll or Zola writes in its bodies: raw HTML reaches readers through the allow-list,
/// never as escaped markup and never with script; Markdig's extensions give headings ids, footnotes, definition lists
/// and "{#id}" attributes.
/// </summary>
public sealed class MarkdownBodyHtmlTests
{
    private static AngleSharp.Dom.IElement Body(string markdown, string basePath = "/") =>
        new HtmlParser().ParseDocument("<body>" + MarkdownRenderer.ToHtml(markdown, basePath) + "</body>").Body!;

    [Fact]
    public void A_figure_with_a_picture_and_caption_is_kept_as_markup_not_shown_as_text()
    {
        var body = Body("""
            Before.

            <figure>
              <picture>
                <source srcset="/img/a.webp 1x, /img/a@2x.webp 2x" type="image/webp">
                <img src="/img/a.png" alt="A chart" width="640" height="480" loading="lazy">
              </picture>
              <figcaption>The <em>chart</em></figcaption>
            </figure>
            """, "/blog/");

        var img = body.QuerySelector("figure picture img")!;
        Assert.Equal("/blog/img/a.png", img.GetAttribute("src"));
        Assert.Equal("A chart", img.GetAttribute("alt"));
        Assert.Equal("640", img.GetAttribute("width"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("/blog/img/a.webp 1x, /blog/img/a@2x.webp 2x", body.QuerySelector("source")!.GetAttribute("srcset"));
        Assert.Equal("The chart", body.QuerySelector("figcaption")!.TextContent);
        Assert.DoesNotContain("<", body.TextContent);
    }

    [Fact]
    public void Details_tables_and_inline_tags_are_kept()
    {
        var body = Body("""
            <details><summary>More</summary>Hidden text</details>

            <table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>

            Water is H<sub>2</sub>O, see<sup>1</sup>, <em>really</em>.
            """);

        Assert.Equal("More", body.QuerySelector("details > summary")!.TextContent);
        Assert.Equal("1", body.QuerySelector("table tbody td")!.TextContent);
        Assert.Equal("2", body.QuerySelector("sub")!.TextContent);
        Assert.Equal("1", body.QuerySelector("sup")!.TextContent);
        Assert.Equal("really", body.QuerySelector("p em")!.TextContent);
        Assert.DoesNotContain("<", body.TextContent);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>\n\nText.")]
    [InlineData("Text <script>alert(1)</script>.")]
    [InlineData("<img src=\"/a.png\" onerror=\"alert(1)\">\n\nText.")]
    [InlineData("<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">Text</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">Text</a>")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"q\"><button>Go</button></form>Text")]
    [InlineData("<svg><script>alert(1)</script></svg>Text")]
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe>Text")]
    [InlineData("<div onmouseover=\"alert(1)\">Text</div>")]
    public void Script_handlers_javascript_urls_and_forms_never_reach_the_page(string markdown)
    {
        var body = Body(markdown);

        Assert.Empty(body.QuerySelectorAll("script, form, button, svg, iframe"));
        Assert.Empty(body.QuerySelectorAll("input:not([type=checkbox])"));
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.DoesNotContain("javascript", element.GetAttribute("href") ?? "", StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain("alert", body.TextContent);
        Assert.Contains("Text", body.TextContent);
    }

    [Fact]
    public void A_style_element_and_style_attributes_are_dropped_but_table_alignment_stays()
    {
        var body = Body("""
            <style>body { display: none }</style>

            <p style="color: red; position: fixed">Red</p>

            | A | B |
            |--:|:--|
            | 1 | 2 |
            """);

        Assert.Empty(body.QuerySelectorAll("style"));
        Assert.DoesNotContain("display", body.TextContent);
        Assert.Null(body.QuerySelector("p")!.GetAttribute("style"));
        Assert.Equal("text-align: right", body.QuerySelector("td")!.GetAttribute("style")!.TrimEnd(';', ' '));
    }

    [Theory]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ", true)]
    [InlineData("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", true)]
    [InlineData("https://player.vimeo.com/video/76979871", true)]
    [InlineData("//www.youtube.com/embed/dQw4w9WgXcQ", true)]
    [InlineData("http://www.youtube.com/embed/dQw4w9WgXcQ", false)]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", false)]
    [InlineData("https://evil.example/embed/x", false)]
    [InlineData("https://www.youtube.com.evil.example/embed/x", false)]
    [InlineData("/local/page.html", false)]
    public void Only_video_players_of_the_allowed_hosts_are_embedded(string src, bool kept)
    {
        var body = Body($"<iframe src=\"{src}\" width=\"560\" height=\"315\" allowfullscreen></iframe>\n\nText.");

        var frame = body.QuerySelector("iframe");
        if (kept)
        {
            Assert.NotNull(frame);
            Assert.False(string.IsNullOrWhiteSpace(frame.GetAttribute("title")));
        }
        else
        {
            Assert.Null(frame);
        }
    }

    [Fact]
    public void Headings_get_unique_GitHub_style_ids_that_in_page_links_reach()
    {
        var body = Body("""
            See [the setup](#setup-and-use).

            ## Setup and use

            ## Setup and use

            ## Main
            """);

        var ids = body.QuerySelectorAll("h2").Select(h => h.GetAttribute("id")).ToList();
        Assert.Equal("setup-and-use", ids[0]);
        Assert.Equal(3, ids.Distinct().Count());
        Assert.NotEqual("main", ids[2]);
        Assert.Equal("#setup-and-use", body.QuerySelector("p a")!.GetAttribute("href"));
    }

    [Fact]
    public void Markdown_alone_gets_the_base_path_once_and_no_id_the_page_uses()
    {
        var body = Body("## Search\n\n[Home](/about/) ![A chart](/img/a.png) [Away](https://example.org/x)", "/blog/");

        Assert.Equal("/blog/about/", body.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/blog/img/a.png", body.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("https://example.org/x", body.QuerySelectorAll("a")[1].GetAttribute("href"));
        Assert.NotEqual("search", body.QuerySelector("h2")!.Id);
    }

    [Fact]
    public void Raw_html_ids_never_repeat_a_heading_id()
    {
        var body = Body("## Notes\n\n<div id=\"notes\">Raw</div>");

        Assert.Equal(2, body.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Footnotes_link_to_their_notes_and_show_no_markers()
    {
        var body = Body("""
            A claim.[^1]

            [^1]: The source.
            """);

        var reference = body.QuerySelector("sup a, a sup")!;
        Assert.NotNull(reference);
        var href = body.QuerySelector("a.footnote-ref")!.GetAttribute("href")!;
        Assert.StartsWith("#", href);
        Assert.NotNull(body.QuerySelector("[id='" + href[1..] + "']"));
        Assert.Contains("The source.", body.QuerySelector(".footnotes")!.TextContent);
        Assert.DoesNotContain("[^1]", body.TextContent);
    }

    [Fact]
    public void Definition_lists_become_dl()
    {
        var body = Body("""
            Term
            :   Its definition.
            """);

        Assert.Equal("Term", body.QuerySelector("dl dt")!.TextContent);
        Assert.Equal("Its definition.", body.QuerySelector("dl dd")!.TextContent.Trim());
    }

    [Fact]
    public void Heading_attributes_set_the_id_and_class_and_are_not_printed()
    {
        var body = Body("## Getting started {#start .lead}\n\nSee [above](#start).");

        var heading = body.QuerySelector("h2")!;
        Assert.Equal("start", heading.Id);
        Assert.Contains("lead", heading.ClassList);
        Assert.Equal("Getting started", heading.TextContent.Trim());
        Assert.DoesNotContain("{", body.TextContent);
    }

    [Fact]
    public void Attributes_cannot_add_event_handlers()
    {
        var body = Body("## Title {onclick=\"alert(1)\" #t}");

        Assert.Null(body.QuerySelector("h2")!.GetAttribute("onclick"));
    }

    [Fact]
    public void Task_lists_show_disabled_named_checkboxes()
    {
        var body = Body("- [x] Done\n- [ ] Open");

        var boxes = body.QuerySelectorAll("li input[type=checkbox]");
        Assert.Equal(2, boxes.Length);
        Assert.All(boxes, b => Assert.True(b.HasAttribute("disabled")));
        Assert.All(boxes, b => Assert.False(string.IsNullOrEmpty(b.GetAttribute("aria-label"))));
        Assert.DoesNotContain("[x]", body.TextContent);
    }

    [Theory]
    [InlineData("<div><p>unclosed <em>x</p></table></b>")]
    [InlineData("<<<>>><img src=\"x\" <p")]
    [InlineData("</div></div></details><summary>")]
    [InlineData("<table><tr><td>a<td>b</table")]
    [InlineData("<!-- never closed")]
    public void Malformed_html_renders_without_throwing(string markdown)
    {
        var body = Body(markdown + "\n\nAfter.");

        Assert.Empty(body.QuerySelectorAll("script"));
    }
}
