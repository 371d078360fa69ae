using System.Text.Json;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The search page's engine (site/assets/search.js, run in Node) over small index folders written here by hand, file
/// by file, in the index format (version 2; two documents a file here, as the meta says): what it finds, in which order, and how it shows the words found. The
/// expected values follow from the format's rules, worked out in each test.
/// </summary>
public sealed class SearchScriptTests : IDisposable
{
    private readonly TempDirectory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_document_is_found_only_when_it_has_every_token_of_the_query()
    {
        WriteIndex("""{"version":2,"documentsPerFile":2,"documents":3,"averageLength":2,"lengths":[2,2,2],"chunks":[""]}""",
            ("terms/0.json", """{"apple":[0,1,1,1],"banana":[0,1,2,1],"cherry":[1,1,1,1]}"""));
        WriteDocument(0, "articles/a/", "Apple and banana", "apple banana");
        WriteDocument(1, "articles/b/", "Apple and cherry", "apple cherry");
        WriteDocument(2, "articles/c/", "Banana and cherry", "banana cherry");

        var found = Assert.Single(SiteSearch.Find(_site.Path, "Banana APPLE"));
        Assert.Equal(("/articles/a/", "Apple and banana"), (found.Url, found.Title));
        Assert.Equal(["/articles/c/"], Urls("cherry, banana!"));
        Assert.Empty(Urls("apple durian"));
        // Same counts, same lengths: the same score, so the lower id first.
        Assert.Equal(["/articles/a/", "/articles/b/"], Urls("apple"));
        Assert.Empty(Urls(""));
        Assert.Empty(Urls("?! —"));
    }

    [Fact]
    public void A_term_equal_to_a_query_token_counts_twice_as_much_as_one_that_only_starts_with_it()
    {
        // N = 4, lengths 4, 4, 8, 4 (average 5). "lavrovsky" is in documents 0 (once) and 2 (twice), "lavrov" in 1,
        // "lavr" (shorter than the query, so no match for "lavrov") in 3.
        WriteIndex("""{"version":2,"documentsPerFile":2,"documents":4,"averageLength":5,"lengths":[4,4,8,4],"chunks":[""]}""",
            ("terms/0.json", """{"lavr":[3,1],"lavrov":[1,1],"lavrovsky":[0,1,2,2]}"""));
        for (var id = 0; id < 4; id++)
        {
            WriteDocument(id, $"articles/{id}/", $"Story {id}", "text");
        }

        // "lavrov": n = 3, idf = ln(1 + (4 - 3 + 0.5) / (3 + 0.5)) = ln(10/7). With k1 = 1.2, b = 0.75, the length part
        // is 1 - 0.75 + 0.75 * length / 5: 0.85 for length 4, 1.45 for length 8.
        //   document 1: tf = 1 (exact),          1 * 2.2 / (1 + 1.2 * 0.85)   = 2.2 / 2.02
        //   document 2: tf = 0.5 * 2 (prefix),   1 * 2.2 / (1 + 1.2 * 1.45)   = 2.2 / 2.74
        //   document 0: tf = 0.5 * 1 (prefix), 0.5 * 2.2 / (0.5 + 1.2 * 0.85) = 1.1 / 1.52
        var idf = Math.Log(10.0 / 7.0);
        AssertScores([(1, idf * 2.2 / 2.02), (2, idf * 2.2 / 2.74), (0, idf * 1.1 / 1.52)], SiteSearch.Scores(_site.Path, "lavrov"));
        // A token repeated in the query counts once.
        AssertScores([(1, idf * 2.2 / 2.02), (2, idf * 2.2 / 2.74), (0, idf * 1.1 / 1.52)], SiteSearch.Scores(_site.Path, "Lavrov lavrov LAVROV"));

        // "lavr": all four (n = 4, idf = ln(10/9)). Document 3 exact (2.2 / 2.02); 2 prefix twice (2.2 / 2.74); 0 and 1
        // prefix once at length 4 (1.1 / 1.52 each): a tie, so id 0 before id 1.
        var lavr = Math.Log(10.0 / 9.0);
        AssertScores([(3, lavr * 2.2 / 2.02), (2, lavr * 2.2 / 2.74), (0, lavr * 1.1 / 1.52), (1, lavr * 1.1 / 1.52)], SiteSearch.Scores(_site.Path, "lavr"));
        Assert.Equal(["/articles/3/", "/articles/2/", "/articles/0/", "/articles/1/"], Urls("lavr"));

        // A one-letter token finds only the term equal to it.
        Assert.Empty(Urls("l"));
    }

