using StaticNews.Site.Pages;

namespace StaticNews.Site.Search;

/// <summary>
/// A big site's index is built as several Pagefind indexes ("shards"), which the search page merges (Pagefind UI's
/// <c>mergeIndex</c>): Pagefind holds a whole index in memory while it writes it, about 300 bytes per word indexed, so a
/// shard's words are bounded. An article's shard follows from its URL alone, so an edit changes one shard and only that
/// one is indexed again: the smaller the shards, the less an edit costs, and the more indexes a reader's search loads.
/// A site under <see cref="WordsPerShard"/> words has one index.
/// </summary>
public static class SearchShards
{
    /// <summary>About 0.3 GB of Pagefind's memory and 3 to 4 s of its time on one core (1,100 articles of 900 words): 8 shards at 10,000 articles.</summary>
    public const int WordsPerShard = 1_000_000;

    /// <summary>Enough articles to a shard that hashing leaves none empty.</summary>
    private const int MinimumArticlesPerShard = 500;

    /// <summary>How many shards the site's articles are indexed in (the search page and the indexer agree on it).</summary>
    public static int CountFor(SiteContent content)
    {
        var words = content.Articles.Sum(article => (long)article.WordCount);
        var byWords = (int)Math.Min(int.MaxValue, (words + WordsPerShard - 1) / WordsPerShard);
        return Math.Max(1, Math.Min(byWords, content.Articles.Count / MinimumArticlesPerShard));
    }

    /// <summary>The site folder of a shard: the first is <c>pagefind/</c>, whose script the search page loads.</summary>
    public static string Folder(int shard) => shard == 0 ? SearchIndexer.Folder : $"{SearchIndexer.Folder}-{shard + 1}";

    public static int ShardOf(string url, int count)
    {
        // FNV-1a: the same on every machine and run, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in url)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash % (uint)count);
    }

    public static List<SearchEntry>[] Split(IReadOnlyList<SearchEntry> entries, int count)
    {
        var shards = Enumerable.Range(0, count).Select(_ => new List<SearchEntry>()).ToArray();
        foreach (var entry in entries)
        {
            shards[ShardOf(entry.Url, count)].Add(entry);
        }
        return shards;
    }
}
