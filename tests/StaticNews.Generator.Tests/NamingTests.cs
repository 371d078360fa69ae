using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>Slugs and class names for hostile titles: always valid, readable where possible, stable.</summary>
public sealed class NamingTests
{
    private static readonly Regex ClassNameShape = new("^[A-Za-z][A-Za-z0-9]*$");
    private static readonly Regex SlugShape = new("^[a-z0-9]+(-[a-z0-9]+)*$");

    /// <summary>Names of the generated API and of System.Object that an article class must never take.</summary>
    private static readonly string[] ApiNames =
    {
        "Article", "Articles", "All", "BySlug", "Tags", "Tag", "Redirects", "Redirect", "Instance", "Slug", "Title", "Url",
        "Equals", "GetHashCode", "ToString", "GetType",
    };

    private static readonly string[] HostileTitleList =
    {
        "2024 election results",
        "class",
        "namespace",
        "event",
        "!!!",
        "Привет мир",
        "Բարեւ Երեւան",
        "Ուրախ լուր",
        "Καλημέρα κόσμε",
        "Café déjà vu",
        "🚀🔥",
        "东京新闻",
        "أخبار اليوم",
        "שלום עולם",
        "Breaking\u202Enews",
        "Zero\u200Bwidth",
        "Fam\u200Dily",
        "\u202E\u200B\u200D",
        "CON",
        "All",
        "Tags",
        "Redirects",
        "Article",
        "Body UTF-8",
        "Create slug index",
        new string('x', 300),
        string.Join(" ", Enumerable.Repeat("word", 100)),
        "",
        "   ",
        "\uD800 lone surrogate",
    };

