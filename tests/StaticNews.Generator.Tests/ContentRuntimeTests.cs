using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// The generated content as a consumer uses it: compiled into a real assembly, loaded into a collectible load
/// context, and called through Articles.All, Articles.BySlug and the typed article properties.
/// </summary>
public sealed class ContentRuntimeTests
{
    private const string SeedClass = "RussiaExpressesItsReadinessToProvideSupport";
    private const string SeedSlug = "russia-expresses-its-readiness-to-provide-support-as-the-situation-between";

    private static LoadedContent LoadSeed()
    {
        var run = GeneratorHarness.Run(TestData.Seed().With(TestData.Config()), TestData.Options()).AssertHealthy();
        return LoadedContent.Load(run.OutputCompilation);
    }

    [Fact]
    public void All_holds_the_seed_and_BySlug_returns_the_same_instance_as_the_typed_property()
    {
        using var content = LoadSeed();

        var typed = content.TypedArticle(SeedClass);
        Assert.Equal(SeedClass, typed.GetType().Name);
        Assert.True(content.ArticleType.IsInstanceOfType(typed));
        Assert.Same(typed, Assert.Single(content.All));
        Assert.Same(typed, content.BySlug(SeedSlug));
        Assert.Null(content.BySlug("no-such-article"));
        Assert.Null(content.BySlug(SeedSlug.ToUpperInvariant()));
    }

