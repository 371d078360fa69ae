using System.Collections.Concurrent;
using System.Security.Cryptography;
using StaticNews.Content;
using StaticNews.Site.Rendering.Caching;
using StaticNews.Site.Views;

namespace StaticNews.Site.Images;

/// <summary>
/// load → resize → write for the articles' pictures: their lead pictures and the images their Markdown bodies show.
/// Each picture file is read once (not at all when the cache knows it unchanged), each copy is made once per content
/// (kept from the output or the cache when it exists), and written into the new site. A lead picture that is missing,
/// unreadable, too large or no picture is a warning naming the document and the line of its <c>image:</c>, and its
/// article is shown without it; a body image in that case is a warning at its line and is shown as written. Either
/// way the rest of the site builds.
/// </summary>
public sealed class SitePictures
{
    private readonly ConcurrentDictionary<string, PictureView> _bySlug = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, PictureView>> _bodies = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _problems = [];
    private readonly ConcurrentDictionary<Article, Lazy<int[]>> _documentLines = new(ReferenceEqualityComparer.Instance);
    private int _resized;

    private SitePictures()
    {
    }

    /// <summary>Each article's picture view, by slug: only articles whose picture could be shown.</summary>
    public IReadOnlyDictionary<string, PictureView> BySlug => _bySlug;

    /// <summary>The body images that could be sized, by article slug: only articles that have one.</summary>
    public IReadOnlyDictionary<string, BodyPictures> BodiesBySlug { get; private set; } = new Dictionary<string, BodyPictures>();

    /// <summary>One line per picture that could not be shown (SNS0017-SNS0019, SNS0021-SNS0024), sorted by document.</summary>
    public IReadOnlyList<string> Problems => [.. _problems.Order(StringComparer.Ordinal)];

    /// <summary>Every picture file the articles show (lead and body pictures) that was found, full paths, sorted.</summary>
    public IReadOnlyList<string> Files { get; private set; } = [];

    /// <summary>How many copies this build made (resized and encoded); the others were kept from the output or the cache.</summary>
    public int CopiesMade => _resized;

    /// <summary>Where a picture is used: as the article's lead picture (<see cref="Body"/> null) or as an image of its body.</summary>
    private sealed record Use(Article Article, BodyImageReference? Body);

    private sealed record Source(ImageFacts Facts, Lazy<byte[]> Bytes, string Path);

