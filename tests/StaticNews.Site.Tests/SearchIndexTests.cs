using System.Text.Json.Nodes;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Search;
using StaticNews.Site.Writing;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The search index is built in the site's process from one record per article (no page parsed), and only when a record
/// changed: what a reader finds is checked with the search page's own script (site/assets/search.js) over the built index.
/// </summary>
public sealed class SearchIndexTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    private string Output => _temp.Combine("_site");

    /// <param name="others">More articles, each with a body of its own, numbered after these three (their URLs sort last).</param>
    private static List<Article> Articles(string secondBody = "Two.", string thirdTag = "Economy", int others = 0) =>
    [
        .. Enumerable.Range(0, others).Select(i => new TestArticle($"zz-other-{i:D2}", $"Other {i}", published: Day.AddDays(-1 - i), paragraphs: [$"Other story {i}."])),
        new TestArticle("first-story", "First story", published: Day.AddDays(2), tags: ["Politics"], authors: ["Ani Petrosyan"],
            paragraphs: ["The quokkaburg ferry resumed on Monday.", "A second paragraph."]),
        new TestArticle("second-story", "Second story", published: Day.AddDays(1), tags: ["Politics"], paragraphs: [secondBody]),
        new TestArticle("markdown-story", "Markdown story", published: Day, tags: [thirdTag], markdown:
            "Talks on *zeppelinade* tariffs.\n\n## Background\n\n- a [linked](https://example.com/) item about gravelworth\n\n" +
            "<figure><img src=\"/a.png\" alt=\"\"><figcaption>Harbour of Ostrovia</figcaption></figure>\n\n<script>var hiddenword = 1;</script>\n"),
    ];

    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private BuildResult Build(IReadOnlyList<Article> articles)
    {
        var result = SiteBuilder.Build(articles, TestArticle.TagsOf(articles), new BuildOptions { OutputDirectory = Output, Search = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result;
    }

    [Fact]
    public void Documents_are_numbered_in_the_order_given_and_a_headlines_word_weighs_five_times_one_of_the_text()
    {
        var index = SearchIndex.Of(
        [
            new SearchRecord("/a/", "en", "Other", "Other. Harbour closed."),
            new SearchRecord("/b/", "en", "Harbour news", "Harbour news. The harbour opens."),
        ]);

        Assert.Equal([3, 5], index.Lengths);
        Assert.Equal(["closed", "harbour", "news", "opens", "other", "the"], index.Terms.Select(term => term.Term));
        // Pairs of document and count: "/a/" says it once; "/b/" twice in its text, once more in its headline (+4).
        Assert.Equal([0, 1, 1, 6], index.Terms.Single(term => term.Term == "harbour").Postings);
        Assert.Equal([1, 1 + SearchIndex.TitleWeight], index.Terms.Single(term => term.Term == "news").Postings);
        Assert.Equal([0, 1 + SearchIndex.TitleWeight], index.Terms.Single(term => term.Term == "other").Postings);
    }

    [Fact]
    public void The_indexer_numbers_documents_in_the_order_of_their_urls()
    {
        Run(Output, [new SearchRecord("/b/", "en", "Bee", "Bee."), new SearchRecord("/a/", "en", "Ant", "Ant."), new SearchRecord("/c/", "en", "Cat", "Cat.")]);

        var folder = Path.Combine(Output, SearchIndexer.Folder);
        var documents = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, SearchIndexFiles.DocumentFileName(0))))!.AsArray();
        Assert.Equal(["a/", "b/", "c/"], documents.Select(document => (string)document!["url"]!));
    }

    [Fact]
    public void An_edit_indexes_only_the_changed_documents_again_and_gives_the_index_a_whole_build_gives()
    {
        // Words every document has, words some have, and a word of each document's own.
        static SearchRecord Record(int i, string? title = null, string? content = null) => new(
            $"/articles/story-{i:D3}/", "en", title ?? $"Story {i}",
            content ?? $"The harbour{(i % 3 == 0 ? " ferry" : "")}{(i % 7 == 0 ? " tariffs tariffs" : "")} report number {i}. Own{i:D3}word here.");
        var before = Enumerable.Range(0, 60).Select(i => Record(i)).ToList();
        Assert.Equal(60, Run(Output, before).DocumentsIndexed);

        var after = before.ToList();
        // A body whose own word goes (the word leaves the index) and a new word comes (it enters it), counts changed.
        after[3] = Record(3, content: "The harbour ferry ferry report. Quagmirelike news.");
        // A headline alone: its words weigh more, the body is the same.
        after[10] = Record(10, title: "Tariffs for the harbour");
        // A body with no words at all, and the first and last documents, whose postings open and close each list.
        after[21] = Record(21, content: "…");
        after[0] = Record(0, content: "Zygote harbour.");
        after[59] = Record(59, content: "Aardvark.");
        var edit = Run(Output, after);

        Assert.Equal(5, edit.DocumentsIndexed);
        using var whole = new TempDirectory();
        Assert.Equal(60, Run(whole.Path, after).DocumentsIndexed);
        Assert.Equal(IndexFiles(whole.Path), IndexFiles(Output));
        Assert.Equal("/articles/story-003/", Assert.Single(SiteSearch.Find(Output, "quagmirelike")).Url);
        Assert.Empty(SiteSearch.Find(Output, "own003word"));
        Assert.Equal("/articles/story-010/", SiteSearch.Find(Output, "tariffs")[0].Url);

        // Nothing changed: kept. A document added: every document's number may move, so the index is built whole.
        Assert.Equal(SearchIndexing.Kept, Run(Output, after));
        Assert.Equal(61, Run(Output, [.. after, Record(60)]).DocumentsIndexed);
    }

    [Theory]
    [InlineData("terms/0.json")] // the words
    [InlineData("docs/0.json")]  // the edited document's old words (document 3 of the first file)
    [InlineData("meta.json")]
    public void An_index_that_cannot_be_read_back_is_built_whole(string damaged)
    {
        var records = Enumerable.Range(0, 10).Select(i => new SearchRecord($"/s{i}/", "en", $"S {i}", $"Body {i} of the harbour.")).ToList();
        Run(Output, records);
        var file = Path.Combine(Output, SearchIndexer.Folder, damaged);
        // Replaced, never written through: a file of the output may share its bytes with the spare site's.
        File.Delete(file);
        File.WriteAllText(file, "{\"harbour\":[0,");

        records[3] = records[3] with { Content = "Body 3 of the ferry." };
        Assert.Equal(new SearchIndexing(10, Whole: true), Run(Output, records));
        using var whole = new TempDirectory();
        Run(whole.Path, records);
        Assert.Equal(IndexFiles(whole.Path), IndexFiles(Output));
    }

    private static SearchIndexing Run(string site, IReadOnlyList<SearchRecord> records)
    {
        using var output = new StagedOutput(site);
        output.WriteText("index.html", "<!DOCTYPE html><title>Home</title>");
        var done = SearchIndexer.Run(output, records);
        output.Commit();
        return done;
    }

    private static Dictionary<string, string> IndexFiles(string site)
    {
        var folder = Path.Combine(site, SearchIndexer.Folder);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file), file => Convert.ToHexString(File.ReadAllBytes(file)));
    }

    [Fact]
    public void The_index_finds_an_article_by_a_word_of_its_body_with_its_title_and_url()
    {
        Build(Articles());

        var plain = Assert.Single(SiteSearch.Find(Output, "quokkaburg"));
        Assert.Equal(("/articles/first-story/", "First story"), (plain.Url, plain.Title));
        Assert.Contains("<mark>quokkaburg</mark> ferry", plain.Excerpt);
        Assert.Equal("/articles/first-story/", Assert.Single(SiteSearch.Find(Output, "Petrosyan")).Url);

        // A Markdown body is searched by the words it shows, not its syntax: emphasis, list items, link text, a figure's caption.
        foreach (var word in new[] { "zeppelinade", "gravelworth", "linked", "Ostrovia", "Background" })
        {
            var markdown = Assert.Single(SiteSearch.Find(Output, word));
            Assert.Equal(("/articles/markdown-story/", "Markdown story"), (markdown.Url, markdown.Title));
        }
        Assert.DoesNotContain("*", Assert.Single(SiteSearch.Find(Output, "zeppelinade")).Excerpt);
        // What no page shows is not searched: a script, a link's address, a tag (the tags' footer never was).
        Assert.Empty(SiteSearch.Find(Output, "hiddenword"));
        Assert.Empty(SiteSearch.Find(Output, "example"));
        Assert.Empty(SiteSearch.Find(Output, "Economy"));
    }

    [Fact]
    public void The_index_is_written_again_only_when_an_articles_record_changed_and_then_only_its_changed_files()
    {
        // Twelve articles in URL order: first-story 0, markdown-story 1, second-story 2, the others 3 to 11; two document files.
        const int others = 9;
        Assert.Equal(1, SearchIndexFiles.DocumentFileOf(3 + others - 1));
        Build(Articles(others: others));
        var index = Path.Combine(Output, SearchIndexer.Folder);
        MakeOld(index);

        // Nothing searchable changed (the same articles; then another tag, which the index does not hold): the index is kept.
        Build(Articles(others: others));
        Build(Articles(thirdTag: "Culture", others: others));
        Assert.Equal([], Changed(index));
        Assert.Equal("/articles/first-story/", Assert.Single(SiteSearch.Find(Output, "quokkaburg")).Url);

        // One body edited: written again, and the new word is found; the other document file is the file it was.
        Build(Articles(secondBody: "Two walrusine days.", thirdTag: "Culture", others: others));
        var changed = Changed(index);
        Assert.Contains("meta.json", changed);
        Assert.Contains(SearchIndexFiles.DocumentFileName(0), changed);
        Assert.DoesNotContain(SearchIndexFiles.DocumentFileName(1), changed);
        Assert.Equal("/articles/second-story/", Assert.Single(SiteSearch.Find(Output, "walrusine")).Url);
        Assert.Equal("/articles/first-story/", Assert.Single(SiteSearch.Find(Output, "quokkaburg")).Url);
        Assert.Equal("/articles/zz-other-08/", Assert.Single(SiteSearch.Find(Output, "other story 8")).Url);

        // An index removed from the output is built again, even though the records did not change.
        Directory.Delete(index, recursive: true);
        Build(Articles(secondBody: "Two walrusine days.", thirdTag: "Culture", others: others));
        Assert.Equal("/articles/second-story/", Assert.Single(SiteSearch.Find(Output, "walrusine")).Url);
    }

    [Fact]
    public void A_big_index_is_split_in_chunks_and_a_word_is_found_in_whichever_chunk_holds_it()
    {
        // Enough words that the postings fill several chunks: each article has a word of its own, and all share two.
        var records = Enumerable.Range(0, 4000)
            .Select(i => new SearchRecord($"/articles/story-{i:D4}/", "en", $"Story {i}", $"Story {i} of the harbour. Marker{i:D4}q appears here."))
            .ToList();
        Run(Output, records);

        var meta = JsonNode.Parse(File.ReadAllText(Path.Combine(Output, SearchIndexer.Folder, SearchIndexFiles.MetaFile)))!;
        var chunks = meta["chunks"]!.AsArray().Select(first => (string)first!).ToList();
        Assert.True(chunks.Count >= 3, $"{chunks.Count} chunks");
        Assert.Equal(4000, (int)meta["documents"]!);
        Assert.Equal("", chunks[0]);
        Assert.Equal(chunks.Order(StringComparer.Ordinal), chunks);
        // Each chunk's first word (and the word before it, the previous chunk's last) is found where it is.
        var words = chunks.Skip(1).Where(first => first.StartsWith("marker", StringComparison.Ordinal) && first != "marker0000q").Take(3).ToList();
        Assert.NotEmpty(words);
        foreach (var word in words)
        {
            var number = int.Parse(word["marker".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var n in new[] { number - 1, number })
            {
                var found = Assert.Single(SiteSearch.Find(Output, $"marker{n:D4}q"));
                Assert.Equal(($"/articles/story-{n:D4}/", $"Story {n}"), (found.Url, found.Title));
            }
        }
        // A prefix whose words span two chunks finds the articles of both.
        var split = words[0][..^2];
        var expected = records.Count(record => record.Content.Contains("Marker" + split["marker".Length..], StringComparison.Ordinal));
        Assert.Equal(expected, SiteSearch.Find(Output, split).Count);
        Assert.Equal(4000, SiteSearch.Find(Output, "harbour story").Count);
    }

    [Fact]
    public void An_edit_of_a_big_index_makes_again_only_the_chunks_of_the_words_it_changed_and_gives_the_files_a_whole_build_gives()
    {
        static SearchRecord Record(int i, string? content = null, bool own = true) => BigIndexRecord(i, content, own);
        var records = Enumerable.Range(0, 4000).Select(i => Record(i)).ToList();
        Run(Output, records);
        var folder = Path.Combine(Output, SearchIndexer.Folder);
        var firsts = Chunks(Output);
        Assert.True(firsts.Count >= 12, $"{firsts.Count} chunks");
        // A document whose own word is the first word of a chunk (not the first chunk).
        var opening = firsts.Skip(1).First(first => first.StartsWith("marker", StringComparison.Ordinal));
        var openingDocument = int.Parse(opening["marker".Length..^1], System.Globalization.CultureInfo.InvariantCulture);

        // A document whose own word ends a chunk: without it, that chunk runs on into the next, which has no change of its own.
        var closing = Enumerable.Range(1, firsts.Count - 2)
            .Select(chunk => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, SearchIndexFiles.ChunkFile(chunk))))!.AsObject().Last().Key)
            .First(word => System.Text.RegularExpressions.Regex.IsMatch(word, "^w[0-9]{4}[a-t]$"));
        var closingDocument = int.Parse(closing[1..5], System.Globalization.CultureInfo.InvariantCulture);

        // Thousands of new words that sort before all others: chunks are added near the first, and every later one is numbered anew.
        var many = string.Join(" ", Enumerable.Range(0, 3000).Select(k => $"aa{k:D4}"));
        var edits = new (int Document, string Content, bool Few)[]
        {
            (closingDocument, "Its own words gone.", true),
            (1234, "Story 1234 of the harbour ferry ferry. Marker1234q appears here.", true), // a shared word's count
            (2345, "Story 2345 of the harbour. Appears here, and so does Quixotically.", true), // its own word gone, a new word in
            (openingDocument, "The harbour, without its own word.", true),                   // the first word of a chunk gone
            (100, "Story 100 of the harbour. " + many, false),
            (100, "Story 100 of the harbour.", false),                                        // and gone again
        };
        foreach (var (document, content, few) in edits)
        {
            var before = Chunks(Output).Count;
            records[document] = Record(document, content, own: document != closingDocument);
            MakeOld(folder);
            Assert.Equal(new SearchIndexing(1, Whole: false), Run(Output, records));
            using var whole = new TempDirectory();
            Run(whole.Path, records);
            Assert.Equal(IndexFiles(whole.Path), IndexFiles(Output));
            var chunks = Changed(folder).Where(file => file.StartsWith("terms/", StringComparison.Ordinal)).ToList();
            if (few)
            {
                // Its document file, the meta and a few of the chunks, not the others.
                Assert.InRange(chunks.Count, 1, Chunks(Output).Count / 2);
            }
            else
            {
                Assert.NotEqual(before, Chunks(Output).Count);
            }
        }
        Assert.Equal("/articles/story-2345/", Assert.Single(SiteSearch.Find(Output, "quixotically")).Url);
        Assert.Empty(SiteSearch.Find(Output, "marker2345q"));
        Assert.Empty(SiteSearch.Find(Output, opening));
        Assert.Equal("/articles/story-1234/", SiteSearch.Find(Output, "ferry")[0].Url);
    }

    [Fact]
    public void A_chunk_gone_from_the_output_has_the_index_built_whole()
    {
        var records = Enumerable.Range(0, 4000).Select(i => BigIndexRecord(i)).ToList();
        Run(Output, records);
        var chunks = Chunks(Output);
        // The last chunk: the edit's words are all in earlier ones, so the update would keep it as it is.
        File.Delete(Path.Combine(Output, SearchIndexer.Folder, SearchIndexFiles.ChunkFile(chunks.Count - 1)));

        records[7] = BigIndexRecord(7, "Story 7 of the harbour, twice: harbour.");
        Assert.Equal(new SearchIndexing(4000, Whole: true), Run(Output, records));
        using var whole = new TempDirectory();
        Run(whole.Path, records);
        Assert.Equal(IndexFiles(whole.Path), IndexFiles(Output));
    }

    /// <summary>Document <paramref name="i"/> of a big index: with twenty words of its own (besides its marker), so that the postings fill many chunks.</summary>
    private static SearchRecord BigIndexRecord(int i, string? content = null, bool own = true) => new(
        $"/articles/story-{i:D4}/", "en", $"Story {i}",
        (content ?? $"Story {i} of the harbour{(i % 5 == 0 ? " ferry" : "")}. Marker{i:D4}q appears here.")
        + (own ? " " + string.Join(" ", Enumerable.Range(0, 20).Select(k => $"w{i:D4}{(char)('a' + k)}")) : ""));

    private static List<string> Chunks(string site) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(site, SearchIndexer.Folder, SearchIndexFiles.MetaFile)))!["chunks"]!.AsArray().Select(first => (string)first!).ToList();

    private static void MakeOld(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }
    }

    private static List<string> Changed(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => File.GetLastWriteTimeUtc(file) != LongAgo)
            .Select(file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

    public void Dispose() => _temp.Dispose();
}
