namespace StaticNews.Site.Live;

/// <summary>
/// One string for each tag, author and section name however many of the preview's documents write it. The taxonomies,
/// grouped again on every update that adds or removes an article, then hash a few thousand strings already in the
/// processor's cache instead of a copy in each of 10,000 articles (a new document at 10,000 articles: the taxonomies
/// 7.4-7.6 ms -> 4.1 ms, bench/README.md). It only grows by the names written while the preview runs.
/// </summary>
public sealed class NamePool
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>The pooled string equal to <paramref name="name"/> (it, when first met).</summary>
    public string Of(string name)
    {
        if (_names.TryGetValue(name, out var pooled))
        {
            return pooled;
        }
        _names[name] = name;
        return name;
    }

    public string? OfOptional(string? name) => name is null ? null : Of(name);
}