    [Fact]
    public void A_term_is_read_from_the_chunk_the_boundaries_give_and_a_prefix_from_every_chunk_it_spans()
    {
        // Chunk k holds the terms t with chunks[k] <= t < chunks[k + 1]. terms/0.json (apple, banana) is left out: no
        // query here falls in it, so reading it would fail the search.
        WriteIndex("""{"version":2,"documentsPerFile":2,"documents":4,"averageLength":1.75,"lengths":[2,2,2,1],"chunks":["","cherry","lavrov","mango"]}""",
            ("terms/1.json", """{"cherry":[0,1],"kiwi":[1,1],"lamb":[2,1]}"""),
            ("terms/2.json", """{"lavrov":[3,1],"lemon":[0,1]}"""),
            ("terms/3.json", """{"mango":[1,1],"zebra":[2,1]}"""));
        WriteDocument(0, "articles/cherry-lemon/", "Cherry", "cherry lemon");
        WriteDocument(1, "articles/kiwi-mango/", "Kiwi", "kiwi mango");
        WriteDocument(2, "articles/lamb-zebra/", "Lamb", "lamb zebra");
        WriteDocument(3, "articles/lavrov/", "Lavrov", "lavrov");

        // Terms equal to a chunk's first term, and the last chunk.
        Assert.Equal(["/articles/cherry-lemon/"], Urls("cherry"));
        Assert.Equal(["/articles/lavrov/"], Urls("lavrov"));
        Assert.Equal(["/articles/lamb-zebra/"], Urls("zebra"));
        // "la" lies in chunk 1 ("cherry" <= "la" < "lavrov"), "la\uffff" in chunk 2: "lamb" is in 1, "lavrov" in 2.
        // Both match as prefixes (tf 0.5, n = 2); "lavrov"'s document is the shorter (1 against 2), so it comes first.
        Assert.Equal(["/articles/lavrov/", "/articles/lamb-zebra/"], Urls("la"));
        // "man" is in chunk 2 (before "mango"), its terms in chunk 3.
        Assert.Equal(["/articles/kiwi-mango/"], Urls("man"));
        // The tokens of one query in different chunks.
        Assert.Equal(["/articles/cherry-lemon/"], Urls("lemon cherry"));
        Assert.Empty(Urls("lemon mango"));
    }

    [Fact]
    public void Document_ids_in_postings_are_each_the_difference_from_the_previous()
    {
        // [3, 1, 2, 5, 4, 1]: document 3 once, 3 + 2 = 5 five times, 5 + 4 = 9 once. Only those documents exist.
        WriteIndex("""{"version":2,"documentsPerFile":2,"documents":10,"averageLength":3,"lengths":[3,3,3,3,3,3,3,3,3,3],"chunks":[""]}""",
            ("terms/0.json", """{"walrus":[3,1,2,5,4,1]}"""));
        foreach (var id in new[] { 3, 5, 9 })
        {
            WriteDocument(id, $"articles/story-{id}/", $"Story {id}", "walrus");
        }

        // Equal lengths: the most occurrences first, then the tie by id.
        Assert.Equal([5, 3, 9], SiteSearch.Scores(_site.Path, "walrus").Select(score => score.Id));
        Assert.Equal(["/articles/story-5/", "/articles/story-3/", "/articles/story-9/"], Urls("walrus"));
    }

    [Fact]
    public void Tokens_lose_accents_and_case_and_split_at_apostrophes_and_between_Han_characters()
    {
        // Café: é is e + U+0301 after NFD, the mark goes. İ is I + U+0307, lower-cased i + U+0307, the mark goes.
        // ΟΔΟΣ lower-cases to οδος with a final ς, written σ. The apostrophe ends a word. 東 and 京 are a token each.
        Assert.Equal(["cafe", "istanbul", "οδοσ", "don", "t", "東", "京", "naive"], SiteSearch.Tokens("Café İstanbul ΟΔΟΣ don't 東京 naïve"));
    }

    [Fact]
    public void Tokens_keep_digits_and_spacing_marks_in_words_and_make_each_character_of_the_unspaced_scripts_a_token()
    {
        // राम: the vowel sign ा (U+093E) is a spacing mark, so the word stays whole. 𠀀 (U+20000, two code units) and
        // the Thai ก and ข are tokens of their own; an emoji ends a word.
        Assert.Equal(["राम", "2024", "𠀀", "x", "ก", "ข", "a", "b"], SiteSearch.Tokens("राम 2024 𠀀x กข a😀b"));
    }

