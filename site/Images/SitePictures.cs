using System.Collections.Concurrent;
using System.Security.Cryptography;
using StaticNews.Content;
using StaticNews.Site.Views;

namespace StaticNews.Site.Images;

/// <summary>
/// load → resize → write for the articles' lead pictures: each picture file is read once (not at all when the cache
/// knows it unchanged), each copy is made once per content (kept from the output or the cache when it exists), and
/// written into the new site. A picture that is missing, unreadable or no picture is a warning naming the document
/// and the line of its <c>image:</c>; its article is shown without it, and the rest of the site builds.
/// </summary>
public sealed class SitePictures
{
    private readonly ConcurrentDictionary<string, PictureView> _bySlug = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _problems = [];
    private int _resized;

    private SitePictures()
    {
    }

    /// <summary>Each article's picture view, by slug: only articles whose picture could be shown.</summary>
    public IReadOnlyDictionary<string, PictureView> BySlug => _bySlug;

    /// <summary>One line per picture that could not be shown (SNS0017-SNS0019), sorted by document.</summary>
    public IReadOnlyList<string> Problems => [.. _problems.Order(StringComparer.Ordinal)];

    /// <summary>How many copies this build made (resized and encoded); the others were kept from the output or the cache.</summary>
    public int CopiesMade => _resized;

    public static SitePictures Prepare(IReadOnlyList<Article> articles, SiteView site, string contentRoot, IPictureFiles output, ImageCache cache)
    {
        var pictures = new SitePictures();
        var local = new ConcurrentDictionary<string, List<Article>>(StringComparer.Ordinal);
        foreach (var article in articles.Where(a => a.Image is not null))
        {
            if (IsRemote(article.Image!))
            {
                pictures._bySlug[article.Slug] = PictureView.Remote(article.Image!, article.ImageAlt, article.ImageCaption, article.ImageCredit);
            }
            else if (LeadImageFile.Find(article, contentRoot, out var problem) is { } path)
            {
                local.GetOrAdd(path, _ => []).Add(article);
            }
            else
            {
                pictures.Report(article, contentRoot, "SNS0017", $"the image '{article.Image}' {problem}; the article is shown without it");
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        // Load: the facts of every file (its hash and size), read only when the cache does not know it unchanged.
        var sources = new ConcurrentDictionary<string, (ImageFacts Facts, Lazy<byte[]> Bytes, string Path)>(StringComparer.Ordinal);
        var usersOf = new ConcurrentDictionary<string, ConcurrentBag<Article>>(StringComparer.Ordinal);
        Parallel.ForEach(local, parallel, entry =>
        {
            var (path, users) = (entry.Key, entry.Value);
            if (pictures.Load(path, cache, out var problem) is { } source)
            {
                sources.TryAdd(source.Facts.Hash, source);
                foreach (var article in users)
                {
                    usersOf.GetOrAdd(source.Facts.Hash, _ => []).Add(article);
                    pictures._bySlug[article.Slug] = PictureView.Sized(ImageCopies.Of(source.Facts, path), site, article.ImageAlt, article.ImageCaption, article.ImageCredit);
                }
            }
            else
            {
                foreach (var article in users)
                {
                    pictures.Report(article, contentRoot, problem!.Value.Code, $"the image '{article.Image}' {problem.Value.Text}; the article is shown without it");
                }
            }
        });

        // Resize and write: each content once, whatever files or articles share it.
        Parallel.ForEach(sources.Values, parallel, source =>
        {
            try
            {
                foreach (var copy in ImageCopies.Of(source.Facts, source.Path))
                {
                    pictures.Write(copy, source.Bytes, output, cache);
                }
            }
            catch (NetVips.VipsException e)
            {
                foreach (var article in usersOf[source.Facts.Hash])
                {
                    pictures._bySlug.TryRemove(article.Slug, out _);
                    pictures.Report(article, contentRoot, "SNS0018", $"the image '{article.Image}' could not be resized ({ImageResizer.Reason(e)}); the article is shown without it");
                }
            }
        });
        return pictures;
    }

    private (ImageFacts Facts, Lazy<byte[]> Bytes, string Path)? Load(string path, ImageCache cache, out (string Code, string Text)? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(path);
            var (length, ticks) = (info.Length, info.LastWriteTimeUtc.Ticks);
            var bytes = new Lazy<byte[]>(() => File.ReadAllBytes(path), LazyThreadSafetyMode.ExecutionAndPublication);
            var facts = cache.Known(path, length, ticks);
            if (facts is null)
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes.Value))[..20];
                facts = ImageResizer.Probe(bytes.Value, hash, out var reason);
                if (facts is null)
                {
                    problem = ("SNS0018", $"is not a picture that can be read ({reason}); use a JPEG, PNG, WebP, GIF or AVIF file");
                    return null;
                }
            }
            cache.Remember(path, length, ticks, facts);
            return (facts, bytes, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = ("SNS0019", $"cannot be read ({e.Message})");
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException)
        {
            // NetVips.Native.linux-x64 brings libvips for Linux x64; another platform needs its own NetVips.Native package.
            problem = ("SNS0019", $"cannot be read here: libvips did not load on this platform ({e.GetBaseException().Message})");
            return null;
        }
    }

    private void Write(ImageCopy copy, Lazy<byte[]> source, IPictureFiles output, ImageCache cache)
    {
        // The name holds the content's hash: a file of that name in the output is that copy.
        if (output.Keep(copy.File))
        {
            cache.Use(copy.File);
            return;
        }
        var bytes = cache.Find(copy.File);
        if (bytes is null)
        {
            bytes = ImageResizer.Resize(source.Value, copy.Width, copy.Format);
            Interlocked.Increment(ref _resized);
            cache.Keep(copy.File, bytes);
        }
        output.Write(copy.File, bytes);
    }

    private void Report(Article article, string contentRoot, string code, string text)
    {
        var document = Path.GetFullPath(Path.Combine(contentRoot, article.SourcePath));
        var where = article.ImageLine > 0 ? $"{document}({article.ImageLine},1)" : document;
        _problems.Add($"{where}: warning {code}: {text}");
    }

    private static bool IsRemote(string image) =>
        Uri.TryCreate(image, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
