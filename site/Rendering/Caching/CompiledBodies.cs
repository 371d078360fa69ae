using System.Text;
using StaticNews.Content;
using StaticNews.Site.Images;

namespace StaticNews.Site.Rendering.Caching;

/// <summary>
/// What a build learned of the compiled articles' bodies (each one's digest and, for Markdown, the images it shows),
/// kept in a file beside the render cache for the next build of the same compiled content. A build after an edit of
/// bodies alone skips the compile, so all other articles are the ones the last build read: without this it would read
/// every body again only to learn that they had not changed. Known only for articles whose
/// <see cref="Article.CompiledContentVersion"/> is the one the file was written for; any other is read as before.
/// </summary>
public sealed class CompiledBodies
{
    private const string Magic = "StaticNews compiled bodies 1";

    private readonly string _file;
    private Guid _version;
    private Dictionary<string, Facts> _byArticle = new(StringComparer.Ordinal);

    private CompiledBodies(string file)
    {
        _file = file;
    }

    /// <summary>An article's slug, its body's digest (<see cref="ArticleBodyDigests"/>) and, for Markdown, its images (<see cref="BodyImageReferences"/>).</summary>
    private sealed record Facts(string Slug, byte[] Digest, IReadOnlyList<BodyImageReference>? Images);

    /// <summary>The facts kept beside <paramref name="renderCacheFile"/>; none when there are none or they cannot be read.</summary>
    public static CompiledBodies Beside(string renderCacheFile)
    {
        var bodies = new CompiledBodies(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(renderCacheFile))!, "staticnews.compiled-bodies"));
        try
        {
            if (File.Exists(bodies._file))
            {
                bodies.Read();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            (bodies._version, bodies._byArticle) = (Guid.Empty, new Dictionary<string, Facts>(StringComparer.Ordinal));
        }
        return bodies;
    }

    /// <summary>Gives <paramref name="digests"/> and <see cref="BodyImageReferences"/> what is known of these articles' bodies.</summary>
    /// <returns>True when every compiled article's body was known: nothing new to keep.</returns>
    public bool Tell(IReadOnlyList<Article> articles, ArticleBodyDigests digests)
    {
        var all = true;
        foreach (var article in articles)
        {
            if (article.CompiledContentVersion is not { } version)
            {
                continue;
            }
            if (version != _version || !_byArticle.TryGetValue(article.SourcePath, out var facts) || facts.Slug != article.Slug)
            {
                all = false;
                continue;
            }
            digests.Know(article, facts.Digest);
            if (facts.Images is { } images)
            {
                BodyImageReferences.Know(article, images);
            }
        }
        return all;
    }

    /// <summary>Keeps the facts of every compiled article in <paramref name="articles"/> (of one compile), for the next build.</summary>
    public void Keep(IReadOnlyList<Article> articles, ArticleBodyDigests digests)
    {
        var compiled = articles.Where(article => article.CompiledContentVersion is not null).ToList();
        if (compiled.Count == 0 || compiled.Any(article => article.CompiledContentVersion != compiled[0].CompiledContentVersion))
        {
            return;
        }
        _version = compiled[0].CompiledContentVersion!.Value;
        _byArticle = new Dictionary<string, Facts>(compiled.Count, StringComparer.Ordinal);
        foreach (var article in compiled)
        {
            _byArticle[article.SourcePath] = new Facts(article.Slug, digests.Of(article), article.Format == ArticleFormat.Markdown ? BodyImageReferences.Of(article) : null);
        }
        Write();
    }

    private void Read()
    {
        using var reader = new BinaryReader(File.OpenRead(_file), Encoding.UTF8);
        if (reader.ReadString() != Magic)
        {
            return;
        }
        var version = new Guid(reader.ReadBytes(16));
        var count = reader.ReadInt32();
        var byArticle = new Dictionary<string, Facts>(Math.Clamp(count, 0, 1_000_000), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var sourcePath = reader.ReadString();
            var slug = reader.ReadString();
            var digest = reader.ReadBytes(reader.ReadByte());
            var imageCount = reader.ReadInt32();
            BodyImageReference[]? images = imageCount < 0 ? null : new BodyImageReference[imageCount];
            for (var j = 0; j < imageCount; j++)
            {
                images![j] = new BodyImageReference(reader.ReadString(), reader.ReadInt32());
            }
            byArticle[sourcePath] = new Facts(slug, digest, images);
        }
        (_version, _byArticle) = (version, byArticle);
    }

    /// <summary>Replaces the file whole (<see cref="CacheFile"/>).</summary>
    private void Write() => CacheFile.Replace(_file, writer =>
    {
        writer.Write(Magic);
        writer.Write(_version.ToByteArray());
        writer.Write(_byArticle.Count);
        foreach (var (sourcePath, facts) in _byArticle)
        {
            writer.Write(sourcePath);
            writer.Write(facts.Slug);
            writer.Write((byte)facts.Digest.Length);
            writer.Write(facts.Digest);
            writer.Write(facts.Images?.Count ?? -1);
            foreach (var image in facts.Images ?? [])
            {
                writer.Write(image.Url);
                writer.Write(image.BodyLine);
            }
        }
    });
}
