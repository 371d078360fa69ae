using StaticNews.Content;
using StaticNews.Site.Images;
using StaticNews.Site.Live;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Serving;
using StaticNews.Site.Tests.Infrastructure;
using StaticNews.Site.Views;

namespace StaticNews.Site.Tests;

/// <summary>Which images a Markdown body shows, and on which of its lines: Markdown's (inline and by reference) and raw HTML's, never code's.</summary>
public sealed class BodyImageReferencesTests
{
    [Fact]
    public void Preparing_the_pictures_hashes_each_body_it_reads_as_reading_it_again_would()
    {
        Article[] articles =
        [
            new TestArticle("one", "One", markdown: "First body, no image.\n"),
            new TestArticle("two", "Two", markdown: "![A photo](missing.jpg)\n\nSecond body.\n"),
            new TestArticle("plain", "Plain", paragraphs: ["A plain-text body has no images to look for."]),
        ];
        var site = new SiteView("The Daily", "", "en", "https://example.org/", "/", SearchEnabled: false);
        var bodies = new ArticleBodyDigests();

        SitePictures.Prepare(articles, site, Path.GetTempPath(), new MemoryPictureFiles(new Dictionary<string, ServedFile>()), ImageCache.None(), bodies);

        // The two Markdown bodies, read once for their images, are hashed there; the plain-text one is not read.
        Assert.Equal(2, bodies.Computed);
        var fresh = new ArticleBodyDigests();
        Assert.Equal(fresh.Of(articles[0]), bodies.Of(articles[0]));
        Assert.Equal(fresh.Of(articles[1]), bodies.Of(articles[1]));
        Assert.Equal(2, bodies.Computed);
    }

    [Fact]
    public void Inline_reference_and_raw_html_images_are_found_at_their_lines()
    {
        var markdown = """
            ![Inline](inline.jpg) and ![By reference][pic]

            <figure>
            <img class="wide" src='html.jpg' alt="x">
            <img src=bare.png>
            </figure>

            Text with <img src="inline-html.jpg"> inside.

            [pic]: <by reference.jpg>
            """;

        Assert.Equal(
            [new("inline.jpg", 0), new("by reference.jpg", 0), new("html.jpg", 3), new("bare.png", 4), new("inline-html.jpg", 7)],
            BodyImageReferences.In(markdown).OrderBy(r => r.BodyLine).ThenBy(r => markdown.IndexOf(r.Url, StringComparison.Ordinal)));
    }

    [Fact]
    public void Images_in_code_are_text_and_a_body_without_images_is_not_parsed()
    {
        var markdown = """
            Write `![alt](code.jpg)` for a picture.

                ![indented](code-block.jpg)

            ```html
            <img src="fenced.jpg">
            ```
            """;

        Assert.Empty(BodyImageReferences.In(markdown));
        Assert.Empty(BodyImageReferences.In("No pictures here, only [a link](page.html)."));
    }

    [Theory]
    [InlineData("photo%20one.jpg", "photo one.jpg")]
    [InlineData("img\\photo.jpg", "img/photo.jpg")]
    [InlineData("photo.jpg?v=2#top", "photo.jpg")]
    [InlineData("%2e%2e/secret.jpg", "../secret.jpg")]
    public void A_url_is_looked_up_decoded_as_a_browser_reads_it(string url, string key)
    {
        Assert.Equal(key, BodyImageReference.KeyOf(url));
    }
}
