using System.Collections.Concurrent;

namespace StaticNews.Site.Search;

/// <summary>
/// An inverted index of the articles' records, numbered in the order given (the indexer gives them in the order of their
/// URLs): every word (<see cref="SearchTokens"/>) with the documents that hold it and how often (a word of the headline
/// counts <see cref="TitleWeight"/> times more), and each document's length in words. Built in the site's process from the
/// typed content, or brought up to date from the previous build's (<see cref="With"/>); <see cref="SearchIndexFiles"/>
/// writes it for the search page, and the documents themselves beside it.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>How many more times a word of a document's headline counts than the same word in its text.</summary>
    public const int TitleWeight = 4;

    public SearchIndex(IReadOnlyList<int> lengths, IReadOnlyList<(string Term, List<int> Postings)> terms)
    {
        Lengths = lengths;
        Terms = terms;
    }

    /// <summary>How many words each document's text has.</summary>
    public IReadOnlyList<int> Lengths { get; }

    /// <summary>Every word, in ordinal order, with its postings: document number and weighted count, in pairs, by document.</summary>
    public IReadOnlyList<(string Term, List<int> Postings)> Terms { get; }

    public static SearchIndex Of(IReadOnlyList<SearchRecord> documents)
    {
        // One string per distinct word, whichever document meets it first, so each document's counts hold references only.
        var words = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var counted = new (string Term, int Count)[documents.Count][];
        var lengths = new int[documents.Count];
        Parallel.For(0, documents.Count, () => new Dictionary<string, int>(StringComparer.Ordinal), (i, _, counts) =>
        {
            lengths[i] = Count(documents[i], counts,
                token => words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var known) ? known : words.GetOrAdd(token.ToString(), static word => word));
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
        return new SearchIndex(lengths, terms);
    }

    /// <summary>
    /// This index with some documents indexed again: each one's words before taken out, its words after put in, its length
    /// set; every other document keeps its number and postings. The same index as <see cref="Of"/> over the new records.
    /// </summary>
    public SearchIndex With(IReadOnlyList<(int Document, SearchRecord Before, SearchRecord After)> changes)
    {
        var (edits, lengths) = Edit(changes, Lengths);
        var replaced = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var added = new List<(string Term, List<int> Postings)>();
        foreach (var (term, documents) in edits)
        {
            var at = Find(term);
            var postings = Merge(at >= 0 ? Terms[at].Postings : [], documents);
            if (at >= 0)
            {
                replaced[term] = postings;
            }
            else if (postings.Count > 0)
            {
                added.Add((term, postings));
            }
        }
        added.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));

        var terms = new List<(string Term, List<int> Postings)>(Terms.Count + added.Count);
        var next = 0;
        foreach (var (term, postings) in Terms)
        {
            while (next < added.Count && string.CompareOrdinal(added[next].Term, term) < 0)
            {
                terms.Add(added[next++]);
            }
            var current = replaced.GetValueOrDefault(term) ?? postings;
            if (current.Count > 0)
            {
                terms.Add((term, current));
            }
        }
        terms.AddRange(added.Skip(next));
        return new SearchIndex(lengths, terms);
    }

    /// <summary>
    /// What indexing some documents again changes: each word whose count in one of them changed, with those documents'
    /// new counts (0: it no longer holds the word); and every document's length, from <paramref name="lengths"/>.
    /// </summary>
    public static (Dictionary<string, Dictionary<int, int>> Words, int[] Lengths) Edit(
        IReadOnlyList<(int Document, SearchRecord Before, SearchRecord After)> changes, IReadOnlyList<int> lengths)
    {
        var edited = lengths.ToArray();
        var words = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        var after = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (document, old, now) in changes)
        {
            Count(old, before, token => token.ToString());
            edited[document] = Count(now, after, token => token.ToString());
            foreach (var (term, count) in before)
            {
                if (after.GetValueOrDefault(term) != count)
                {
                    Documents(term)[document] = after.GetValueOrDefault(term);
                }
            }
            foreach (var (term, count) in after)
            {
                if (!before.ContainsKey(term))
                {
                    Documents(term)[document] = count;
                }
            }
        }
        return (words, edited);
        Dictionary<int, int> Documents(string term) => words.TryGetValue(term, out var documents) ? documents : words[term] = [];
    }

    /// <summary>The document's words and their weighted counts into <paramref name="counts"/> (emptied first); returns its length in words.</summary>
    private static int Count(SearchRecord record, Dictionary<string, int> counts, Func<ReadOnlySpan<char>, string> word)
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
                counts[word(token)] = weight;
            }
        }
        SearchTokens.Each(record.Content, token =>
        {
            length++;
            Add(token, 1);
        });
        SearchTokens.Each(record.Title, token => Add(token, TitleWeight));
        return length;
    }

    /// <summary>The word's place in <see cref="Terms"/>, or a negative number when it has none.</summary>
    private int Find(string term)
    {
        var (low, high) = (0, Terms.Count - 1);
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = string.CompareOrdinal(Terms[middle].Term, term);
            if (order == 0)
            {
                return middle;
            }
            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }
        return -1;
    }

    /// <summary>The postings with each of <paramref name="documents"/> given its new count (0: left out), still by document.</summary>
    public static List<int> Merge(List<int> postings, Dictionary<int, int> documents)
    {
        var put = documents.Where(pair => pair.Value > 0).OrderBy(pair => pair.Key).ToList();
        var merged = new List<int>(postings.Count + put.Count * 2);
        var next = 0;
        for (var i = 0; i < postings.Count; i += 2)
        {
            while (next < put.Count && put[next].Key < postings[i])
            {
                merged.Add(put[next].Key);
                merged.Add(put[next++].Value);
            }
            if (!documents.ContainsKey(postings[i]))
            {
                merged.Add(postings[i]);
                merged.Add(postings[i + 1]);
            }
        }
        foreach (var (document, count) in put.Skip(next))
        {
            merged.Add(document);
            merged.Add(count);
        }
        return merged;
    }
}
