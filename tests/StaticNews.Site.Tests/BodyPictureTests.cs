using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// Images in Markdown bodies through a whole build, from real JPEG and PNG files made here: Markdown's and raw HTML's
/// img of a file beside the document (or from the content root) become pictures of resized copies named by their
/// content's hash, as lead pictures are; another site's image, a missing file, a path or a link leaving the content root and
/// a picture too large to resize are warnings at their lines, shown as written, and the site builds.
/// </summary>
public sealed class BodyPictureTests : IDisposable
{
    private static readonly Regex CopyUrl = new(@"^/images/[a-z0-9-]+-[0-9a-f]{20}-\d+\.(webp|jpg|png)$");

    private readonly TempDirectory _temp = new();

    public BodyPictureTests()
    {
        Directory.CreateDirectory(_temp.Combine("site", "news", "img"));
        File.WriteAllText(Config, "title: Picture News\nbase_url: https://example.org/\n");
        TestPictures.MakePhoto(Root("news", "square.jpg"), 2000, 1200, seed: 1);
        TestPictures.MakePhoto(Root("news", "img", "small.jpg"), 300, 200, seed: 2);
        TestPictures.MakePhoto(Root("news", "map.jpg"), 1000, 500, seed: 3);
        TestPictures.MakePhoto(_temp.Combine("outside.jpg"), 800, 600, seed: 4);
    }

    private string Output => _temp.Combine("_site");

    private string Config => _temp.Combine("staticnews.yml");

    private string Root(params string[] parts) => Path.Combine([_temp.Combine("site"), .. parts]);

    public void Dispose() => _temp.Dispose();

    private BuildResult Build(IReadOnlyList<MarkdownArticle> articles, RenderCache? cache = null)
    {
        foreach (var article in articles)
        {
            File.WriteAllText(Root(article.SourcePath), article.Document);
        }
        var result = SiteBuilder.Build(articles, [], new BuildOptions { OutputDirectory = Output, ConfigFile = Config, ContentRoot = _temp.Combine("site") }, cache);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result;
    }

