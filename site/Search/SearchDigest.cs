using System.Security.Cryptography;
using System.Text;

using StaticNews.Site.Rendering.Caching;

namespace StaticNews.Site.Search;

/// <summary>
/// What a search index was built from: every entry's URL and key (what its record is made of), in order, the code that
/// makes the records from them and indexes them (<see cref="RendererVersion"/>, the site's own assembly). Kept in the
/// index's folder, so it always describes the index beside it; an equal digest means the index would come out the same.
/// </summary>
public static class SearchDigest
{
    /// <summary>The file, in the index's folder, that holds the digest of what built it.</summary>
    public const string FileName = "staticnews-records.sha256";

    private const string Version = "staticnews-search-records-3";

    public static string Of(IReadOnlyList<SearchEntry> entries)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, Version);
        hash.AppendData(RendererVersion.Current);
        Add(hash, SearchIndexFiles.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(hash, entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var entry in entries)
        {
            Add(hash, entry.Url);
            Add(hash, entry.Key);
        }
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>Each text with its length first, so no two lists of texts hash alike.</summary>
    private static void Add(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}
