namespace StaticNews.Site.Search;

/// <summary>
/// The words of an index on disk brought up to date after some documents were indexed again, reading and making again
/// only the chunks that change: the chunk of each changed word, and those after it up to where a chunk ends as it
/// ended before (<see cref="TermChunks"/> ends a chunk after a word the word chooses, so one soon does). Every other
/// chunk stands as it is, numbered anew when there are more or fewer chunks before it. The chunks come out as a whole
/// build over the same documents writes them.
/// </summary>
public static class SearchIndexUpdate
{
    /// <summary>The chunk files made again (name and bytes), each chunk's first word, and the old chunks that stand (old number, new number).</summary>
    public sealed record Chunks(List<(string File, byte[] Bytes)> Made, IReadOnlyList<string> Firsts, List<(int From, int To)> Kept);

    /// <param name="folder">The index's folder.</param>
    /// <param name="firsts">Each of its chunks' first word (its meta).</param>
    /// <param name="words">The words whose postings changed, with the documents' new counts (<see cref="SearchIndex.Edit"/>).</param>
    /// <returns>Null when a chunk it needs cannot be read, or is not what the meta says.</returns>
    public static Chunks? Of(string folder, int documents, IReadOnlyList<string> firsts, Dictionary<string, Dictionary<int, int>> words)
    {
        var changed = words.Keys.Order(StringComparer.Ordinal).ToList();
        var made = new List<(string File, byte[] Bytes)>();
        var kept = new List<(int From, int To)>();
        var chunks = new TermChunks((number, bytes) => made.Add((SearchIndexFiles.ChunkFile(number), bytes.ToArray())));
        void Add(string term, List<int> postings)
        {
            if (postings.Count > 0)
            {
                chunks.Add(term, postings);
            }
        }
        var next = 0;
        for (var chunk = 0; chunk < firsts.Count; chunk++)
        {
            var end = chunk + 1 < firsts.Count ? firsts[chunk + 1] : null;
            bool Before(string term) => end is null || string.CompareOrdinal(term, end) < 0;
            // No changed word of its own, and the chunks before it end where they ended: it stands as it was.
            if (chunks.AtChunkStart && !(next < changed.Count && Before(changed[next])))
            {
                kept.Add((chunk, chunks.Pass(firsts[chunk])));
                continue;
            }
            if (SearchIndexReader.ReadChunk(folder, chunk, documents) is not { } terms || chunk > 0 && (terms.Count == 0 || terms[0].Term != firsts[chunk]))
            {
                return null;
            }
            foreach (var (term, postings) in terms)
            {
                for (; next < changed.Count && string.CompareOrdinal(changed[next], term) < 0; next++)
                {
                    Add(changed[next], SearchIndex.Merge([], words[changed[next]]));
                }
                if (next < changed.Count && changed[next] == term)
                {
                    Add(term, SearchIndex.Merge(postings, words[changed[next++]]));
                }
                else
                {
                    chunks.Add(term, postings);
                }
            }
            // New words after this chunk's last that sort before the next chunk's first are this chunk's.
            for (; next < changed.Count && Before(changed[next]); next++)
            {
                Add(changed[next], SearchIndex.Merge([], words[changed[next]]));
            }
        }
        chunks.Finish();
        return new Chunks(made, chunks.Firsts, kept);
    }
}
