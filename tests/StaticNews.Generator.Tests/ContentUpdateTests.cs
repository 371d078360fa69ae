using System.Text;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Content;
using StaticNews.Generator.Indexing;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;

namespace StaticNews.Generator.Tests;

/// <summary>
/// <see cref="ContentCompiler.Update"/>: documents that come, go or are edited, taken into the last content without
/// compiling every document again, give what <see cref="ContentCompiler.Compile"/> over all the documents gives, or
/// nothing (then the caller compiles). Checked over random corpora whose titles, dates, tags, URLs and old URLs clash
/// often, through random sequences of changes.
/// </summary>
public sealed class ContentUpdateTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly GeneratorOptions Options = ContentCompiler.Options("/news/", ConfigResult.Missing);

    private static readonly string[] Titles = ["Budget vote", "Budget vote delayed", "Flood warning", "Election day", "Election Day", "Port deal", "Port deal 2", "Strike ends"];
    private static readonly string[] Words = ["river", "court", "market", "border", "school", "harbour", "valley", "bridge"];
    private static readonly string[] Tags = ["Politics", "politics", "Politiçs", "Economy", "Weather", "Local news", "Local-News", "Sport", "Culture", "Health", "Science", "Business", "Courts", "Energy", "Transport", "Housing", "Climate", "Education",
        new string('x', 85) + " one", new string('x', 85) + " two"];

    [Fact]
    public void A_new_document_is_named_published_and_tagged_as_a_compile_would()
    {
        var documents = new List<ArticleDocument> { Parse("a.md", Doc("Alpha", "2025-01-01", "news")), Parse("b.md", Doc("Beta", "2025-01-03", "news")) };
        var compiled = Compile(documents);
        var added = Parse("c.md", Doc("Gamma", "2025-01-02", "news, weather"));

        var updated = ContentCompiler.Update(compiled, [], [added], Now);

        Assert.NotNull(updated);
        Assert.Equal(["b", "c", "a"], updated.Published.Select(article => article.Names.Slug));
        Assert.Equal(["b", "c", "a"], updated.Tags.Single(tag => tag.Slug == "news").Articles.Select(article => article.Names.Slug));
        Assert.Equal(["c"], updated.Tags.Single(tag => tag.Slug == "weather").Articles.Select(article => article.Names.Slug));
        Assert.Same(compiled.Published[0].Article, updated.Published[0].Article);
        AssertSame(Compile([.. documents, added]), updated);
    }

    [Fact]
    public void A_document_an_update_brought_is_found_by_the_next_one_that_deletes_it()
    {
        var documents = new List<ArticleDocument> { Parse("a.md", Doc("Alpha", "2025-01-01", "news")), Parse("b.md", Doc("Beta", "2025-01-03", "news")) };
        var added = Parse("c.md", Doc("Gamma", "2025-01-02", "news, weather"));
        var updated = ContentCompiler.Update(Compile(documents), [], [added], Now);
        Assert.NotNull(updated);

        var deleted = ContentCompiler.Update(updated, [added], [], Now);

        Assert.NotNull(deleted);
        AssertSame(Compile(documents), deleted);
    }

    [Fact]
    public void A_document_edited_in_place_is_found_by_the_next_update_that_deletes_it()
    {
        var alpha = Parse("a.md", Doc("Alpha", "2025-01-01", "news"));
        var beta = Parse("b.md", Doc("Beta", "2025-01-03", "news"));
        var edited = Parse("b.md", Doc("Beta", "2025-01-03", "news").Replace("Body.", "Body, edited."));
        // An update of nothing gives the content its paths, which the edit carries on.
        var replaced = ContentCompiler.Replace(ContentCompiler.Update(Compile([alpha, beta]), [], [], Now)!, [(beta, edited)], Now);
        Assert.NotNull(replaced);

        var deleted = ContentCompiler.Update(replaced, [edited], [], Now);

        Assert.NotNull(deleted);
        AssertSame(Compile([alpha]), deleted);
    }

    [Fact]
    public void A_document_an_update_moved_within_its_part_and_the_next_one_deletes_is_taken_out_as_a_compile_would()
    {
        // Two documents in one generated part: "Alpha" sorts before "Zulu" there, so its coming moves Zulu one place on.
        var zulu = Parse("zulu.md", Doc("Zulu", "2025-01-01", "news"));
        var name = Enumerable.Range(0, 100_000).Select(i => $"alpha-{i}.md")
            .First(name => ArticlePartitioner.PartOf(zulu.SourcePath.Replace("zulu.md", name)) == ArticlePartitioner.PartOf(zulu.SourcePath));
        var alpha = Parse(name, Doc("Alpha", "2025-01-02", "news"));
        var compiled = Compile([zulu]);
        var added = ContentCompiler.Update(compiled, [], [alpha], Now);
        Assert.NotNull(added);
        Assert.NotEqual(compiled.Articles.Single().Names.Location, added.Articles.Single(named => named.Article == zulu).Names.Location);

        var deleted = ContentCompiler.Update(added, [zulu], [], Now);

        Assert.NotNull(deleted);
        AssertSame(Compile([alpha]), deleted);
    }

    [Fact]
    public void A_document_that_takes_or_frees_a_name_another_wants_needs_a_compile()
    {
        var documents = new List<ArticleDocument>
        {
            Parse("a.md", Doc("Alpha", "2025-01-01", "news", slug: "alpha")),
            Parse("b.md", Doc("Alpha", "2025-01-03", "news", slug: "alpha")),
            Parse("c.md", Doc("Gamma", "2025-01-02", "news")),
        };
        var compiled = Compile(documents);
        Assert.Equal(["alpha-2", "c", "alpha"], compiled.Published.Select(article => article.Names.Slug));

        // An older one wants the slug "alpha" (and its class name): naming again would move both.
        Assert.Null(ContentCompiler.Update(compiled, [], [Parse("d.md", Doc("Delta", "2024-12-01", "news", slug: "alpha"))], Now));
        Assert.Null(ContentCompiler.Update(compiled, [], [Parse("d.md", Doc("Alpha", "2024-12-01", "news"))], Now));
        // The holder of "alpha" goes: "alpha-2" would become "alpha".
        Assert.Null(ContentCompiler.Update(compiled, [documents[0]], [], Now));
        // "c" goes, or "d" comes, wanting nothing another has.
        Assert.NotNull(ContentCompiler.Update(compiled, [documents[2]], [], Now));
        Assert.NotNull(ContentCompiler.Update(compiled, [], [Parse("d.md", Doc("Delta", "2024-12-01", "news"))], Now));
    }

    [Theory]
    // A slug a suffix skipped: "port-deal" is wanted twice, the second got "port-deal-3" past b's "port-deal-2".
    [InlineData("a.md|Port one|2025-01-01|news|port-deal", "b.md|Port two|2025-01-02|news|port-deal-2", "c.md|Port three|2025-01-03|news|port-deal", 1)]
    // A class name a suffix skipped: PortDeal is wanted twice, the second got PortDeal3 past b's PortDeal2.
    [InlineData("a.md|Port deal|2025-01-01|news|", "b.md|Port deal 2|2025-01-02|news|", "c.md|Port deal|2025-01-03|news|", 1)]
    // A tag slug two long tags share (cut at 80 characters): the tag first used by the oldest article keeps it.
    [InlineData("a.md|One|2025-01-01|" + LongTag + " one|", "b.md|Two|2025-01-02|" + LongTag + " two|", "c.md|Three|2025-01-03|" + LongTag + " one|", 0)]
    // A URL of its own that the permalink of a suffixed slug skipped.
    [InlineData("a.md|Port one|2025-01-01|news|port-deal", "b.md|Own|2025-01-02|news|own|/articles/port-deal-2/", "c.md|Port three|2025-01-03|news|port-deal", 1)]
    public void An_article_going_that_holds_what_another_was_moved_past_needs_a_compile(string first, string second, string third, int holder)
    {
        var documents = new List<ArticleDocument> { ParseLine(first), ParseLine(second), ParseLine(third) };
        var compiled = Compile(documents);

        foreach (var gone in documents)
        {
            var updated = ContentCompiler.Update(compiled, [gone], [], Now);
            if (updated is not null)
            {
                AssertSame(Compile(documents.Where(document => document != gone)), updated);
            }
        }
        Assert.Null(ContentCompiler.Update(compiled, [documents[holder]], [], Now));
    }

    [Fact]
    public void An_article_at_a_URL_a_redirect_document_asks_for_or_leads_to_needs_a_compile()
    {
        var documents = new List<ArticleDocument> { Parse("a.md", Doc("Alpha", "2025-01-01", "news")) };
        RedirectDocument[] redirects = [Redirect("moved.md", "---\nredirect_to: /articles/a/\nurl: /old/a/\n---\n"), Redirect("gone.md", "---\nredirect_to: /articles/later/\n---\n")];
        var compiled = ContentCompiler.Compile(documents, includeDrafts: false, Now, redirects: redirects);

        Assert.Null(ContentCompiler.Update(compiled, [], [ParseLine("b.md|Beta|2025-01-02|news||/old/a/")], Now));
        Assert.Null(ContentCompiler.Update(compiled, [], [ParseLine("later.md|Later|2025-01-02|news|")], Now));
        Assert.NotNull(ContentCompiler.Update(compiled, [], [ParseLine("b.md|Beta|2025-01-02|news|")], Now));
    }

    [Theory]
    [InlineData("related: [no-such-story]\n")]
    [InlineData("lang: hy\ntranslation_of: no-such-story\n")]
    public void The_first_article_the_cross_document_checks_read_is_checked_as_a_compile_checks_it(string frontMatter)
    {
        // Checks over all articles are skipped while none has anything for them: the first that has must be checked.
        var documents = new List<ArticleDocument> { Parse("a.md", Doc("Alpha", "2025-01-01", "news")), Parse("b.md", Doc("Beta", "2025-01-02", "news")) };
        var compiled = Compile(documents);
        var added = Parse("c.md", $"---\ntitle: Gamma\ndate: 2025-01-03\n{frontMatter}---\nBody.\n");
        var expected = Compile([.. documents, added]);

        var updated = ContentCompiler.Update(compiled, [], [added], Now);

        Assert.NotNull(updated);
        AssertSame(expected, updated);
        Assert.NotEmpty(expected.Diagnostics);
        // And once it goes again, nothing is left to check.
        var removed = ContentCompiler.Update(updated, [added], [], Now);
        Assert.NotNull(removed);
        AssertSame(Compile(documents), removed);
    }

    [Fact]
    public void The_first_custom_fields_are_checked_for_one_type_as_a_compile_checks_them()
    {
        var documents = new List<ArticleDocument> { Parse("a.md", Doc("Alpha", "2025-01-01", "news")) };
        var compiled = Compile(documents);
        List<ArticleDocument> added =
        [
            Parse("b.md", "---\ntitle: Beta\ndate: 2025-01-02\nrating: 5\n---\nBody.\n"),
            Parse("c.md", "---\ntitle: Gamma\ndate: 2025-01-03\nrating: high\n---\nBody.\n"),
        ];
        var expected = Compile([.. documents, .. added]);

        var updated = ContentCompiler.Update(compiled, [], added, Now);

        Assert.NotNull(updated);
        AssertSame(expected, updated);
        Assert.Contains(expected.Diagnostics, diagnostic => diagnostic.Descriptor.Id == DiagnosticDescriptors.CustomFieldTypeConflict.Id);
    }

    [Theory]
    [InlineData("url: /same/\naliases: [/same/]\n")]
    [InlineData("aliases: [/old/one/, /OLD/ONE/]\n")]
    public void An_article_whose_old_URLs_clash_with_its_own_is_taken_as_a_compile_takes_it(string frontMatter)
    {
        var documents = new List<ArticleDocument> { Parse("a.md", Doc("Alpha", "2025-01-01", "news")) };
        var compiled = Compile(documents);
        var added = Parse("b.md", $"---\ntitle: Beta\ndate: 2025-01-02\n{frontMatter}---\nBody.\n");

        var updated = ContentCompiler.Update(compiled, [], [added], Now);

        if (updated is not null)
        {
            AssertSame(Compile([.. documents, added]), updated);
        }
    }

    [Fact]
    public void A_draft_or_an_article_dated_in_the_future_needs_a_compile()
    {
        var compiled = Compile([Parse("a.md", Doc("Alpha", "2025-01-01", "news"))]);

        Assert.Null(ContentCompiler.Update(compiled, [], [Parse("b.md", Doc("Beta", "2025-06-01", "news"))], Now));
        Assert.Null(ContentCompiler.Update(compiled, [], [Parse("b.md", Doc("Beta", "2025-01-02", "news").Replace("---\nBody", "draft: true\n---\nBody"))], Now));
    }

    [Fact]
    public void A_date_or_expiry_that_falls_after_a_chain_of_updates_needs_a_compile()
    {
        // Embargoed until six hours after the compile: the updates before then carry that moment along.
        var compiled = Compile([Parse("a.md", Doc("Alpha", "2025-01-01", "news")), Parse("later.md", Doc("Later", "2025-03-01T18:00:00Z", "news"))]);
        var first = ContentCompiler.Update(compiled, [], [Parse("b.md", Doc("Beta", "2025-01-02", "news"))], Now.AddHours(1));
        Assert.NotNull(first);
        var second = ContentCompiler.Update(first, [], [Parse("c.md", Doc("Gamma", "2025-01-03", "news"))], Now.AddHours(2));
        Assert.NotNull(second);

        Assert.Null(ContentCompiler.Update(second, [], [Parse("d.md", Doc("Delta", "2025-01-04", "news"))], Now.AddHours(7)));

        // An article that comes with an expiry brings its own moment.
        var echo = Parse("e.md", Doc("Echo", "2025-01-05", "news").Replace("---\nBody", "expiryDate: 2025-03-01T15:00:00Z\n---\nBody"));
        Assert.Equal(Now.AddHours(3), echo.Metadata.Expires);
        var expiring = ContentCompiler.Update(compiled, [], [echo], Now.AddHours(1));
        Assert.NotNull(expiring);
        Assert.NotNull(ContentCompiler.Update(expiring, [], [Parse("f.md", Doc("Foxtrot", "2025-01-06", "news"))], Now.AddHours(2)));
        Assert.Null(ContentCompiler.Update(expiring, [], [Parse("f.md", Doc("Foxtrot", "2025-01-06", "news"))], Now.AddHours(4)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_changes_to_random_corpora_give_what_a_compile_gives(int seed)
    {
        var random = new Random(seed);
        var documents = new List<ArticleDocument>();
        var serial = 0;
        for (var i = random.Next(40, 120); i > 0; i--)
        {
            documents.Add(Parse($"d{serial++}.md", RandomDoc(random)));
        }
        var redirects = new[] { Redirect("moved.md", "---\nredirect_to: /articles/d0/\nurl: /old/flood/\n---\n") };
        var urlLock = random.Next(3) == 0 ? Lock(new() { ["d1.md"] = "articles/kept-by-lock/", ["gone.md"] = "articles/strike-ends/" }) : null;
        var config = ConfigResult.Missing with { Lead = "port-deal", LeadLocation = LocationInfo.StartOf("/news/staticnews.yml") };
        CompiledContent Full(IEnumerable<ArticleDocument> all, DateTimeOffset now) =>
            ContentCompiler.Compile(all, includeDrafts: false, now, redirects: redirects, config: config, urlLock: urlLock);

        var now = Now;
        var content = Full(documents, now);
        var updates = 0;
        for (var step = 0; step < 30; step++)
        {
            var removed = new List<ArticleDocument>();
            var added = new List<ArticleDocument>();
            var next = documents.ToList();
            switch (random.Next(3))
            {
                case 0:
                    added.Add(Parse($"d{serial++}.md", RandomDoc(random)));
                    next.Add(added[0]);
                    break;
                case 1 when next.Count > 1:
                    removed.Add(next[random.Next(next.Count)]);
                    next.Remove(removed[0]);
                    break;
                default:
                    var at = random.Next(next.Count);
                    removed.Add(next[at]);
                    added.Add(next[at] = Parse(Path.GetFileName(next[at].FilePath), RandomDoc(random)));
                    break;
            }
            now = now.AddMinutes(random.Next(0, 3));
            var full = Full(next, now);
            var updated = ContentCompiler.Update(content, removed, added, now);
            if (updated is not null)
            {
                AssertSame(full, updated);
                updates++;
            }
            (documents, content) = (next, updated ?? full);
        }
        // The fast path must be taken for the test to check it: most random changes clash with nothing.
        Assert.True(updates >= 5, $"only {updates} of 30 changes were taken in without a compile");
    }

    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            seeds.Add(seed);
        }
        return seeds;
    }

    private static void AssertSame(CompiledContent expected, CompiledContent actual)
    {
        Assert.Equal(expected.Articles.Select(Describe), actual.Articles.Select(Describe));
        Assert.Equal(expected.Published.Select(Describe), actual.Published.Select(Describe));
        Assert.Equal(expected.Tags.Select(tag => $"{tag.Name}|{tag.Slug}|{string.Join(",", tag.Articles.Select(Describe))}"),
            actual.Tags.Select(tag => $"{tag.Name}|{tag.Slug}|{string.Join(",", tag.Articles.Select(Describe))}"));
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.Redirects, actual.Redirects);
        Assert.Equal(expected.Pages ?? Array.Empty<NamedPage>(), actual.Pages ?? Array.Empty<NamedPage>());
        Assert.All(actual.Articles, named => Assert.Same(expected.Articles.Single(e => e.Names.FilePath == named.Names.FilePath).Article, named.Article));
    }

    private static string Describe(NamedArticle named) =>
        $"{named.Names.FilePath} {named.Names.Slug} {named.Names.ClassName} {named.Names.Location} {named.Names.PagePath} [{string.Join(" ", named.Names.Aliases)}]";

    private static string RandomDoc(Random random)
    {
        var text = new StringBuilder("---\n");
        // A few titles (class names) and dates that clash, the rest of each its own.
        var title = random.Next(6) == 0 ? Titles[random.Next(Titles.Length)] : "Story " + Words[random.Next(Words.Length)] + " " + Words[random.Next(Words.Length)] + " " + random.Next(1000);
        text.Append("title: ").Append(title).Append('\n');
        var day = random.Next(10) == 0 ? "2025-01-01" : new DateTime(2024, 1, 1).AddDays(random.Next(0, 440)).ToString("yyyy-MM-dd");
        text.Append("date: ").Append(day).Append('\n');
        var tags = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Tags[random.Next(Tags.Length)]);
        text.Append("tags: [").Append(string.Join(", ", tags.Select(tag => "\"" + tag + "\""))).Append("]\n");
        if (random.Next(8) == 0)
        {
            text.Append("slug: ").Append(new[] { "port-deal", "port-deal-2", "d1" }[random.Next(3)]).Append('\n');
        }
        if (random.Next(12) == 0)
        {
            text.Append("url: /").Append(random.Next(2) == 0 ? "old/flood" : "special").Append("/\n");
        }
        if (random.Next(12) == 0)
        {
            text.Append("aliases: [/old/").Append(random.Next(3)).Append("/]\n");
        }
        if (random.Next(20) == 0)
        {
            text.Append("draft: true\n");
        }
        if (random.Next(8) == 0)
        {
            text.Append("related: [election-day, flood-warning]\n");
        }
        if (random.Next(10) == 0)
        {
            text.Append("lang: hy\ntranslation_of: budget-vote\n");
        }
        if (random.Next(8) == 0)
        {
            text.Append("rating: ").Append(random.Next(2) == 0 ? "5" : "high").Append('\n');
        }
        return text.Append("---\nBody.\n").ToString();
    }

    private static string Doc(string title, string date, string tags, string? slug = null) =>
        $"---\ntitle: {title}\ndate: {date}\ntags: [{tags}]\n{(slug is null ? "" : "slug: " + slug + "\n")}---\nBody.\n";

    private const string LongTag = "A very long tag name that goes on and on past the eighty characters a slug may hold, so";

    /// <summary>A document from "file|title|date|tags|slug|url", the last two optional.</summary>
    private static ArticleDocument ParseLine(string line)
    {
        var parts = line.Split('|');
        var extra = (parts.Length > 4 && parts[4].Length > 0 ? "slug: " + parts[4] + "\n" : "") + (parts.Length > 5 ? "url: " + parts[5] + "\n" : "");
        return Parse(parts[0], $"---\ntitle: {parts[1]}\ndate: {parts[2]}\ntags: [\"{parts[3]}\"]\n{extra}---\nBody.\n");
    }

    private static CompiledContent Compile(IEnumerable<ArticleDocument> documents) => ContentCompiler.Compile(documents, includeDrafts: false, Now);

    private static ArticleDocument Parse(string name, string text) =>
        ContentCompiler.Parse("/news/" + name, SourceText.From(text), Options).Article!;

    private static RedirectDocument Redirect(string name, string text) =>
        ContentCompiler.Parse("/news/" + name, SourceText.From(text), Options).Redirect!;

    private static UrlLock Lock(Dictionary<string, string> urls) =>
        ContentCompiler.ReadLock("/news/staticnews.lock", SourceText.From(UrlLockFile.Write(urls)));
}
