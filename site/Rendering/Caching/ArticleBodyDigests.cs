using System.Runtime.CompilerServices;
using StaticNews.Content;

namespace StaticNews.Site.Rendering.Caching;

/// <summary>
/// The digest of each article's body (its Markdown, or its paragraphs), made once per article object: an article is
/// immutable, and the preview keeps the object of an unchanged document from update to update, so an update hashes
/// only the bodies of the documents it parsed again. Held weakly: an article no longer in the site takes its digest with it.
/// </summary>
public sealed class ArticleBodyDigests
{
    [ThreadStatic]
    private static FingerprintWriter? Writer;

    private readonly ConditionalWeakTable<Article, byte[]> _digests = new();
    private int _computed;

    /// <summary>How many bodies have been hashed (each article's once).</summary>
    public int Computed => Volatile.Read(ref _computed);

    public byte[] Of(Article article) => _digests.GetValue(article, a => Compute(a, null));

    /// <summary>The digest of a Markdown article whose body the caller has just read (<paramref name="markdown"/>), so it is not read again.</summary>
    public byte[] Of(Article article, string markdown) => _digests.GetValue(article, a => Compute(a, markdown));

    /// <summary>Takes <paramref name="digest"/> as the article's, known without reading its body (<see cref="CompiledBodies"/>).</summary>
    public void Know(Article article, byte[] digest) => _digests.TryAdd(article, digest);

    private byte[] Compute(Article article, string? markdown)
    {
        Interlocked.Increment(ref _computed);
        var writer = Writer ??= new FingerprintWriter();
        writer.Clear();
        writer.Add((int)article.Format);
        if (article.Format == ArticleFormat.Markdown)
        {
            writer.Add(markdown ?? article.GetMarkdown());
        }
        else
        {
            var paragraphs = article.GetParagraphs();
            writer.Begin('[', paragraphs.Count);
            foreach (var paragraph in paragraphs)
            {
                writer.Add(paragraph);
            }
        }
        return writer.Digest();
    }
}
