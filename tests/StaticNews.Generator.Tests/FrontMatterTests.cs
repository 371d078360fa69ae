using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// YAML front matter: every key StaticNews knows reaches the compiled article, dates are read in the site's time zone
/// (staticnews.yml, never the machine's), and every front-matter error points at its line and column of the document,
/// whatever the line ends and with or without a byte-order mark.
/// </summary>
public sealed class FrontMatterTests
{
    private const string Yerevan = "time_zone: Asia/Yerevan\n";

    private static GeneratorRun Run(string configYaml, params AdditionalText[] documents) =>
        GeneratorHarness.Run(documents.Prepend(TestData.Config(configYaml)), TestData.Options()).AssertHealthy();

    private static string Document(params string[] frontMatter) =>
        "---\n" + string.Join("\n", frontMatter) + "\n---\nThe body.\n";

    [Fact]
    public void Every_known_key_is_read_into_the_compiled_article()
    {
        var run = Run(Yerevan,
            TestData.Document("2024/metro.md", """
                ---
                title: "Yerevan's metro gets new trains: the first in 40 years"
                standfirst: The first of twelve carriages arrived on Monday.
                date: 2024-05-01T09:30:00+04:00
                updated: 2024-05-02T18:00:00Z
                authors: [Anna Hakobyan, Davit Petrosyan]
                tags:
                  - Transport
                  - Yerevan
                section: City
                slug: metro-trains
                draft: false
                image: /images/metro.jpg
                image_alt: A red metro train at Republic Square station
                image_caption: The first new train, on Monday.
                image_credit: "Photo: Anna Hakobyan"
                lang: hy-AM
                related: [older-story]
                ---
                The body, in *Markdown*.
                """),
            TestData.Document("older.txt", "---\nslug: older-story\ndate: 2023-01-01\n---\nOlder story\nAn older standfirst.\nBody.\n"));

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = content.BySlug("metro-trains")!;
        Assert.Same(content.TypedArticle("YerevansMetroGetsNewTrainsTheFirstIn40Years"), article);
        Assert.Equal("Yerevan's metro gets new trains: the first in 40 years", LoadedContent.Get<string>(article, "Title"));
        Assert.Equal("The first of twelve carriages arrived on Monday.", LoadedContent.Get<string>(article, "Standfirst"));
        AssertMoment("2024-05-01T09:30:00.0000000+04:00", LoadedContent.Get<DateTimeOffset?>(article, "Published"));
        AssertMoment("2024-05-02T18:00:00.0000000+00:00", LoadedContent.Get<DateTimeOffset?>(article, "Updated"));
        Assert.Equal(new[] { "Anna Hakobyan", "Davit Petrosyan" }, LoadedContent.Get<IReadOnlyList<string>>(article, "Authors"));
        Assert.Equal(new[] { "Transport", "Yerevan" }, LoadedContent.Get<IReadOnlyList<string>>(article, "Tags"));
        Assert.Equal("City", LoadedContent.Get<string>(article, "Section"));
        Assert.Equal("metro-trains", LoadedContent.Get<string>(article, "Slug"));
        Assert.Equal("articles/metro-trains/", LoadedContent.Get<string>(article, "Url"));
        Assert.False(LoadedContent.Get<bool>(article, "IsDraft"));
        Assert.Equal("/images/metro.jpg", LoadedContent.Get<string>(article, "Image"));
        Assert.Equal("A red metro train at Republic Square station", LoadedContent.Get<string>(article, "ImageAlt"));
        Assert.Equal("The first new train, on Monday.", LoadedContent.Get<string>(article, "ImageCaption"));
        Assert.Equal("Photo: Anna Hakobyan", LoadedContent.Get<string>(article, "ImageCredit"));
        Assert.Equal(13, LoadedContent.Get<int>(article, "ImageLine"));
        Assert.Equal("hy-AM", LoadedContent.Get<string>(article, "Language"));
        Assert.Same(content.BySlug("older-story"), Assert.Single(LoadedContent.Get<System.Collections.IEnumerable>(article, "Related").Cast<object>()));
        Assert.Equal("seeds/2024/metro.md", LoadedContent.Get<string>(article, "SourcePath"));
        Assert.Equal("The body, in *Markdown*.", LoadedContent.Call<string>(article, "GetMarkdown"));
        Assert.Empty(LoadedContent.Get<IReadOnlyDictionary<string, object>>(article, "Fields"));

        // The plain-text document takes its title and standfirst from the body, its slug and date from front matter.
        var older = content.BySlug("older-story")!;
        Assert.Equal("Older story", LoadedContent.Get<string>(older, "Title"));
        Assert.Equal("An older standfirst.", LoadedContent.Get<string>(older, "Standfirst"));
        Assert.Equal(new[] { "Body." }, LoadedContent.Call<IReadOnlyList<string>>(older, "GetParagraphs"));
        Assert.Equal(new[] { "metro-trains", "older-story" }, content.AllSlugs);
    }

