using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Emit;
using StaticNews.Generator.Model;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// The generated data's writer against the fixtures in tests/Fixtures/ArticleData, which the runtime's reader is
/// tested against too (StaticNews.Runtime.Tests): the writer's output for these models is exactly the fixture.
/// </summary>
public sealed class ArticleDataWriterTests
{
    private static readonly LocationInfo Nowhere = LocationInfo.StartOf("/repo/seeds/x.md");

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ArticleData", name));

    private static NamedArticle Named(ArticleDocument document, string slug, int part, int position, string? url = null, params string[] aliases) =>
        new(document, new ArticleNames(document.FilePath, slug, "C" + position, new ArticleReference(part, position), url, new EquatableArray<string>(aliases)),
            GeneratorOptions.DefaultNamespace);

    private static ArticleDocument Document(string sourcePath, DocumentFormat format, string title, string standfirst, string? note, ArticleMetadata metadata,
        int wordCount, int[] headingStarts, string? resource = null, params int[] ranges) =>
        new("/repo/" + sourcePath, sourcePath, format, title, standfirst, note, "Body.", metadata, wordCount, "proposed", "Proposed", Nowhere,
            resource, new EquatableArray<int>(ranges), new EquatableArray<int>(headingStarts));

    /// <summary>
    /// The three articles of articles.v4.txt: every kind of value, a body in the class, and bodies in embedded documents;
    /// a URL of its own and old URLs (dated), the default URL and no old one (plain-note), the default URL and an old one (vote);
    /// an opinion with two corrections (dated), news that is an edition of another article (plain-note), a review with a
    /// correction whose text holds the data's own marks ('|', ':') (vote).
    /// Texts found in the document are written as ranges of it, except where there is no embedded document (dated) or
    /// the text has half a surrogate pair (vote's standfirst, which the data gives with U+FFFD); a slug in the source
    /// path (plain-note) as a range of the path.
    /// </summary>
    public static IReadOnlyList<NamedArticle> Articles()
    {
        var dated = Document("seeds/dated.md", DocumentFormat.Markdown, "Dated \"story\"", "Published at a fixed instant, in Yerevan time.", null,
            SampleModels.DatedMetadata(Nowhere) with
            {
                ImageAlt = "Crowds on Republic Square",
                ImageCaption = "The square at noon.",
                ImageCredit = "Photo: A. Photographer",
                ImageLocation = new LocationInfo("/repo/seeds/dated.md", new TextSpan(90, 16), new LinePositionSpan(new LinePosition(6, 7), new LinePosition(6, 23))),
                Type = ArticleType.Opinion,
                Corrections = new EquatableArray<Correction>(new[]
                {
                    new Correction(new DateTimeOffset(2025, 4, 1, 10, 0, 0, TimeSpan.FromHours(4)), "The square's name was misspelt."),
                    new Correction(new DateTimeOffset(2025, 4, 2, 9, 30, 0, TimeSpan.FromHours(4)), "A quote was given to the wrong minister."),
                }),
            },
            wordCount: 4, headingStarts: new[] { 0, 20, -1 });
        var plain = Document("seeds/plain-note.txt", DocumentFormat.PlainText, "Plain", "Lead.", "Updated.",
            ArticleMetadata.None with { Tags = new EquatableArray<string>(new[] { "Économie" }), Draft = true, TranslationOf = new SlugReference("dated-story", Nowhere) },
            wordCount: 3, new[] { 1, 7, 13 }, "StaticNews.Documents/plain-note.txt", 12, 6, 20, 9);
        // Markdown lines one line break apart are one range ((40,10), (51,0), (52,20) are (40,32)); the last is not.
        var vote = Document("news/vote.md", DocumentFormat.Markdown, "Vote on Monday \U0001F5F3", "Broken \uD800 half.", null,
            ArticleMetadata.None with
            {
                Published = new DateTimeOffset(2024, 12, 31, 23, 30, 0, TimeSpan.FromMinutes(-210)),
                Authors = new EquatableArray<string>(new[] { "A. Author" }),
                Related = new EquatableArray<SlugReference>(new[] { new SlugReference("dated-story", Nowhere), new SlugReference("plain-note", Nowhere) }),
                Type = ArticleType.Review,
                Corrections = new EquatableArray<Correction>(new[]
                {
                    new Correction(new DateTimeOffset(2025, 1, 2, 8, 0, 0, TimeSpan.FromMinutes(-210)), "The vote count was 2|3: corrected."),
                }),
            },
            wordCount: 250, new[] { 4, 30, -1 }, "StaticNews.Documents/news/vote.md", 40, 10, 51, 0, 52, 20, 80, 5);
        return new[]
        {
            Named(dated, "dated-story", 5, 0, "2025/03/dated-story/", "old/dated.html", "2025/dated/"),
            Named(plain, "plain-note", 5, 1),
            Named(vote, "vote-on-monday", 9, 0, null, "vote/"),
        };
    }

    [Fact]
    public void Articles_data_is_the_fixture()
    {
        Assert.Equal(Fixture("articles.v4.txt"), ArticleDataWriter.Articles(Articles()));
    }

    [Fact]
    public void Index_data_is_the_fixture()
    {
        var index = new IndexModel(
            GeneratorOptions.DefaultNamespace,
            new EquatableArray<int>(new[] { 5, 9 }),
            new EquatableArray<ArticleReference>(new[] { new ArticleReference(9, 0), new ArticleReference(5, 0) }),
            new EquatableArray<TagModel>(new[]
            {
                new TagModel("Économie", "economie", new EquatableArray<ArticleReference>(new[] { new ArticleReference(5, 1) })),
                new TagModel("Politics", "politics", new EquatableArray<ArticleReference>(new[] { new ArticleReference(9, 0) })),
            }),
            EquatableArray<DiagnosticInfo>.Empty,
            new EquatableArray<RedirectPage>(new[]
            {
                new RedirectPage("news/gone.md", "2015/gone/", "https://medium.com/@newsroom/gone-1a2b", "Gone to Medium"),
                new RedirectPage("news/old.md", "old/post.html", "http://example.org/x?q=%22%3E", null),
            }));

        Assert.Equal(Fixture("index.v2.txt"), ArticleDataWriter.Index(index, new Dictionary<int, int> { [5] = 0, [9] = 1 }));
    }

    [Fact]
    public void Crlf_lines_are_not_joined_as_a_markdown_range()
    {
        // "\r\n" between two lines is two characters: joining them would need the runtime to know which; it does not.
        var crlf = Document("a.md", DocumentFormat.Markdown, "T", "S", null, ArticleMetadata.None, 1, new[] { -1, -1, -1 }, "StaticNews.Documents/a.md", 10, 5, 17, 3);

        Assert.EndsWith("4;10;5;17;3;~~~0;~0;0;0;~|", ArticleDataWriter.Articles(new[] { Named(crlf, "t", 0, 0) }), StringComparison.Ordinal);
    }
}
