using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using StaticNews.Site.Rendering.Caching;

namespace StaticNews.Site.Search;

/// <summary>
/// What a search index was built from, kept in the index's folder so it always describes the index beside it: a first
/// line naming the code that makes the records and indexes them (<see cref="RendererVersion"/>, the site's own assembly,
/// the files' format), then one line per document, in document order, with the digest of its entry's key (what its record
/// is made of) and its URL. An equal text means the index would come out the same; an equal first line and the same URLs
/// mean the index can be brought up to date by indexing again only the documents whose key changed.
/// </summary>
public static class SearchDigest
{
    /// <summary>The file, in the index's folder, that holds the digest of what built it.</summary>
    public const string FileName = "staticnews-records.sha256";

    private const string Version = "staticnews-search-records-5";

    /// <summary>The file's text for the documents, in document order.</summary>
    public static string Of(IReadOnlyList<SearchEntry> documents)
    {
        var lines = new string[documents.Count];
        Parallel.For(0, documents.Count, i => lines[i] = KeyDigest(documents[i].Key) + "\t" + documents[i].Url);
        var text = new StringBuilder(Code.Length + 1 + documents.Count * 64);
        text.Append(Code).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// Each document's key digest and URL, as <see cref="Of"/> wrote them; null when the text is not such a file or was
    /// written by other code (its records could differ from this code's for the same key).
    /// </summary>
    public static IReadOnlyList<(string Key, string Url)>? Read(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || lines[0] != Code || lines[^1].Length != 0)
        {
            return null;
        }
        var documents = new List<(string Key, string Url)>(lines.Length - 2);
        foreach (var line in lines.AsSpan(1, lines.Length - 2))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                return null;
            }
            documents.Add((line[..tab], line[(tab + 1)..]));
        }
        return documents;
    }

    /// <summary>
    /// The documents whose key changed, when <paramref name="before"/> was made by this code of the same documents (the
    /// same URLs, in the same order) and at most half of them changed: the index can then be brought up to date by
    /// indexing those again. Null otherwise (build the index whole).
    /// </summary>
    public static List<int>? Changed(string before, string after)
    {
        if (Read(before) is not { } previous || Read(after) is not { } current || previous.Count != current.Count)
        {
            return null;
        }
        var changed = new List<int>();
        for (var i = 0; i < current.Count; i++)
        {
            if (previous[i].Url != current[i].Url)
            {
                return null;
            }
            if (previous[i].Key != current[i].Key)
            {
                changed.Add(i);
            }
        }
        return changed.Count * 2 <= current.Count ? changed : null;
    }

    /// <summary>The entry's key as it stands in the file.</summary>
    public static string KeyDigest(string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16)).ToLowerInvariant();

    /// <summary>The code's line: what makes and indexes the records, and the version of the files' format.</summary>
    private static readonly string Code = CodeLine();

    private static string CodeLine()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Version + "\n" + SearchIndexFiles.FormatVersion.ToString(CultureInfo.InvariantCulture) + "\n"));
        hash.AppendData(RendererVersion.Current);
        return Version + " " + Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }
}