    [Fact]
    public void Description_and_author_are_aliases_of_standfirst_and_authors()
    {
        var run = Run(Yerevan, TestData.Document("alias.md", Document("title: Alias", "description: Said with the alias.", "author: Jane Doe")));

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("Said with the alias.", LoadedContent.Get<string>(article, "Standfirst"));
        Assert.Equal(new[] { "Jane Doe" }, LoadedContent.Get<IReadOnlyList<string>>(article, "Authors"));
    }

    [Fact]
    public void A_key_given_together_with_its_alias_is_SN0012_at_the_second_and_the_first_wins()
    {
        var path = TestData.DocumentPath("both.md");
        var run = Run(Yerevan, TestData.Document("both.md", Document("title: Both", "standfirst: The first.", "description: The second.")));

        DiagnosticAssert.At(Assert.Single(run.Diagnostics), "SN0012", DiagnosticSeverity.Warning, path, 4, 1);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal("The first.", LoadedContent.Get<string>(Assert.Single(content.All), "Standfirst"));
    }

    public static TheoryData<string, string> YerevanDates => new()
    {
        // A date alone is midnight in the site's time zone (Asia/Yerevan, +04:00), not in the machine's.
        { "2024-12-31", "2024-12-31T00:00:00.0000000+04:00" },
        { "2024-12-31T10:15", "2024-12-31T10:15:00.0000000+04:00" },
        { "2024-12-31 10:15:30", "2024-12-31T10:15:30.0000000+04:00" },
        { "2024-12-31T10:15:30.25", "2024-12-31T10:15:30.2500000+04:00" },
        { "2024-12-31T10:15:00Z", "2024-12-31T10:15:00.0000000+00:00" },
        { "2024-12-31T10:15:00+05:30", "2024-12-31T10:15:00.0000000+05:30" },
        { "2024-12-31T10:15:00-03:00", "2024-12-31T10:15:00.0000000-03:00" },
        { "\"2024-12-31\"", "2024-12-31T00:00:00.0000000+04:00" },
    };

    [Theory]
    [MemberData(nameof(YerevanDates))]
    public void Dates_are_ISO_8601_and_read_in_the_configured_time_zone(string written, string expected)
    {
        var run = Run(Yerevan, TestData.Document("dated.md", Document("title: Dated", "standfirst: S.", "date: " + written, "updated: " + written)));

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        AssertMoment(expected, LoadedContent.Get<DateTimeOffset?>(article, "Published"));
        AssertMoment(expected, LoadedContent.Get<DateTimeOffset?>(article, "Updated"));
    }

    [Fact]
    public void A_date_alone_takes_the_offset_the_site_time_zone_has_on_that_day()
    {
        var run = Run("time_zone: Europe/Paris\n",
            TestData.Document("winter.md", Document("title: Winter", "standfirst: S.", "date: 2024-01-15")),
            TestData.Document("summer.md", Document("title: Summer", "standfirst: S.", "date: 2024-07-15")));

        using var content = LoadedContent.Load(run.OutputCompilation);
        AssertMoment("2024-01-15T00:00:00.0000000+01:00", LoadedContent.Get<DateTimeOffset?>(content.BySlug("winter")!, "Published"));
        AssertMoment("2024-07-15T00:00:00.0000000+02:00", LoadedContent.Get<DateTimeOffset?>(content.BySlug("summer")!, "Published"));
    }

    [Fact]
    public void Without_a_configured_time_zone_a_date_alone_is_UTC()
    {
        var run = GeneratorHarness.Run(
            new AdditionalText[] { TestData.Document("utc.md", Document("title: Utc", "standfirst: S.", "date: 2024-12-31")) },
            TestData.Options()).AssertHealthy();

        using var content = LoadedContent.Load(run.OutputCompilation);
        AssertMoment("2024-12-31T00:00:00.0000000+00:00", LoadedContent.Get<DateTimeOffset?>(Assert.Single(content.All), "Published"));
    }

