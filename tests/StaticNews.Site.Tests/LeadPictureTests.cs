using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// Lead pictures through a whole build, from real JPEG and PNG files made here with libvips: copies at 480, 960 and
/// 1600 pixels (never wider than the picture) as WebP and JPEG (PNG for one with transparency), named by the content's
/// hash; the article page's figure with srcset, sizes, width, height, alt and caption; og:image and JSON-LD with sizes;
/// a missing file or one that is no picture a warning at its line while the site builds; and the picture cache, which
/// makes a second build resize nothing and an edited picture resize only its own copies.
/// </summary>
public sealed class LeadPictureTests : IDisposable
{
    private static readonly Regex CopyName = new(@"^images/(?<stem>[a-z0-9-]+)-(?<hash>[0-9a-f]{20})-(?<width>\d+)\.(?<ext>webp|jpg|png)$");

    private readonly TempDirectory _temp = new();

    public LeadPictureTests()
    {
        Directory.CreateDirectory(_temp.Combine("news"));
        File.WriteAllText(Config, "title: Picture News\nbase_url: https://example.org/\n");
        TestPictures.MakePhoto(_temp.Combine("news", "square.jpg"), 2000, 1200, seed: 1);
        MakeTransparentPng(_temp.Combine("news", "logo.png"), 700, 500);
    }

    private string Output => _temp.Combine("_site");

    private string Config => _temp.Combine("staticnews.yml");

    private string CacheFile => _temp.Combine("obj", "staticnews.render-cache");

    public void Dispose() => _temp.Dispose();

    private List<Article> Articles() =>
    [
        new PictureArticle("square", "square.jpg", alt: "Crowds on Republic Square", caption: "The square at noon.", credit: "Photo: A. Photographer", day: 3),
        new PictureArticle("logo", "/news/logo.png", alt: "The party's logo", day: 2),
    ];

    private BuildResult Build(IReadOnlyList<Article> articles, string? output = null, RenderCache? cache = null)
    {
        var result = SiteBuilder.Build(articles, [], new BuildOptions { OutputDirectory = output ?? Output, ConfigFile = Config, ContentRoot = _temp.Path }, cache);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result;
    }

    [Fact]
    public void A_lead_picture_is_copied_at_each_width_up_to_its_own_under_its_content_hash()
    {
        Build(Articles());

        var copies = Directory.EnumerateFiles(Path.Combine(Output, "images"))
            .Select(file => Path.GetRelativePath(Output, file).Replace('\\', '/'))
            .Select(name => (Name: name, Match: CopyName.Match(name)))
            .ToList();
        Assert.All(copies, copy => Assert.True(copy.Match.Success, copy.Name));
        var squareHash = HashOf(_temp.Combine("news", "square.jpg"));
        var logoHash = HashOf(_temp.Combine("news", "logo.png"));
        Assert.Equal(
            new[] { $"logo-{logoHash}-480.png", $"logo-{logoHash}-480.webp", $"logo-{logoHash}-700.png", $"logo-{logoHash}-700.webp",
                $"square-{squareHash}-1600.jpg", $"square-{squareHash}-1600.webp", $"square-{squareHash}-480.jpg", $"square-{squareHash}-480.webp",
                $"square-{squareHash}-960.jpg", $"square-{squareHash}-960.webp" },
            copies.Select(c => c.Name["images/".Length..]).Order(StringComparer.Ordinal));
        foreach (var (name, match) in copies)
        {
            // Each file is a picture of the width its name says, in the format its extension says, never wider than the original.
            using var image = NetVips.Image.NewFromFile(Path.Combine(Output, name));
            var width = int.Parse(match.Groups["width"].Value);
            Assert.Equal(width, image.Width);
            Assert.True(width <= (match.Groups["stem"].Value == "logo" ? 700 : 2000), name);
            Assert.Equal(match.Groups["ext"].Value switch { "jpg" => "jpegload", "png" => "pngload", _ => "webpload" }, (string)image.Get("vips-loader"));
            Assert.InRange(image.Height, width * (match.Groups["stem"].Value == "logo" ? 500 : 1200) / (match.Groups["stem"].Value == "logo" ? 700 : 2000) - 1,
                width * (match.Groups["stem"].Value == "logo" ? 500 : 1200) / (match.Groups["stem"].Value == "logo" ? 700 : 2000) + 1);
        }
    }