    public static TheoryData<string> HostileTitles => new(HostileTitleList);

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void Class_name_is_a_plain_ASCII_identifier(string title)
    {
        var name = ClassNameBuilder.FromTitle(title);

        Assert.Matches(ClassNameShape, name);
        Assert.True(SyntaxFacts.IsValidIdentifier(name), name);
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(name));
        Assert.InRange(name.Length, 1, ClassNameBuilder.MaxLength + "Article".Length);
        Assert.DoesNotContain(name, ApiNames);
    }

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void Slug_is_lower_case_ASCII_words_within_80_characters(string title)
    {
        var slug = SlugBuilder.FromTitle(title);

        Assert.Matches(SlugShape, slug);
        Assert.InRange(slug.Length, 1, SlugBuilder.MaxLength);
    }

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void Names_are_stable_across_calls(string title)
    {
        Assert.Equal(SlugBuilder.FromTitle(title), SlugBuilder.FromTitle(new string(title.AsSpan())));
        Assert.Equal(ClassNameBuilder.FromTitle(title), ClassNameBuilder.FromTitle(new string(title.AsSpan())));
    }

    [Theory]
    [InlineData("2024 election results", "2024-election-results", "Article2024ElectionResults")]
    [InlineData("class", "class", "Class")]
    [InlineData("namespace", "namespace", "Namespace")]
    [InlineData("event", "event", "Event")]
    [InlineData("Привет мир", "privet-mir", "PrivetMir")]
    [InlineData("Бывший министр уехал в Ереван", "byvshiy-ministr-uekhal-v-erevan", "ByvshiyMinistrUekhalVErevan")]
    [InlineData("Ёлка и йогурт", "yolka-i-yogurt", "YolkaIYogurt")]
    [InlineData("Ёлка и и\u0306огурт", "yolka-i-yogurt", "YolkaIYogurt")]
    [InlineData("Їжак у Києві", "yizhak-u-kiyevi", "YizhakUKiyevi")]
    [InlineData("Tiếng Việt", "tieng-viet", "TiengViet")]
    [InlineData("Cafe\u0301 de\u0301ja\u0300 vu", "cafe-deja-vu", "CafeDejaVu")]
    [InlineData("Բարեւ Երեւան", "barev-erevan", "BarevErevan")]
    [InlineData("Ուրախ լուր", "urakh-lur", "UrakhLur")]
    [InlineData("Հայաստանու սահմանը", "hayastanu-sahmany", "HayastanuSahmany")]
    [InlineData("Καλημέρα κόσμε", "kalimera-kosme", "KalimeraKosme")]
    [InlineData("Café déjà vu", "cafe-deja-vu", "CafeDejaVu")]
    [InlineData("Straße über Łódź", "strasse-uber-lodz", "StrasseUberLodz")]
    [InlineData("Daniel Martí", "daniel-marti", "DanielMarti")]
    [InlineData("café", "cafe", "Cafe")]
    [InlineData("Ελληνικά ἀρχαῖα", "ellinika-archaia", "EllinikaArchaia")]
    [InlineData("Ǣ and Ȫ", "ae-and-o", "AeAndO")]
    [InlineData("Armenia’s ‘frozen’ membership", "armenias-frozen-membership", "ArmeniasFrozenMembership")]
    [InlineData("Breaking\u202Enews", "breaking-news", "BreakingNews")]
    [InlineData("Zero\u200Bwidth", "zero-width", "ZeroWidth")]
    [InlineData("Fam\u200Dily", "fam-ily", "FamIly")]
    [InlineData("News اليوم today", "news-today", "NewsToday")]
    [InlineData("CON", "con-article", "Con")]
    [InlineData("lpt1", "lpt1-article", "Lpt1")]
    [InlineData("Nul", "nul-article", "Nul")]
    [InlineData("All", "all", "AllArticle")]
    [InlineData("Tags", "tags", "TagsArticle")]
    [InlineData("Article", "article", "ArticleArticle")]
    [InlineData("By slug", "by-slug", "BySlugArticle")]
    public void Readable_names(string title, string slug, string className)
    {
        Assert.Equal(slug, SlugBuilder.FromTitle(title));
        Assert.Equal(className, ClassNameBuilder.FromTitle(title));
    }

    /// <summary>
    /// Every character with a canonical decomposition (ICU's, in this process) gives the same words as its decomposed
    /// form: the transliteration's own table must know each one, because the site runs with InvariantGlobalization,
    /// where string.Normalize leaves non-ASCII text as it is.
    /// </summary>
    [Fact]
    public void A_letter_and_its_canonical_decomposition_give_the_same_words_without_the_runtime_normalizing()
    {
        Assert.Equal("e\u0301", "\u00e9".Normalize(NormalizationForm.FormD));
        var differences = new List<string>();
        for (var code = 0x80; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            string decomposed;
            try
            {
                decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                continue;
            }
            if (decomposed == c.ToString())
            {
                continue;
            }
            var whole = Words.FromTitle("a" + c + "b");
            var split = Words.FromTitle("a" + decomposed + "b");
            if (!whole.SequenceEqual(split))
            {
                differences.Add($"U+{code:X4} {c}: {string.Join("-", whole)} but decomposed {string.Join("-", split)}");
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(40)));
    }

    /// <summary>The site makes tag and author slugs in a process with InvariantGlobalization; they must be the generator's.</summary>
    [Fact]
    public void Slugs_are_the_same_in_a_process_with_invariant_globalization()
    {
        const string Program = """
            using System.IO;
            using System.Linq;
            var lines = File.ReadAllLines(args[0]).Select(StaticNews.Generator.Naming.SlugBuilder.FromTitle);
            // The proof that this process has no ICU: FormD leaves é whole.
            File.WriteAllLines(args[1], lines.Prepend("\u00e9".Normalize(System.Text.NormalizationForm.FormD).Length.ToString()));
            """;
        var titles = new[] { "Daniel Martí", "café", "Économie", "Tiếng Việt", "Ёлка и и\u0306огурт", "Καλημέρα κόσμε", "Straße über Łódź" };

        var output = InvariantGlobalizationProcess.Run(Program, string.Join("\n", titles) + "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("1", output[0]);
        Assert.Equal(new[] { "daniel-marti", "cafe", "economie", "tieng-viet", "yolka-i-yogurt", "kalimera-kosme", "strasse-uber-lodz" }, output.Skip(1));
        Assert.Equal(output.Skip(1), titles.Select(SlugBuilder.FromTitle));
    }

    [Theory]
    [InlineData("!!!", "2d53a722")]
    [InlineData("🚀🔥", "bbaeb160")]
    [InlineData("东京新闻", "0059ab76")]
    [InlineData("أخبار اليوم", "f503d7c8")]
    public void Titles_without_latin_words_get_a_stable_hash_name(string title, string hash)
    {
        // FNV-1a over UTF-8: the same on every machine and process (string.GetHashCode is not).
        Assert.Equal("article-" + hash, SlugBuilder.FromTitle(title));
        Assert.Equal("Article" + hash.ToUpperInvariant(), ClassNameBuilder.FromTitle(title));
    }

    [Fact]
    public void Reserved_device_names_are_never_a_slug()
    {
        foreach (var device in new[] { "CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT9" })
        {
            Assert.NotEqual(device.ToLowerInvariant(), SlugBuilder.FromTitle(device));
        }
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var title = "The parliament of Armenia debated the constitutional amendments late into the night while protesters gathered outside";
        var full = string.Join("-", Words.FromTitle(title));

        var slug = SlugBuilder.FromTitle(title);

        Assert.True(full.Length > SlugBuilder.MaxLength);
        Assert.InRange(slug.Length, 1, SlugBuilder.MaxLength);
        Assert.StartsWith(slug, full, StringComparison.Ordinal);
        Assert.Equal('-', full[slug.Length]);
        Assert.Equal("the-parliament-of-armenia-debated-the-constitutional-amendments-late-into-the", slug);

        var className = ClassNameBuilder.FromTitle(title);
        Assert.InRange(className.Length, 1, ClassNameBuilder.MaxLength);
        Assert.Equal("TheParliamentOfArmeniaDebatedThe", className);
    }

    [Fact]
    public void One_very_long_word_is_cut_to_the_limit()
    {
        Assert.Equal(new string('x', SlugBuilder.MaxLength), SlugBuilder.FromTitle(new string('x', 300)));
        Assert.Equal("X" + new string('x', ClassNameBuilder.MaxLength - 1), ClassNameBuilder.FromTitle(new string('x', 300)));
    }

    [Fact]
    public void Clashes_are_resolved_in_ordinal_path_order_whatever_the_input_order()
    {
        var requests = new[]
        {
            Request("seeds/b.txt", "same-title", "SameTitle"),
            Request("seeds/a.txt", "same-title", "SameTitle"),
            Request("seeds/c.txt", "same-title", "SameTitle"),
        };

        var forward = NameAssigner.Assign(requests.ToImmutableArray());
        var backward = NameAssigner.Assign(requests.Reverse().ToImmutableArray());

        Assert.Equal(forward, backward);
        Assert.Equal(new[] { "same-title", "same-title-2", "same-title-3" }, forward.Names.Select(n => n.Slug));
        Assert.Equal(new[] { "SameTitle", "SameTitle2", "SameTitle3" }, forward.Names.Select(n => n.ClassName));
        Assert.Equal("/repo/seeds/a.txt", forward.Names[0].FilePath);
        Assert.Equal(4, forward.Diagnostics.Count);
    }

    [Fact]
    public void A_new_document_with_an_existing_title_never_takes_the_existing_articles_names()
    {
        // The new document's path sorts first and it was published later: the published URL stays where it was.
        var existing = Request("seeds/b-existing.txt", "election-results", "ElectionResults") with { Published = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero) };
        var arrived = Request("seeds/a-new.txt", "election-results", "ElectionResults") with { Published = new DateTimeOffset(2025, 3, 2, 9, 0, 0, TimeSpan.Zero) };

        var names = NameAssigner.Assign(ImmutableArray.Create(arrived, existing)).Names;

        Assert.Equal(("election-results", "ElectionResults"), names.Where(n => n.FilePath == existing.FilePath).Select(n => (n.Slug, n.ClassName)).Single());
        Assert.Equal(("election-results-2", "ElectionResults2"), names.Where(n => n.FilePath == arrived.FilePath).Select(n => (n.Slug, n.ClassName)).Single());
    }

    [Fact]
    public void Claims_go_by_the_moment_of_publication_then_path_with_undated_documents_last()
    {
        var requests = new[]
        {
            Request("seeds/a.txt", "same", "Same"),
            Request("seeds/b.txt", "same", "Same") with { Published = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.FromHours(4)) },
            Request("seeds/c.txt", "same", "Same") with { Published = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero) },
            Request("seeds/d.txt", "same", "Same") with { Published = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero) },
        };

        // b is 08:00 UTC, as d is: the path decides between them; c is later; a has no date.
        Assert.Equal(new[] { "seeds/b.txt", "seeds/d.txt", "seeds/c.txt", "seeds/a.txt" }, NameAssigner.ClaimOrder(requests.Reverse()).Select(r => r.SourcePath));
        var names = NameAssigner.Assign(requests.ToImmutableArray()).Names.ToDictionary(n => n.FilePath, n => n.Slug);
        Assert.Equal("same", names["/repo/seeds/b.txt"]);
        Assert.Equal("same-4", names["/repo/seeds/a.txt"]);
    }

    [Fact]
    public void Through_the_generator_an_arriving_document_leaves_the_published_url_alone()
    {
        var existing = TestData.Document("2025/zz-results.txt", "---\ntitle: Election results\ndescription: First.\ndate: 2025-03-01\n---\nBody.\n");
        var before = GeneratorHarness.Run(new AdditionalText[] { existing }, TestData.Options()).AssertHealthy();
        var arrived = TestData.Document("2025/aa-results.txt", "---\ntitle: Election results\ndescription: Second.\ndate: 2025-03-02\n---\nBody.\n");

        var after = GeneratorHarness.Run(new AdditionalText[] { existing, arrived }, TestData.Options()).AssertHealthy();

        using var first = LoadedContent.Load(before.OutputCompilation);
        using var second = LoadedContent.Load(after.OutputCompilation);
        Assert.Equal("First.", LoadedContent.Get<string>(first.BySlug("election-results")!, "Standfirst"));
        Assert.Equal("First.", LoadedContent.Get<string>(second.BySlug("election-results")!, "Standfirst"));
        Assert.Equal("Second.", LoadedContent.Get<string>(second.BySlug("election-results-2")!, "Standfirst"));
        Assert.Equal("First.", LoadedContent.Get<string>(second.TypedArticle("ElectionResults"), "Standfirst"));
        var clash = Assert.Single(after.DiagnosticsWithId("SN0004"));
        Assert.EndsWith("aa-results.txt", clash.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suffixed_name_never_takes_another_documents_name()
    {
        // "Foo 2" proposes exactly what the clash of two "Foo"s would produce.
        var names = NameAssigner.Assign(ImmutableArray.Create(
            Request("seeds/a.txt", "foo", "Foo"),
            Request("seeds/b.txt", "foo", "Foo"),
            Request("seeds/c.txt", "foo-2", "Foo2"))).Names;

        Assert.Equal(names.Count, names.Select(n => n.Slug).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(names.Count, names.Select(n => n.ClassName).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Names_are_the_same_on_two_generator_runs()
    {
        var documents = new AdditionalText[]
        {
            TestData.Seed(),
            TestData.Document("ru.txt", TestData.PlainText("Привет мир", "Стандфёрст.", "Текст.")),
            TestData.Document("emoji.txt", TestData.PlainText("🚀🔥", "Rockets.", "Fire.")),
        };

        var first = GeneratorHarness.Run(documents, TestData.Options());
        var second = GeneratorHarness.Run(documents, TestData.Options());

        Assert.Equal(first.HintNames, second.HintNames);
        Assert.Contains("PrivetMir", first.ArticleClassNames);
        Assert.Contains("ArticleBBAEB160", first.ArticleClassNames);
    }

    /// <summary>Every hostile title in one project: the generated API must still compile, with no member clash.</summary>
    [Fact]
    public void Hostile_titles_compile_together()
    {
        var titles = HostileTitleList.Where(t => !string.IsNullOrWhiteSpace(t))
            .Concat(new[] { "System", "String", "Object", "Static News", "Content", "Article classes", "Article part 7", "Global", "Equals", "To string", "Get type", "Instance", "Articles", "Url" })
            .ToList();
        var documents = titles.Select((title, i) => (AdditionalText)TestData.Document($"t{i:D2}.txt", TestData.PlainText(title, "Standfirst.", "Body.")));

        var run = GeneratorHarness.Run(documents, TestData.Options()).AssertHealthy();

        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(titles.Count, content.All.Count);
        Assert.All(content.AllClassNames, name => Assert.Matches(ClassNameShape, name));
    }

    private static NamingRequest Request(string sourcePath, string slug, string className) =>
        new("/repo/" + sourcePath, sourcePath, slug, className, LocationInfo.StartOf("/repo/" + sourcePath));
}