    [Theory]
    [InlineData("31/12/2024")]
    [InlineData("tomorrow")]
    [InlineData("2024-13-01")]
    [InlineData("2024-02-30")]
    [InlineData("12/31/2024 10:00")]
    [InlineData("2024-12-31T25:00")]
    [InlineData("Tue, 31 Dec 2024 10:00:00 PST")]
    public void An_invalid_date_is_SN0015_at_its_value_and_the_article_is_kept_without_it(string written)
    {
        var path = TestData.DocumentPath("bad-date.md");
        var run = Run(Yerevan, TestData.Document("bad-date.md", Document("title: Bad date", "standfirst: S.", "date: " + written)));

        var diagnostic = Assert.Single(run.Diagnostics);
        DiagnosticAssert.At(diagnostic, "SN0015", DiagnosticSeverity.Warning, path, 4, 7);
        Assert.Contains(written, diagnostic.GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Null(LoadedContent.Get<DateTimeOffset?>(Assert.Single(content.All), "Published"));
    }

    /// <summary>Local times whose moment in UTC falls outside DateTimeOffset's range: a diagnostic, not a lost article (SN0009).</summary>
    [Theory]
    [InlineData("time_zone: Asia/Yerevan\n", "0001-01-01")]
    [InlineData("time_zone: America/New_York\n", "9999-12-31T23:00")]
    [InlineData("time_zone: UTC\n", "0001-01-01T00:00:00+04:00")]
    public void A_date_at_the_edge_of_the_calendar_is_SN0015_not_a_crash(string config, string written)
    {
        var path = TestData.DocumentPath("edge.md");
        var run = Run(config, TestData.Document("edge.md", Document("title: Edge", "standfirst: S.", "date: " + written, "year_zero: " + written)));

        DiagnosticAssert.At(Assert.Single(run.Diagnostics), "SN0015", DiagnosticSeverity.Warning, path, 4, 7);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Null(LoadedContent.Get<DateTimeOffset?>(article, "Published"));
        // As a custom field the same text is not a date, so it stays text.
        Assert.Equal(written, LoadedContent.Get<string>(article, "YearZero"));
    }

    [Fact]
    public void A_local_time_skipped_by_daylight_saving_is_SN0015()
    {
        // Clocks in Paris went from 02:00 to 03:00 on 31 March 2024: 02:30 never happened there.
        var path = TestData.DocumentPath("gap.md");
        var run = Run("time_zone: Europe/Paris\n",
            TestData.Document("gap.md", Document("title: Gap", "standfirst: S.", "updated: 2024-03-31T02:30")),
            TestData.Document("fine.md", Document("title: Fine", "standfirst: S.", "date: 2024-03-31T03:30")));

        var diagnostic = Assert.Single(run.Diagnostics);
        DiagnosticAssert.At(diagnostic, "SN0015", DiagnosticSeverity.Warning, path, 4, 10);
        Assert.Contains("Europe/Paris", diagnostic.GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Null(LoadedContent.Get<DateTimeOffset?>(content.BySlug("gap")!, "Updated"));
        AssertMoment("2024-03-31T03:30:00.0000000+02:00", LoadedContent.Get<DateTimeOffset?>(content.BySlug("fine")!, "Published"));
    }

    /// <summary>A document with four front-matter problems on known lines, written with the line ends and BOM of each case.</summary>
    private static readonly string[] ProblemLines =
    {
        "---",                          // 1
        "title: Positions",             // 2
        "standfirst: [not, a, text]",   // 3  SN0013 at the value (3,13)
        "date: tomorrow",               // 4  SN0015 at the value (4,7)
        "title: Again",                 // 5  SN0012 at the key (5,1)
        "tags: politics",               // 6  SN0020 at the value (6,7)
        "---",                          // 7
        "Body line.",                   // 8
    };

    public static TheoryData<string, bool, bool> LineEnds => new()
    {
        { "\n", false, false },
        { "\r\n", false, false },
        { "\r", false, false },
        { "\n", true, false },
        { "\r\n", true, false },
        { "\r", true, false },
        // The BOM as a character in the text (a file concatenated or decoded without BOM detection).
        { "\n", false, true },
        { "\r\n", false, true },
        { "\r", false, true },
    };

    [Theory]
    [MemberData(nameof(LineEnds))]
    public void Front_matter_errors_point_at_the_document_line_whatever_the_line_ends_and_BOM(string lineEnd, bool bomBytes, bool bomCharacter)
    {
        var text = string.Join(lineEnd, ProblemLines) + lineEnd;
        var path = TestData.DocumentPath("positions.md");
        // Bytes with a BOM are decoded as the compiler does (the BOM is consumed); a BOM character is given as text, so it stays.
        var document = bomBytes
            ? TestData.Document("positions.md", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray())
            : TestData.Document("positions.md", (bomCharacter ? "\uFEFF" : "") + text);
        Assert.Equal(bomCharacter, document.GetText().ToString().StartsWith('\uFEFF'));

        var run = Run(Yerevan, document);

        Assert.Collection(run.Diagnostics,
            // No standfirst (the list was refused): reported at the title key.
            d => DiagnosticAssert.At(d, "SN0002", DiagnosticSeverity.Warning, path, 2, 1),
            d => DiagnosticAssert.At(d, "SN0013", DiagnosticSeverity.Warning, path, 3, 13),
            d => DiagnosticAssert.At(d, "SN0015", DiagnosticSeverity.Warning, path, 4, 7),
            d => DiagnosticAssert.At(d, "SN0012", DiagnosticSeverity.Warning, path, 5, 1),
            d => DiagnosticAssert.At(d, "SN0020", DiagnosticSeverity.Warning, path, 6, 7));
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("Positions", LoadedContent.Get<string>(article, "Title"));
        Assert.Equal(new[] { "politics" }, LoadedContent.Get<IReadOnlyList<string>>(article, "Tags"));
        Assert.Equal("Body line.", LoadedContent.Call<string>(article, "GetMarkdown"));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_YAML_syntax_error_points_at_its_document_line_after_leading_blank_lines(string lineEnd)
    {
        // Two blank lines before the opening fence shift everything by two.
        var text = string.Join(lineEnd, "", "", "---", "title: Fine", "standfirst: \"never closed", "---", "Body.") + lineEnd;
        var path = TestData.DocumentPath("syntax.md");

        var run = Run(Yerevan, TestData.Document("syntax.md", text));

        // YamlDotNet reports an unclosed quote where the quoted scalar starts.
        var diagnostic = DiagnosticAssert.Single(run.Diagnostics, "SN0010");
        DiagnosticAssert.At(diagnostic, "SN0010", DiagnosticSeverity.Warning, path, 5, 13);
        Assert.Contains("not valid YAML", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_of_a_rich_front_matter_document()
    {
        var run = Run(Yerevan,
            TestData.Document("2024/election.md", """
                ---
                title: "Parliament \"reset\" vote: what changes on <Monday>"
                description: Deputies vote on the new electoral code & its 12 amendments.
                date: 2024-06-03
                updated: 2024-06-04T08:15:00+02:00
                authors:
                  - Anna Hakobyan
                  - Davit Petrosyan
                tags: [Politics, Elections]
                section: Politics
                slug: parliament-reset-vote
                draft: false
                image: https://example.org/images/parliament.jpg
                lang: hy
                related: [background]
                reading_level: 7
                score: 4.25
                featured: true
                embargo: 2024-06-03T06:00
                sources: [Reuters, "AP", 42]
                url: https://example.org/original
                ---
                # Not the title (front matter has one)

                The vote is **today**.

                ```text
                Editor's note: inside code, kept

                second code line
                ```
                """),
            TestData.Document("background.txt", "---\nslug: background\n---\nBackground\nWhat came before.\nBody.\n"));

        // The remote image has no alt text (SN0043) and cannot be sized (SN0044).
        Assert.Equal(new[] { "SN0024", "SN0043", "SN0044" }, run.Diagnostics.Select(d => d.Id).Order());
        Snapshot.Match(run.ArticleSource("ParliamentResetVoteWhatChangesOnMonday"), "FrontMatter.Articles.ParliamentResetVoteWhatChangesOnMonday");
    }

    private static void AssertMoment(string expected, DateTimeOffset? actual)
    {
        Assert.NotNull(actual);
        // The round-trip form shows the offset too: DateTimeOffset equality alone would accept the right instant in the wrong zone.
        Assert.Equal(expected, actual.Value.ToString("o", CultureInfo.InvariantCulture));
    }
}