    /// <param name="bodies">Given, each body read here for its images is hashed too, so the fingerprints and the search do not read it again.</param>
    public static SitePictures Prepare(IReadOnlyList<Article> articles, SiteView site, string contentRoot, IPictureFiles output, ImageCache cache,
        ArticleBodyDigests? bodies = null)
    {
        var pictures = new SitePictures();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        var local = new ConcurrentDictionary<string, List<Use>>(StringComparer.Ordinal);
        // One pass over the articles (the preview makes this step on every update that adds or removes one): each lead
        // picture found, and each body's images when known without reading it.
        var images = new IReadOnlyList<BodyImageReference>?[articles.Count];
        var unknown = new List<int>();
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i];
            if (article.Image is { } image)
            {
                pictures.FindLeadPicture(article, image, contentRoot, local);
            }
            if (!BodyImageReferences.TryKnown(article, out images[i]))
            {
                unknown.Add(i);
            }
        }
        // Finding a body's images reads the body: that is most of this step, so it runs on every core, for the articles
        // not looked at before (the preview keeps an unchanged document's article).
        Parallel.ForEach(unknown, parallel, i =>
        {
            // Only Markdown bodies are unknown here, and each is read once, for its images and its digest.
            var markdown = articles[i].GetMarkdown() ?? "";
            images[i] = BodyImageReferences.Of(articles[i], markdown);
            bodies?.Of(articles[i], markdown);
        });
        for (var i = 0; i < articles.Count; i++)
        {
            for (var j = 0; j < images[i]!.Count; j++)
            {
                pictures.FindBodyImage(new Use(articles[i], images[i]![j]), contentRoot, local);
            }
        }

        // Load: the facts of every file (its hash and size), read only when the cache does not know it unchanged.
        var sources = new ConcurrentDictionary<string, Source>(StringComparer.Ordinal);
        var usersOf = new ConcurrentDictionary<string, ConcurrentBag<Use>>(StringComparer.Ordinal);
        Parallel.ForEach(local, parallel, entry =>
        {
            var (path, users) = (entry.Key, entry.Value);
            if (pictures.Load(path, cache, out var problem) is { } source)
            {
                sources.TryAdd(source.Facts.Hash, source);
                var copies = ImageCopies.Of(source.Facts, path);
                var bodyView = new Lazy<PictureView>(() => PictureView.Sized(copies, site, null, null, null));
                foreach (var use in users)
                {
                    usersOf.GetOrAdd(source.Facts.Hash, _ => []).Add(use);
                    var article = use.Article;
                    if (use.Body is { } body)
                    {
                        pictures._bodies.GetOrAdd(article.Slug, _ => new(StringComparer.Ordinal))[BodyImageReference.KeyOf(body.Url)] = bodyView.Value;
                    }
                    else
                    {
                        pictures._bySlug[article.Slug] = PictureView.Sized(copies, site, article.ImageAlt, article.ImageCaption, article.ImageCredit);
                    }
                }
            }
            else
            {
                foreach (var use in users)
                {
                    pictures.Report(use, contentRoot, problem!.Value.Code, problem.Value.Text);
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
                foreach (var use in usersOf[source.Facts.Hash])
                {
                    if (use.Body is { } body)
                    {
                        pictures._bodies[use.Article.Slug].TryRemove(BodyImageReference.KeyOf(body.Url), out _);
                    }
                    else
                    {
                        pictures._bySlug.TryRemove(use.Article.Slug, out _);
                    }
                    pictures.Report(use, contentRoot, "SNS0018", $"could not be resized ({ImageResizer.Reason(e)})");
                }
            }
        });
        pictures.Files = [.. local.Keys.Order(StringComparer.Ordinal)];
        pictures.BodiesBySlug = pictures._bodies.Where(body => !body.Value.IsEmpty)
            .ToDictionary(body => body.Key, body => new BodyPictures(new Dictionary<string, PictureView>(body.Value, StringComparer.Ordinal)), StringComparer.Ordinal);
        return pictures;
    }

    /// <summary>Where a lead picture's file is: another site's picture is shown as given; one not found is a warning (SNS0017).</summary>
    private void FindLeadPicture(Article article, string image, string contentRoot, ConcurrentDictionary<string, List<Use>> local)
    {
        if (IsRemote(image))
        {
            _bySlug[article.Slug] = PictureView.Remote(image, article.ImageAlt, article.ImageCaption, article.ImageCredit);
        }
        else if (PictureFile.Find(image, article.SourcePath, contentRoot, out var problem) is { } path)
        {
            local.GetOrAdd(path, _ => []).Add(new Use(article, null));
        }
        else
        {
            Report(new Use(article, null), contentRoot, "SNS0017", problem!);
        }
    }

    /// <summary>
    /// Where a body image's file is: another site's image is shown as given (it cannot be sized); a URL of another
    /// kind (a drive letter, file:) and a path outside the content root are never read.
    /// </summary>
    private void FindBodyImage(Use use, string contentRoot, ConcurrentDictionary<string, List<Use>> local)
    {
        var url = use.Body!.Url;
        if (IsRemote(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            Report(use, contentRoot, "SNS0023", "is on another site and cannot be sized (no width or height, one size for every screen)");
        }
        else if (HasScheme(url))
        {
            Report(use, contentRoot, "SNS0021", "is not a path to a file of the documents folder, so it is not read");
        }
        else if (BodyImageReference.KeyOf(url) is { Length: > 0 } key && !key.StartsWith('#'))
        {
            if (PictureFile.Find(key, use.Article.SourcePath, contentRoot, out var problem) is { } path)
            {
                local.GetOrAdd(path, _ => []).Add(use);
            }
            else
            {
                Report(use, contentRoot, "SNS0021", problem!);
            }
        }
    }

    private Source? Load(string path, ImageCache cache, out (string Code, string Text)? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(path);
            var (length, ticks) = (info.Length, info.LastWriteTimeUtc.Ticks);
            if (ImageLimits.ProblemWithLength(length) is { } tooLong)
            {
                problem = ("SNS0024", tooLong);
                return null;
            }
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
            // From the header alone: nothing has been decoded yet.
            if (ImageLimits.ProblemWithSize(facts) is { } tooLarge)
            {
                problem = ("SNS0024", tooLarge);
                return null;
            }
            cache.Remember(path, length, ticks, facts);
            return new Source(facts, bytes, path);
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

    /// <summary>
    /// One warning: at the <c>image:</c> line for a lead picture (the article is shown without it), at the image's line
    /// for a body image (shown as written). A body image's problems have codes of their own (SNS0021-SNS0023); a picture
    /// too large (SNS0024) is one code for both.
    /// </summary>
    private void Report(Use use, string contentRoot, string code, string text)
    {
        var article = use.Article;
        var document = Path.GetFullPath(Path.Combine(contentRoot, article.SourcePath));
        if (use.Body is not { } body)
        {
            var where = article.ImageLine > 0 ? $"{document}({article.ImageLine},1)" : document;
            _problems.Add($"{where}: warning {code}: the image '{article.Image}' {text}; the article is shown without it");
            return;
        }
        code = code switch { "SNS0017" => "SNS0021", "SNS0018" or "SNS0019" => "SNS0022", _ => code };
        var lines = _documentLines.GetOrAdd(article, a => new Lazy<int[]>(() => DocumentLine.Map(document, a.GetMarkdown() ?? ""))).Value;
        var at = body.BodyLine < lines.Length && lines[body.BodyLine] > 0 ? $"{document}({lines[body.BodyLine]},1)" : document;
        _problems.Add($"{at}: warning {code}: the body's image '{OneLine(body.Url)}' {text}; it is shown as written");
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static bool IsRemote(string image) =>
        Uri.TryCreate(image, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>"c:/photos/a.jpg", "file:a.jpg", "data:...": a scheme (or a drive letter) before any '/'.</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '\\', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