    [Fact]
    public void The_article_page_shows_a_figure_with_srcset_size_alt_and_caption_and_describes_the_picture_to_readers()
    {
        Build(Articles());
        var hash = HashOf(_temp.Combine("news", "square.jpg"));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, "articles", "square", "index.html")));

        var figure = Assert.Single(page.QuerySelectorAll("article figure"));
        var source = Assert.Single(figure.QuerySelectorAll("picture > source"));
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal($"/images/square-{hash}-480.webp 480w, /images/square-{hash}-960.webp 960w, /images/square-{hash}-1600.webp 1600w", source.GetAttribute("srcset"));
        var img = Assert.Single(figure.QuerySelectorAll("picture > img"));
        Assert.Equal($"/images/square-{hash}-960.jpg", img.GetAttribute("src"));
        Assert.Equal($"/images/square-{hash}-480.jpg 480w, /images/square-{hash}-960.jpg 960w, /images/square-{hash}-1600.jpg 1600w", img.GetAttribute("srcset"));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        Assert.Equal(("960", "576"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("Crowds on Republic Square", img.GetAttribute("alt"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Null(img.GetAttribute("loading"));
        var caption = Assert.Single(figure.QuerySelectorAll("figcaption"));
        Assert.Equal("The square at noon. Photo: A. Photographer", caption.TextContent);

        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.Equal($"https://example.org/images/square-{hash}-1600.jpg", Meta("meta[property='og:image']"));
        Assert.Equal(("1600", "960"), (Meta("meta[property='og:image:width']"), Meta("meta[property='og:image:height']")));
        Assert.Equal("Crowds on Republic Square", Meta("meta[property='og:image:alt']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal("max-image-preview:large", Meta("meta[name='robots']"));
        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        var images = json.GetProperty("image").EnumerateArray().Select(i => (i.GetProperty("url").GetString(), i.GetProperty("width").GetInt32(), i.GetProperty("height").GetInt32()));
        Assert.Equal(new[]
        {
            ((string?)$"https://example.org/images/square-{hash}-1600.jpg", 1600, 960),
            ($"https://example.org/images/square-{hash}-960.jpg", 960, 576),
            ($"https://example.org/images/square-{hash}-480.jpg", 480, 288),
        }, images);

        // A list shows the small copy, lazily, with its size.
        var archive = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, "tags", "politics", "index.html")));
        var small = archive.QuerySelectorAll("img.story-picture").Single(i => i.GetAttribute("alt") == "Crowds on Republic Square");
        Assert.Equal(($"/images/square-{hash}-480.jpg", "480", "288", "lazy"),
            (small.GetAttribute("src"), small.GetAttribute("width"), small.GetAttribute("height"), small.GetAttribute("loading")));
    }

    [Fact]
    public void A_missing_picture_and_a_file_that_is_no_picture_are_warnings_at_their_lines_and_the_site_builds()
    {
        File.WriteAllText(_temp.Combine("news", "notes.jpg"), "These are notes, not a photo.");
        var articles = Articles();
        articles.Add(new PictureArticle("gone", "gone.jpg", alt: "Gone", imageLine: 7));
        articles.Add(new PictureArticle("notes", "notes.jpg", alt: "Notes", imageLine: 5));

        var result = Build(articles);

        var gone = Assert.Single(result.Problems, p => p.Contains("SNS0017", StringComparison.Ordinal));
        Assert.StartsWith(_temp.Combine("news", "gone.md") + "(7,1): warning SNS0017: the image 'gone.jpg' was not found", gone, StringComparison.Ordinal);
        var notes = Assert.Single(result.Problems, p => p.Contains("SNS0018", StringComparison.Ordinal));
        Assert.StartsWith(_temp.Combine("news", "notes.md") + "(5,1): warning SNS0018: the image 'notes.jpg' is not a picture", notes, StringComparison.Ordinal);
        Assert.All(result.Problems, p => Assert.DoesNotContain("\n", p, StringComparison.Ordinal));
        foreach (var slug in new[] { "gone", "notes" })
        {
            var page = File.ReadAllText(Path.Combine(Output, "articles", slug, "index.html"));
            Assert.DoesNotContain("<figure", page, StringComparison.Ordinal);
            Assert.DoesNotContain("og:image", page, StringComparison.Ordinal);
        }
        Assert.Contains("<figure", File.ReadAllText(Path.Combine(Output, "articles", "square", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_build_resizes_nothing_and_an_edited_picture_resizes_only_its_own_copies()
    {
        Assert.Equal(10, Build(Articles(), cache: RenderCache.Persistent(CacheFile)).PictureCopiesMade);

        Assert.Equal(0, Build(Articles(), cache: RenderCache.Persistent(CacheFile)).PictureCopiesMade);

        // A new output folder: the copies come from the picture cache beside the render cache, not from libvips.
        var elsewhere = _temp.Combine("elsewhere");
        Assert.Equal(0, Build(Articles(), elsewhere, RenderCache.Persistent(CacheFile)).PictureCopiesMade);
        Assert.Equal(Directory.GetFiles(Path.Combine(Output, "images")).Select(Path.GetFileName).Order(),
            Directory.GetFiles(Path.Combine(elsewhere, "images")).Select(Path.GetFileName).Order());

        // Another photo under the same name: only its six copies are made, under its new hash; the old ones leave the site.
        var oldHash = HashOf(_temp.Combine("news", "square.jpg"));
        TestPictures.MakePhoto(_temp.Combine("news", "square.jpg"), 2000, 1200, seed: 2);
        Assert.Equal(6, Build(Articles(), cache: RenderCache.Persistent(CacheFile)).PictureCopiesMade);
        var names = Directory.GetFiles(Path.Combine(Output, "images")).Select(Path.GetFileName).ToList();
        Assert.Equal(6, names.Count(n => n!.Contains(HashOf(_temp.Combine("news", "square.jpg")), StringComparison.Ordinal)));
        Assert.DoesNotContain(names, n => n!.Contains(oldHash, StringComparison.Ordinal));
        Assert.Contains(HashOf(_temp.Combine("news", "square.jpg")), File.ReadAllText(Path.Combine(Output, "articles", "square", "index.html")), StringComparison.Ordinal);
    }

    private static string HashOf(string file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..20];

    /// <summary>A PNG with an alpha channel (its copies stay PNG, not JPEG).</summary>
    private static void MakeTransparentPng(string path, int width, int height)
    {
        using var colour = NetVips.Image.Perlin(width, height, cellSize: 100, uchar: true, seed: 7);
        using var rgb = colour.Bandjoin(colour, colour);
        using var alpha = NetVips.Image.Perlin(width, height, cellSize: 50, uchar: true, seed: 8);
        using var rgba = rgb.Bandjoin(alpha);
        rgba.Pngsave(path);
    }
}
