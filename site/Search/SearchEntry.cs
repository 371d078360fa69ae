namespace StaticNews.Site.Search;

/// <summary>
/// An article as the search index sees it before its record is made: its page's URL (which decides its shard), a key
/// that is equal whenever the record would be (what the shard's digest is made of), and how to make the record, which
/// only a shard indexed again asks for. So a build whose articles did not change makes no record at all.
/// </summary>
public sealed record SearchEntry(string Url, string Key, Func<SearchRecord> Record)
{
    /// <summary>A record made already: its own fields are its key.</summary>
    public static SearchEntry Of(SearchRecord record) =>
        new(record.Url, string.Join('\u0001', record.Language, record.Title, record.Content), () => record);
}