    [Fact]
    public void The_seed_reads_as_the_article()
    {
        using var content = LoadSeed();
        var article = content.BySlug(SeedSlug)!;

        var paragraphs = LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs");
        Assert.Equal(23, paragraphs.Count);
        Assert.StartsWith("Following the freefall", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("With this geopolitical shift", paragraphs[22], StringComparison.Ordinal);
        Assert.Equal(SeedSlug, LoadedContent.Get<string>(article, "Slug"));
        Assert.Equal("articles/" + SeedSlug + "/", LoadedContent.Get<string>(article, "Url"));
        Assert.Equal("seeds/" + TestData.SeedFileName, LoadedContent.Get<string>(article, "SourcePath"));
        Assert.StartsWith("Russia expresses its ‘readiness’", LoadedContent.Get<string>(article, "Title"), StringComparison.Ordinal);
        Assert.StartsWith("Russia also said", LoadedContent.Get<string>(article, "Standfirst"), StringComparison.Ordinal);
        Assert.Equal("This article has been updated to include the announcement of the latest call between Mirzoyan and Lavrov.",
            LoadedContent.Get<string>(article, "EditorsNote"));
        Assert.Null(LoadedContent.Get<DateTimeOffset?>(article, "Published"));
        Assert.Equal(LoadedContent.Get<string>(article, "Title"), article.ToString());
        Assert.Equal(string.Join("\n\n", paragraphs), LoadedContent.Call<string>(article, "GetPlainText"));
    }

    [Fact]
    public void Word_count_reading_time_and_excerpt()
    {
        using var content = LoadSeed();
        var article = content.BySlug(SeedSlug)!;

        var wordCount = LoadedContent.Get<int>(article, "WordCount");
        Assert.Equal(LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs").Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length), wordCount);
        var readingTime = LoadedContent.Get<TimeSpan>(article, "ReadingTime");
        Assert.True(readingTime >= TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.FromMinutes(Math.Ceiling(wordCount / 230.0)), readingTime);
        // The first paragraph is under 200 characters, so it is the excerpt as it is.
        Assert.Equal(LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs")[0], LoadedContent.Get<string>(article, "Excerpt"));
    }

    [Fact]
    public void A_long_first_paragraph_gives_an_excerpt_cut_at_a_word()
    {
        var first = string.Join(" ", Enumerable.Range(0, 80).Select(i => "word" + i)) + ".";
        var run = GeneratorHarness.Run(
            new AdditionalText[] { TestData.Document("long.txt", TestData.PlainText("Long", "Short standfirst.", first, "Second.")) },
            TestData.Options()).AssertHealthy();
        using var content = LoadedContent.Load(run.OutputCompilation);

        var excerpt = LoadedContent.Get<string>(content.BySlug("long")!, "Excerpt");

        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.InRange(excerpt.Length, 150, 201);
        Assert.StartsWith(excerpt[..^1] + " ", first, StringComparison.Ordinal);
    }

    [Fact]
    public void An_excerpt_cut_after_punctuation_drops_it_before_the_ellipsis()
    {
        // "word0, word1, ..." is cut at a space that follows a comma: the excerpt ends "wordN…", not "wordN,…".
        var first = string.Join(", ", Enumerable.Range(0, 80).Select(i => "word" + i)) + ".";
        var run = GeneratorHarness.Run(
            new AdditionalText[] { TestData.Document("commas.txt", TestData.PlainText("Commas", "Short standfirst.", first)) },
            TestData.Options()).AssertHealthy();
        using var content = LoadedContent.Load(run.OutputCompilation);

        var excerpt = LoadedContent.Get<string>(content.BySlug("commas")!, "Excerpt");

        Assert.Matches(@"word\d+…$", excerpt);
        Assert.StartsWith(excerpt[..^1] + ", ", first, StringComparison.Ordinal);
    }

    [Fact]
    public void An_excerpt_without_spaces_never_splits_a_surrogate_pair()
    {
        // "x" and 150 emoji are 301 UTF-16 code units with no space to cut at: a cut after 200 units would halve one.
        var first = "x" + string.Concat(Enumerable.Repeat("\U0001F680", 150));
        var run = GeneratorHarness.Run(
            new AdditionalText[] { TestData.Document("emoji.txt", TestData.PlainText("Rockets", "Standfirst.", first)) },
            TestData.Options()).AssertHealthy();
        using var content = LoadedContent.Load(run.OutputCompilation);

        var excerpt = LoadedContent.Get<string>(content.BySlug("rockets")!, "Excerpt");

        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        var cut = excerpt[..^1];
        Assert.True(cut.Length > 0 && !char.IsHighSurrogate(cut[^1]), "The excerpt ends with half of a surrogate pair.");
        Assert.StartsWith(cut, first, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_no_body_has_no_paragraphs_and_the_standfirst_as_excerpt()
    {
        var run = GeneratorHarness.Run(
            new AdditionalText[] { TestData.Document("brief.txt", "Brief\nOnly a standfirst.\n") },
            TestData.Options()).AssertHealthy();
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = content.BySlug("brief")!;

        Assert.Empty(LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs"));
        Assert.Equal(0, LoadedContent.Get<int>(article, "WordCount"));
        Assert.Equal(TimeSpan.FromMinutes(1), LoadedContent.Get<TimeSpan>(article, "ReadingTime"));
        Assert.Equal("Only a standfirst.", LoadedContent.Get<string>(article, "Excerpt"));
    }

    [Fact]
    public void Undated_articles_are_ordered_by_slug_and_every_one_is_reachable_by_slug()
    {
        var run = GeneratorHarness.Run(
            new AdditionalText[]
            {
                TestData.Seed(),
                TestData.Document("z.txt", TestData.PlainText("Zebra crossing", "Z.", "Z.")),
                TestData.Document("a.txt", TestData.PlainText("Aardvark escapes", "A.", "A.")),
            },
            TestData.Options()).AssertHealthy();
        using var content = LoadedContent.Load(run.OutputCompilation);

        Assert.Equal(new[] { "aardvark-escapes", SeedSlug, "zebra-crossing" }, content.AllSlugs);
        Assert.All(content.All, article => Assert.Same(article, content.BySlug(LoadedContent.Get<string>(article, "Slug"))));
        Assert.All(content.All, article => Assert.Same(article, content.TypedArticle(article.GetType().Name)));
    }

    [Fact]
    public void The_content_assembly_unloads()
    {
        var weak = LoadAndUnload();

        for (var i = 0; i < 10 && weak.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(weak.IsAlive, "The collectible load context was not unloaded: something still holds the generated assembly.");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadAndUnload()
    {
        using var content = LoadSeed();
        Assert.Single(content.All);
        return new WeakReference(content.Assembly);
    }
}

/// <summary>
/// Metadata travels from the generator to the article as data ("byteLength:text", "~" for null, "digits;"): text
/// that looks like that format, multi-byte characters and negative offsets must come back exactly.
/// </summary>
public sealed class ArticleDataRoundTripTests
{
    [Fact]
    public void Metadata_that_looks_like_the_data_format_comes_back_exactly()
    {
        var document = TestData.Document("tricky.md", string.Join("\n",
            "---",
            "title: \"~ 12:34; \\\"quoted\\\" \\\\ back\"",
            "standfirst: \"Армения 🇦🇲: 3; ~\"",
            "date: 2024-03-05T06:07:08-05:00",
            "updated: 2024-03-06T00:00:00+05:45",
            "authors: [\"~\", \"5:abc\", \"Ծովինար 👩‍👩‍👧\"]",
            "tags: [\"1;\", \"~~\"]",
            "section: \"0;\"",
            "image: /img/a;b.jpg",
            "lang: hy",
            "---",
            "Body.",
            ""));
        var run = GeneratorHarness.Run(new AdditionalText[] { document, TestData.Config() }, TestData.Options()).AssertHealthy();
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);

        Assert.Equal("~ 12:34; \"quoted\" \\ back", LoadedContent.Get<string>(article, "Title"));
        Assert.Equal("Армения 🇦🇲: 3; ~", LoadedContent.Get<string>(article, "Standfirst"));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 6, 7, 8, TimeSpan.FromHours(-5)), LoadedContent.Get<DateTimeOffset?>(article, "Published"));
        Assert.Equal(TimeSpan.FromHours(-5), LoadedContent.Get<DateTimeOffset?>(article, "Published")!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2024, 3, 6, 0, 0, 0, new TimeSpan(5, 45, 0)), LoadedContent.Get<DateTimeOffset?>(article, "Updated"));
        Assert.Equal(new[] { "~", "5:abc", "Ծովինար 👩‍👩‍👧" }, LoadedContent.Get<IReadOnlyList<string>>(article, "Authors"));
        Assert.Equal(new[] { "1;", "~~" }, LoadedContent.Get<IReadOnlyList<string>>(article, "Tags"));
        Assert.Equal("0;", LoadedContent.Get<string>(article, "Section"));
        Assert.Equal("/img/a;b.jpg", LoadedContent.Get<string>(article, "Image"));
        Assert.Equal("hy", LoadedContent.Get<string>(article, "Language"));
        Assert.Null(LoadedContent.Get<string?>(article, "EditorsNote"));
        Assert.Equal(new[] { "Body." }, LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs"));
    }
}
