using System.Collections.Concurrent;

namespace StaticNews.Site.Search;

/// <summary>
/// An inverted index of the articles' records: every word (<see cref="SearchTokens"/>) with the documents that hold it
/// and how often (a word of the headline counts <see cref="TitleWeight"/> times more), each document's length in words,
/// and the documents themselves, numbered in the order of their URLs. Built in the site's process from the typed
/// content; <see cref="SearchIndexFiles"/> writes it for the search page.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>How many more times a word of a document's headline counts than the same word in its text.</summary>
    public const int TitleWeight = 4;

    private SearchIndex(IReadOnlyList<SearchRecord> documents, int[] lengths, IReadOnlyList<(string Term, List<int> Postings)> terms)
    {
        Documents = documents;
        Lengths = lengths;
        Terms = terms;
    }

    /// <summary>The documents, in ordinal order of their URLs: a document's number is its place here.</summary>
    public IReadOnlyList<SearchRecord> Documents { get; }

    /// <summary>How many words each document's text has.</summary>
    public IReadOnlyList<int> Lengths { get; }

    /// <summary>Every word, in ordinal order, with its postings: document number and weighted count, in pairs, by document.</summary>
    public IReadOnlyList<(string Term, List<int> Postings)> Terms { get; }

    public static SearchIndex Of(IEnumerable<SearchRecord> records)
    {
        var documents = records.OrderBy(record => record.Url, StringComparer.Ordinal).ToList();
        // One string per distinct word, whichever document meets it first, so each document's counts hold references only.
        var words = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var counted = new (string Term, int Count)[documents.Count][];
        var lengths = new int[documents.Count];
        Parallel.For(0, documents.Count, () => new Dictionary<string, int>(StringComparer.Ordinal), (i, _, counts) =>
        {
            counts.Clear();
            var length = 0;
            var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
            void Add(ReadOnlySpan<char> token, int weight)
            {
                if (lookup.TryGetValue(token, out var count))
                {
                    lookup[token] = count + weight;
                }
                else
                {
                    var word = words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var known) ? known : words.GetOrAdd(token.ToString(), static word => word);
                    counts[word] = weight;
                }
            }
            SearchTokens.Each(documents[i].Content, token =>
            {
                length++;
                Add(token, 1);
            });
            SearchTokens.Each(documents[i].Title, token => Add(token, TitleWeight));
            lengths[i] = length;
            counted[i] = counts.Select(pair => (pair.Key, pair.Value)).ToArray();
            return counts;
        }, _ => { });

        var postings = new Dictionary<string, List<int>>(words.Count, StringComparer.Ordinal);
        for (var i = 0; i < counted.Length; i++)
        {
            foreach (var (term, count) in counted[i])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }
                list.Add(i);
                list.Add(count);
            }
            counted[i] = [];
        }
        var terms = postings.Select(pair => (pair.Key, pair.Value)).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        return new SearchIndex(documents, lengths, terms);
    }
}
