using System.Xml;
using AngleSharp.Html.Parser;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// Characters XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF, lone surrogates) never reach a page, the feed or the
/// sitemap, whether a document holds them raw or as a numeric reference that Markdig decodes.
/// </summary>
public sealed class ForbiddenCharacterTests
{
    private const string BaseUrl = "https://example.org/";

    private const string References = "refs &#1; one &#xFFFF; two &#xD800; three &#0; four";

    private static readonly TestArticle[] Articles =
    [
        new("markdown", "Markdown\u0001 title\uFFFF", "Stand\u0001first\uFFFF", published: new DateTimeOffset(2025, 5, 9, 9, 0, 0, TimeSpan.Zero),
            authors: ["Ani\u0001 Hovhannisyan", "Sona\uFFFF"], tags: ["Poli\u0001tics", "Budget\uFFFF"],
            markdown: $"# Heading &#1; &#xFFFF;\n\nRaw \u0001 and \uFFFF and {References}.\n\n[link &#1;](https://example.org/&#1;) ![alt &#xFFFF;](/img.png \"title &#1;\")\n\n`code \u0001`\n"),
        new("plain", "Plain\u0001 title", "Standfirst &#1;", published: new DateTimeOffset(2025, 5, 8, 9, 0, 0, TimeSpan.Zero),
            authors: ["Ani Hovhannisyan\uFFFF"], tags: ["\u0001Politics"], paragraphs: ["Raw \u0001 and \uFFFF.", References]),
    ];

    [Fact]
    public void The_feed_and_the_sitemap_are_well_formed_xml()
    {
        using var site = new RenderedSite(Articles, baseUrl: BaseUrl);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        foreach (var file in new[] { "feed.xml", "sitemap.xml" })
        {
            // CheckCharacters (on by default) rejects every character XML 1.0 forbids, raw or as a reference.
            using var reader = XmlReader.Create(Path.Combine(site.Output, file), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }
        }

        var feed = site.Read("feed.xml");
        Assert.Contains("Markdown title", feed);
        Assert.Contains("Raw  and  and refs", feed);
    }

    [Fact]
    public void No_page_carries_a_character_xml_forbids()
    {
        using var site = new RenderedSite(Articles, baseUrl: BaseUrl);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Problems));

        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".xml" or ".txt")
            .ToList();
        Assert.Contains(files, f => f.EndsWith(Path.Combine("articles", "markdown", "index.html"), StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var at = FirstForbidden(text);
            Assert.True(at is null, at is null ? "" : $"{file}: U+{(int)text[at.Value]:X4} at {at}");
        }

        var page = new HtmlParser().ParseDocument(site.Read("articles/markdown/index.html"));
        Assert.Equal("Markdown title", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Raw  and  and refs", page.QuerySelector(".article-body")!.TextContent);
        Assert.Equal(["Ani Hovhannisyan", "Sona"], page.QuerySelectorAll(".byline a").Select(a => a.TextContent));
    }

    /// <summary>The first character outside XML 1.0's Char production, by the framework's own reading of it.</summary>
    private static int? FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            return i;
        }
        return null;
    }
}