    [Fact]
    public void A_token_is_cut_to_64_code_units_or_63_rather_than_split_a_surrogate_pair()
    {
        Assert.Equal([new string('a', 64), "b"], SiteSearch.Tokens(new string('a', 70) + " b"));
        // 63 letters, then 𝐀 (U+1D400, a letter without a lower case): its high surrogate would be unit 64.
        Assert.Equal([new string('a', 63)], SiteSearch.Tokens(new string('a', 63) + "𝐀bc"));
    }

    [Fact]
    public void An_excerpt_is_thirty_words_from_ten_before_the_first_match_with_every_matching_word_marked()
    {
        // 50 words, with a line break after the 29th: "Lavrov," is the 20th, so the window is words 10 to 39.
        var words = Enumerable.Range(1, 50).Select(i => i switch { 11 => "Zoë", 20 => "Lavrov,", 21 => "Café", _ => $"w{i}" }).ToList();
        var longText = string.Join(' ', words.Take(29)) + "\n" + string.Join(' ', words.Skip(29));
        // 40 words, the third a match: the window starts at the first word.
        var early = string.Join(' ', Enumerable.Range(1, 40).Select(i => i == 3 ? "Lavrova" : $"w{i}"));
        WriteIndex("""{"version":2,"documentsPerFile":2,"documents":3,"averageLength":32.333333333333336,"lengths":[50,7,40],"chunks":[""]}""",
            ("terms/0.json", """{"cafe":[0,1,1,1],"lavrov":[0,1,1,1],"lavrova":[2,1]}"""));
        WriteDocument(0, "articles/long/", "Long", longText);
        // A decomposed é (e + U+0301) after a precomposed ë (which NFD lengthens by one): marks fall on the text's own words.
        WriteDocument(1, "articles/short/", "Short", "Sergei Lavrov met Zoë at the Cafe\u0301.\n");
        WriteDocument(2, "articles/early/", "Early", early);

        var both = SiteSearch.Find(_site.Path, "LAVROV café").ToDictionary(result => result.Url, result => result.Excerpt);
        Assert.Equal(2, both.Count);
        Assert.Equal("…w10 Zoë w12 w13 w14 w15 w16 w17 w18 w19 <mark>Lavrov</mark>, <mark>Café</mark> w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39…",
            both["/articles/long/"]);
        Assert.Equal("Sergei <mark>Lavrov</mark> met Zoë at the <mark>Cafe\u0301</mark>.", both["/articles/short/"]);

        var prefix = SiteSearch.Find(_site.Path, "lavr").ToDictionary(result => result.Url, result => result.Excerpt);
        Assert.Equal(3, prefix.Count);
        Assert.Equal("…w10 Zoë w12 w13 w14 w15 w16 w17 w18 w19 <mark>Lavrov</mark>, Café w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39…",
            prefix["/articles/long/"]);
        Assert.Equal("Sergei <mark>Lavrov</mark> met Zoë at the Cafe\u0301.", prefix["/articles/short/"]);
        Assert.Equal("w1 w2 <mark>Lavrova</mark> w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 w30…",
            prefix["/articles/early/"]);
    }

    private List<string> Urls(string query) => SiteSearch.Find(_site.Path, query).Select(result => result.Url).ToList();

    private static void AssertScores(IReadOnlyList<(int Id, double Score)> expected, IReadOnlyList<SiteSearch.Score> actual)
    {
        Assert.Equal(expected.Select(e => e.Id), actual.Select(a => a.Id));
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal(want.Score, got.Value, 1e-12);
        }
    }

    /// <summary>meta.json and the term chunks, each file's JSON as given.</summary>
    private void WriteIndex(string meta, params (string Path, string Json)[] terms)
    {
        WriteIndexFile("meta.json", meta);
        foreach (var (path, json) in terms)
        {
            WriteIndexFile(path, json);
        }
    }

    /// <summary>The documents written so far, by document file: document id goes into file id / 2, at place id % 2 (null where none was written).</summary>
    private readonly Dictionary<int, object?[]> _documentFiles = [];

    private void WriteDocument(int id, string url, string title, string text)
    {
        var file = id / 2;
        if (!_documentFiles.TryGetValue(file, out var documents))
        {
            _documentFiles[file] = documents = new object?[2];
        }
        documents[id % 2] = new { url, title, language = "en", text };
        WriteIndexFile($"docs/{file}.json", JsonSerializer.Serialize(documents));
    }

    private void WriteIndexFile(string path, string json)
    {
        var file = _site.Combine("search-index", path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, json);
    }
}