    private IElement BodyOf(string slug) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, "articles", slug, "index.html"))).QuerySelector(".article-body")!;

    private static MarkdownArticle Photos() => new("photos", """
        The square filled by noon.

        ![Crowds on Republic Square](square.jpg "At noon")

        A small one: ![A badge](img/small.jpg), and the map from the content root:

        <figure><img src="/news/map.jpg" alt="The route of the march"><figcaption>The route.</figcaption></figure>

        The end.
        """);

    [Fact]
    public void Markdown_and_raw_html_images_become_pictures_of_resized_copies_with_their_size_lazily_loaded()
    {
        var result = Build([Photos()]);

        Assert.Empty(result.Problems);
        var body = BodyOf("photos");
        var pictures = body.QuerySelectorAll("picture").ToList();
        Assert.Equal(3, pictures.Count);
        var square = HashOf(Root("news", "square.jpg"));
        var img = pictures[0].QuerySelector("img")!;
        Assert.Equal($"/images/square-{square}-960.jpg", img.GetAttribute("src"));
        Assert.Equal($"/images/square-{square}-480.jpg 480w, /images/square-{square}-960.jpg 960w, /images/square-{square}-1600.jpg 1600w", img.GetAttribute("srcset"));
        Assert.Equal(("960", "576"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(("Crowds on Republic Square", "At noon"), (img.GetAttribute("alt"), img.GetAttribute("title")));
        Assert.Equal(("lazy", "async"), (img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        var webp = Assert.Single(pictures[0].QuerySelectorAll("source"));
        Assert.Equal("image/webp", webp.GetAttribute("type"));
        Assert.Equal($"/images/square-{square}-480.webp 480w, /images/square-{square}-960.webp 960w, /images/square-{square}-1600.webp 1600w", webp.GetAttribute("srcset"));

        // Never upscaled: a picture narrower than every width has one copy, its own width.
        var small = pictures[1].QuerySelector("img")!;
        var smallHash = HashOf(Root("news", "img", "small.jpg"));
        Assert.Equal(($"/images/small-{smallHash}-300.jpg", $"/images/small-{smallHash}-300.jpg 300w", "300", "200", "A badge"),
            (small.GetAttribute("src"), small.GetAttribute("srcset"), small.GetAttribute("width"), small.GetAttribute("height"), small.GetAttribute("alt")));
        Assert.Equal("P", pictures[1].ParentElement!.TagName);

        // Raw HTML's img, by a path from the content root, in its figure with its caption.
        var map = pictures[2].QuerySelector("img")!;
        Assert.Equal("FIGURE", pictures[2].ParentElement!.TagName);
        Assert.Equal(($"/images/map-{HashOf(Root("news", "map.jpg"))}-960.jpg", "960", "480", "The route of the march", "lazy"),
            (map.GetAttribute("src"), map.GetAttribute("width"), map.GetAttribute("height"), map.GetAttribute("alt"), map.GetAttribute("loading")));

        // Every URL of every srcset is a file of the site, of the width it claims, named by its content's hash.
        var urls = pictures.SelectMany(p => p.QuerySelectorAll("source, img"))
            .SelectMany(e => e.GetAttribute("srcset")!.Split(", "))
            .Select(candidate => candidate.Split(' '))
            .ToList();
        Assert.Equal(2 * (3 + 1 + 3), urls.Count);
        foreach (var candidate in urls)
        {
            Assert.Matches(CopyUrl, candidate[0]);
            using var copy = NetVips.Image.NewFromFile(Path.Combine(Output, candidate[0].TrimStart('/')));
            Assert.Equal(candidate[1], copy.Width + "w");
        }
    }

    [Fact]
    public void A_site_under_a_base_path_puts_it_once_before_the_copies()
    {
        File.WriteAllText(Config, "title: Picture News\nbase_url: https://example.org/news/\nbase_path: /news/\n");

        Build([Photos()]);

        var imgs = BodyOf("photos").QuerySelectorAll("picture img").ToList();
        Assert.Equal(3, imgs.Count);
        Assert.All(imgs, img => Assert.StartsWith("/news/images/", img.GetAttribute("src"), StringComparison.Ordinal));
        Assert.All(imgs, img => Assert.All(img.GetAttribute("srcset")!.Split(", "), c => Assert.StartsWith("/news/images/", c, StringComparison.Ordinal)));
    }

    [Fact]
    public void Images_that_cannot_be_sized_are_warnings_at_their_lines_and_are_shown_as_written()
    {
        MakePngBomb(Root("news", "bomb.png"), 30000, 30000);
        using (var huge = File.Create(Root("news", "huge.jpg")))
        {
            huge.SetLength(200L * 1024 * 1024);
        }
        File.WriteAllText(Root("news", "notes.jpg"), "Notes, not a photo.");
        var article = new MarkdownArticle("trouble", """
            The first paragraph.

            ![Gone](gone.jpg)

            ![Remote](https://cdn.example.com/a.jpg)

            ![Escaping](../../outside.jpg) and ![Absolute](C:/photos/a.jpg)

            <img src="/../outside.jpg" alt="Escaping in HTML">

            ![Bomb](bomb.png)

            ![Huge](huge.jpg)

            ![Notes](notes.jpg)

            ![Fine](square.jpg)

            ![Linked](linked.jpg)

            ![Encoded](%2e%2e/%2e%2e/outside.jpg)
            """);
        File.CreateSymbolicLink(Root("news", "linked.jpg"), _temp.Combine("outside.jpg"));

        var result = Build([article]);

        var document = Root("news", "trouble.md");
        string At(int line, string code) => $"{document}({line},1): warning {code}: the body's image ";
        var expected = new[]
        {
            At(9, "SNS0021") + "'gone.jpg' was not found",
            At(11, "SNS0023") + "'https://cdn.example.com/a.jpg' is on another site and cannot be sized",
            At(13, "SNS0021") + "'../../outside.jpg' is outside the content root",
            At(13, "SNS0021") + "'C:/photos/a.jpg' is not a path to a file of the documents folder",
            At(15, "SNS0021") + "'/../outside.jpg' is outside the content root",
            At(17, "SNS0024") + "'bomb.png' is too large to resize (30,000×30,000 pixels",
            At(19, "SNS0024") + "'huge.jpg' is too large to resize (209,715,200 bytes",
            At(21, "SNS0022") + "'notes.jpg' is not a picture that can be read",
            At(25, "SNS0021") + "'linked.jpg' is a link to a file outside the content root",
            At(27, "SNS0021") + "'%2e%2e/%2e%2e/outside.jpg' is outside the content root",
        };
        Assert.Equal(expected.Length, result.Problems.Count);
        foreach (var start in expected)
        {
            Assert.Single(result.Problems, p => p.StartsWith(start, StringComparison.Ordinal));
        }
        Assert.All(result.Problems, p => Assert.EndsWith("; it is shown as written", p, StringComparison.Ordinal));

        // Shown as written, the rest of the body as ever; only the one good picture was resized, nothing from outside.
        var body = BodyOf("trouble");
        Assert.Equal(
            ["gone.jpg", "https://cdn.example.com/a.jpg", "../../outside.jpg", "/../outside.jpg", "bomb.png", "huge.jpg", "notes.jpg", "linked.jpg", "%2e%2e/%2e%2e/outside.jpg"],
            body.QuerySelectorAll("img").Where(i => i.ParentElement!.TagName != "PICTURE").Select(i => i.GetAttribute("src")));
        Assert.Single(body.QuerySelectorAll("picture"));
        Assert.All(Directory.GetFiles(Path.Combine(Output, "images")), f => Assert.StartsWith("square-", Path.GetFileName(f), StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_picture_too_large_to_resize_is_a_warning_at_its_image_line()
    {
        MakePngBomb(Root("news", "bomb.png"), 30000, 30000);

        var result = Build([new MarkdownArticle("lead", "Just text.", 1, "bomb.png", "A bomb")]);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith($"{Root("news", "lead.md")}(4,1): warning SNS0024: the image 'bomb.png' is too large to resize (30,000×30,000 pixels; the limit is 100,000,000 pixels)", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("<figure", File.ReadAllText(Path.Combine(Output, "articles", "lead", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_body_image_renders_its_page_again_though_the_document_did_not_change()
    {
        var cacheFile = _temp.Combine("obj", "staticnews.render-cache");
        Build([Photos()], RenderCache.Persistent(cacheFile));
        Assert.Equal(0, Build([Photos()], RenderCache.Persistent(cacheFile)).PagesRendered);

        var oldHash = HashOf(Root("news", "img", "small.jpg"));
        TestPictures.MakePhoto(Root("news", "img", "small.jpg"), 300, 200, seed: 9);
        var result = Build([Photos()], RenderCache.Persistent(cacheFile));

        Assert.Equal(2, result.PictureCopiesMade);
        Assert.True(result.PagesRendered > 0);
        var page = File.ReadAllText(Path.Combine(Output, "articles", "photos", "index.html"));
        Assert.Contains($"/images/small-{HashOf(Root("news", "img", "small.jpg"))}-300.jpg", page, StringComparison.Ordinal);
        Assert.DoesNotContain(oldHash, page, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(Output, "images")), f => f.Contains(oldHash, StringComparison.Ordinal));
    }

    private static string HashOf(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..20];

    /// <summary>A PNG of a few bytes whose header claims <paramref name="width"/>×<paramref name="height"/> pixels (a decompression bomb's shape).</summary>
    private static void MakePngBomb(string path, int width, int height)
    {
        var png = NetVips.Image.Black(1, 1).PngsaveBuffer();
        // IHDR is the first chunk: its data (width, height...) starts at byte 16, its CRC (of type and data) at 29.
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        File.WriteAllBytes(path, png);
    }

    /// <summary>PNG's CRC-32 (ISO 3309).</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }
        return ~crc;
    }
}
