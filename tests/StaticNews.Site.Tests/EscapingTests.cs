using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>Every text field is shown literally: no markup from a document is live, no template code runs.</summary>
public sealed class EscapingTests
{
    private const string HostileTitle = "<script>alert('title')</script> & \"quotes\"";
    private const string TemplateCode = "{{ site.Title }} {{ include '../../etc/passwd' }}";
    private const string HostileParagraph = "<img src=x onerror=alert(1)> <a href=\"javascript:alert(2)\">x</a>";
    private const string HostileNote = "</aside><script>alert('note')</script>";

    private static RenderedSite Render() => new([
        new TestArticle("hostile", HostileTitle, standfirst: TemplateCode, editorsNote: HostileNote, paragraphs: [HostileParagraph, TemplateCode]),
    ], config: "title: Safe Site\n");

    [Fact]
    public void Article_page_contains_no_markup_from_the_document()
    {
        using var site = Render();
        var page = site.Page("articles/hostile/index.html");

        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
        Assert.Empty(page.QuerySelectorAll("img"));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript']"));
        Assert.Equal(HostileTitle, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(HostileNote, page.QuerySelector(".editors-note")!.TextContent);
        Assert.Equal([HostileParagraph, TemplateCode], page.QuerySelectorAll(".article-body p").Select(p => p.TextContent));
    }

    [Fact]
    public void Template_syntax_in_content_is_shown_literally_not_executed()
    {
        using var site = Render();
        var page = site.Page("articles/hostile/index.html");

        Assert.Equal(TemplateCode, page.QuerySelector(".article-header .standfirst")!.TextContent);
        Assert.DoesNotContain("Safe Site Safe Site", page.Body!.TextContent);
    }

    [Fact]
    public void Attribute_values_are_escaped_too()
    {
        using var site = Render();
        var page = site.Page("articles/hostile/index.html");

        Assert.Equal(TemplateCode, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Single(page.Head!.QuerySelectorAll("meta[name=description]"));
    }

    [Fact]
    public void Json_ld_keeps_a_hostile_title_inside_its_script_element()
    {
        using var site = Render();
        var page = site.Page("articles/hostile/index.html");

        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        Assert.DoesNotContain("<", script.TextContent);
        using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
        Assert.Equal(HostileTitle, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public void Front_page_escapes_headlines()
    {
        using var site = Render();
        var page = site.Page("index.html");

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal(HostileTitle, page.QuerySelector(".lead-headline")!.TextContent);
    }
}
