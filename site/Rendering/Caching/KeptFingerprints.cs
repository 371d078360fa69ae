using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using StaticNews.Site.Views;

namespace StaticNews.Site.Rendering.Caching;

/// <summary>
/// What a long-running render (the preview) keeps of its fingerprints from one update to the next: each article's
/// digest with the view it was made from, and the fingerprint of each article's page with that digest. An update whose
/// view of an article shows the same as the kept one (<see cref="SameArticleView"/>) takes its digest as it is instead
/// of walking the view again, and an article page whose view has the kept digest takes its kept fingerprint. A page's
/// fingerprint also depends on the renderer, the templates and the site (<see cref="PageFingerprints.Context"/>):
/// when those changed, the kept page fingerprints are not used.
/// An update reads the kept values and collects its own; <see cref="Commit"/> makes them the kept ones.
/// </summary>
public sealed class KeptFingerprints
{
    private Dictionary<string, (ArticleView View, byte[] Digest)> _articles = new(StringComparer.Ordinal);
    private Dictionary<string, (byte[] Digest, byte[] Fingerprint)> _articlePages = new(StringComparer.Ordinal);
    private byte[] _context = [];
    private byte[] _nextContext = [];
    private ConcurrentDictionary<string, (ArticleView, byte[])> _nextArticles = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (byte[], byte[])> _nextArticlePages = new(StringComparer.Ordinal);
    private int _articleDigests;
    private int _articlePageFingerprints;

    /// <summary>How many article digests have been made, not taken from a previous update.</summary>
    public int ArticleDigestsMade => Volatile.Read(ref _articleDigests);

    /// <summary>How many article pages' fingerprints have been made, not taken from a previous update.</summary>
    public int ArticlePageFingerprintsMade => Volatile.Read(ref _articlePageFingerprints);

    /// <summary>Starts an update whose pages are fingerprinted in <paramref name="context"/>.</summary>
    public void Begin(byte[] context)
    {
        _nextContext = context;
        _nextArticles = new ConcurrentDictionary<string, (ArticleView, byte[])>(StringComparer.Ordinal);
        _nextArticlePages = new ConcurrentDictionary<string, (byte[], byte[])>(StringComparer.Ordinal);
    }

    /// <summary>The digest of each view object met, made once: a view kept from update to update (an edit in place keeps
    /// every view but the edited articles') is not compared or walked again.</summary>
    private readonly ConditionalWeakTable<ArticleView, Lazy<byte[]>> _byView = new();

    public byte[] ArticleDigest(ArticleView view, Func<ArticleView, byte[]> make) =>
        _byView.GetValue(view, v => new Lazy<byte[]>(() => MakeArticleDigest(v, make))).Value;

    private byte[] MakeArticleDigest(ArticleView view, Func<ArticleView, byte[]> make)
    {
        if (!_articles.TryGetValue(view.Slug, out var kept) || !SameArticleView.Same(kept.View, view))
        {
            Interlocked.Increment(ref _articleDigests);
            kept = (view, make(view));
        }
        _nextArticles[view.Slug] = kept;
        return kept.Digest;
    }

    /// <summary>The fingerprint of a page whose one input is the article view with <paramref name="digest"/> (with the context); null when <paramref name="make"/> gives none.</summary>
    public byte[]? ArticlePage(string path, byte[] digest, Func<byte[]?> make)
    {
        if (_context.AsSpan().SequenceEqual(_nextContext) && _articlePages.TryGetValue(path, out var kept) && kept.Digest.AsSpan().SequenceEqual(digest))
        {
            _nextArticlePages[path] = kept;
            return kept.Fingerprint;
        }
        Interlocked.Increment(ref _articlePageFingerprints);
        if (make() is not { } fingerprint)
        {
            return null;
        }
        _nextArticlePages[path] = (digest, fingerprint);
        return fingerprint;
    }

    /// <summary>
    /// The pages are now fingerprinted in another <paramref name="context"/> (new templates): the kept page fingerprints
    /// no longer hold, the articles' digests (which have no templates in them) still do.
    /// </summary>
    public void Rebase(byte[] context)
    {
        _context = context;
        _articlePages = new Dictionary<string, (byte[], byte[])>(StringComparer.Ordinal);
    }

    /// <summary>The update succeeded: what it collected is kept for the next one.</summary>
    /// <param name="partly">The update went over some articles and pages only (the others stay as they were): what it
    /// collected is kept beside what was kept of the others, in the same context.</param>
    public void Commit(bool partly = false)
    {
        if (partly && _context.AsSpan().SequenceEqual(_nextContext))
        {
            foreach (var (slug, article) in _nextArticles)
            {
                _articles[slug] = article;
            }
            foreach (var (path, page) in _nextArticlePages)
            {
                _articlePages[path] = page;
            }
            return;
        }
        _articles = new Dictionary<string, (ArticleView, byte[])>(_nextArticles, StringComparer.Ordinal);
        _articlePages = new Dictionary<string, (byte[], byte[])>(_nextArticlePages, StringComparer.Ordinal);
        _context = _nextContext;
    }
}
