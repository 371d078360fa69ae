using StaticNews.Content;
using StaticNews.Content.Data;
using StaticNews.Content.Generated;

namespace StaticNews.Runtime.Tests;

/// <summary>
/// The runtime's reader of generated data against tests/Fixtures/ArticleData, which the generator's writer is tested
/// against too (StaticNews.Generator.Tests/ArticleDataWriterTests): reading the fixture gives the model the writer
/// wrote it from. Data of another version, or not well formed, is an error naming what was expected.
/// </summary>
public sealed class ArticleDataReaderTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ArticleData", name));

    private static DocumentText Given(string? value) => DocumentText.Given(value);

    private static DocumentText InDocument(int start, int length) => DocumentText.Range(start, length);

    private static List<ArticleRecord> ReadAll(string data)
    {
        var reader = new ArticleDataReader(data, ArticleDataFormat.ArticlesHeader, "the test");
        var records = new List<ArticleRecord>();
        while (!reader.AtEnd)
        {
            records.Add(ArticleRecord.Read(reader));
        }
        return records;
    }

    [Fact]
    public void The_articles_fixture_reads_as_the_model_it_was_written_from()
    {
        var records = ReadAll(Fixture("articles.v4.txt"));

        Assert.Equal(3, records.Count);
        var dated = records[0];
        Assert.Equal("dated-story", dated.Slug);
        Assert.Equal("seeds/dated.md", dated.SourcePath);
        Assert.Equal(ArticleFormat.Markdown, dated.Format);
        Assert.Equal(Given("Dated \"story\""), dated.Title);
        Assert.Equal(Given("Published at a fixed instant, in Yerevan time."), dated.Standfirst);
        Assert.Equal(Given(null), dated.EditorsNote);
        Assert.Equal(new DateTimeOffset(2025, 3, 31, 18, 45, 0, TimeSpan.FromHours(4)), dated.Published);
        Assert.Equal(TimeSpan.FromHours(4), dated.Published!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero), dated.Updated);
        Assert.Equal(new[] { "Ani Hovhannisyan", "Sona \"S\" Ghazaryan" }, dated.Authors);
        Assert.Equal(new[] { "Politics", "Armenia" }, dated.Tags);
        Assert.Equal("World", dated.Section);
        Assert.False(dated.IsDraft);
        Assert.Equal("/images/lead.jpg", dated.Image);
        Assert.Equal("hy", dated.Language);
        Assert.Equal(new[] { "older-story" }, dated.RelatedSlugs);
        Assert.Equal(4, dated.WordCount);
        Assert.Null(dated.BodyResource);
        Assert.Empty(dated.BodyRanges);
        Assert.Equal(("Crowds on Republic Square", "The square at noon.", "Photo: A. Photographer", 7),
            (dated.ImageDescription.Alt, dated.ImageDescription.Caption, dated.ImageDescription.Credit, dated.ImageDescription.Line));
        Assert.Equal("2025/03/dated-story/", dated.Url);
        Assert.Equal(new[] { "old/dated.html", "2025/dated/" }, dated.Aliases);
        Assert.Equal(ArticleType.Opinion, dated.News.Type);
        Assert.Equal(new[]
        {
            new Correction(new DateTimeOffset(2025, 4, 1, 10, 0, 0, TimeSpan.FromHours(4)), "The square's name was misspelt."),
            new Correction(new DateTimeOffset(2025, 4, 2, 9, 30, 0, TimeSpan.FromHours(4)), "A quote was given to the wrong minister."),
        }, dated.News.Corrections);
        Assert.Equal(TimeSpan.FromHours(4), dated.News.Corrections[1].Date.Offset);
        Assert.Null(dated.News.TranslationOf);

        var plain = records[1];
        Assert.Equal(("plain-note", "seeds/plain-note.txt", ArticleFormat.PlainText), (plain.Slug, plain.SourcePath, plain.Format));
        Assert.Equal((InDocument(1, 5), InDocument(7, 5), InDocument(13, 8)), (plain.Title, plain.Standfirst, plain.EditorsNote));
        Assert.Null(plain.Published);
        Assert.Null(plain.Updated);
        Assert.Empty(plain.Authors);
        Assert.Equal(new[] { "Économie" }, plain.Tags);
        Assert.Null(plain.Section);
        Assert.True(plain.IsDraft);
        Assert.Null(plain.Image);
        Assert.Null(plain.Language);
        Assert.Empty(plain.RelatedSlugs);
        Assert.Equal(3, plain.WordCount);
        Assert.Equal("StaticNews.Documents/plain-note.txt", plain.BodyResource);
        Assert.Equal(new[] { 12, 6, 20, 9 }, plain.BodyRanges);
        Assert.Equal((null, null, null, 0), (plain.ImageDescription.Alt, plain.ImageDescription.Caption, plain.ImageDescription.Credit, plain.ImageDescription.Line));
        Assert.Null(plain.Url);
        Assert.Empty(plain.Aliases);
        Assert.Equal(ArticleType.News, plain.News.Type);
        Assert.Empty(plain.News.Corrections);
        Assert.Equal("dated-story", plain.News.TranslationOf);

        var vote = records[2];
        Assert.Equal(("vote-on-monday", "news/vote.md"), (vote.Slug, vote.SourcePath));
        Assert.Equal(InDocument(4, 17), vote.Title);
        Assert.Equal(Given("Broken \uFFFD half."), vote.Standfirst);
        Assert.Equal(new DateTimeOffset(2024, 12, 31, 23, 30, 0, TimeSpan.FromMinutes(-210)), vote.Published);
        Assert.Equal(TimeSpan.FromMinutes(-210), vote.Published!.Value.Offset);
        Assert.Equal(new[] { "A. Author" }, vote.Authors);
        Assert.Equal(new[] { "dated-story", "plain-note" }, vote.RelatedSlugs);
        Assert.Equal(250, vote.WordCount);
        Assert.Equal("StaticNews.Documents/news/vote.md", vote.BodyResource);
        Assert.Equal(new[] { 40, 32, 80, 5 }, vote.BodyRanges);
        Assert.Null(vote.Url);
        Assert.Equal(new[] { "vote/" }, vote.Aliases);
        Assert.Equal(ArticleType.Review, vote.News.Type);
        Assert.Equal(new[] { new Correction(new DateTimeOffset(2025, 1, 2, 8, 0, 0, TimeSpan.FromMinutes(-210)), "The vote count was 2|3: corrected.") },
            vote.News.Corrections);
        Assert.Null(vote.News.TranslationOf);
    }

    [Fact]
    public void The_index_fixture_reads_as_the_published_articles_redirects_and_tags()
    {
        var parts = new Article[][]
        {
            new Article[] { new TestArticle("a", ArticleFormat.PlainText, ""), new TestArticle("b", ArticleFormat.PlainText, "") },
            new Article[] { new TestArticle("c", ArticleFormat.PlainText, "") },
        };

        var index = ArticleIndex.Read(new ArticleDataReader(Fixture("index.v2.txt"), ArticleDataFormat.IndexHeader, "the test"), parts);

        Assert.Equal(new[] { parts[1][0], parts[0][0] }, index.All);
        Assert.Equal(new[]
        {
            ("news/gone.md", "2015/gone/", "https://medium.com/@newsroom/gone-1a2b", (string?)"Gone to Medium"),
            ("news/old.md", "old/post.html", "http://example.org/x?q=%22%3E", null),
        }, index.Redirects.Select(r => (r.SourcePath, r.Path, r.Target, r.Title)));
        Assert.Equal(new[] { ("Économie", "economie"), ("Politics", "politics") }, index.Tags.Select(t => (t.Name, t.Slug)));
        Assert.Same(parts[0][1], Assert.Single(index.Tags[0].Articles));
        Assert.Same(parts[1][0], Assert.Single(index.Tags[1].Articles));
        Assert.Same(parts[0][0], index.BySlug("a"));
        Assert.Null(index.BySlug("b"));
    }

    [Theory]
    [InlineData("articles.v1.txt", "'StaticNews.Articles/1|'")]
    [InlineData("articles.v2.txt", "'StaticNews.Articles/2|'")]
    [InlineData("articles.v3.txt", "'StaticNews.Articles/4|'")]
    public void Data_of_another_version_is_an_error_naming_both_versions(string fixture, string version)
    {
        var error = Assert.Throws<FormatException>(() => ReadAll(Fixture(fixture)));

        Assert.Contains(version, error.Message, StringComparison.Ordinal);
        Assert.Contains("expects 'StaticNews.Articles/4|'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_data_of_version_1_is_an_error_naming_both_versions()
    {
        var error = Assert.Throws<FormatException>(() =>
            ArticleIndex.Read(new ArticleDataReader(Fixture("index.v1.txt"), ArticleDataFormat.IndexHeader, "the test"), []));

        Assert.Contains("'StaticNews.Index/1|'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expects 'StaticNews.Index/2|'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5:a.txt5:gone/19:javascript:alert(1)~", "'javascript:alert(1)' is not an absolute http(s) URL")]
    [InlineData("5:a.txt5:gone/43:data:text/html,<script>alert(1)</script>abc~", "is not an absolute http(s) URL")]
    [InlineData("5:a.txt5:gone/28:https://x.example/\"><script>~", "is not an absolute http(s) URL")]
    [InlineData("5:a.txt5:../up20:https://x.example/up~", "'../up' is not a path within the site")]
    [InlineData("5:a.txt5:/etc/20:https://x.example/up~", "'/etc/' is not a path within the site")]
    public void An_index_naming_a_redirect_that_is_not_a_page_of_the_site_to_an_http_url_is_an_error(string redirect, string what)
    {
        var error = Assert.Throws<FormatException>(() =>
            ArticleIndex.Read(new ArticleDataReader("StaticNews.Index/2|0;|1;" + redirect + "|", ArticleDataFormat.IndexHeader, "the test"), []));

        Assert.Contains("a.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_data_is_not_read_as_articles_data()
    {
        var error = Assert.Throws<FormatException>(() => ReadAll(Fixture("index.v2.txt")));

        Assert.Contains("expects 'StaticNews.Articles/4|'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // A number where the source path (a text) belongs.
    [InlineData("StaticNews.Articles/4|5;", "record 0, field 'source path'", "expected a text")]
    // A text where the format (a number) belongs.
    [InlineData("StaticNews.Articles/4|1:a1:b1:c", "record 0, field 'format'", "expected a number")]
    // A field too many: the record does not end where version 3's does.
    [InlineData("StaticNews.Articles/4|1:a1:b0;1:t1:s~~~0;0;~0;~~0;1;~~~~0;~0;0;0;~~|", "record 0, field 'end of record'", "found '~|'")]
    // A version 2 record (no image description, no URL, no old URLs) under a version 3 header.
    [InlineData("StaticNews.Articles/4|1:a1:b0;1:t1:s~~~0;0;~0;~~0;1;~|", "record 0, field 'image alt'", "found '|'")]
    // A URL that leaves the site.
    [InlineData("StaticNews.Articles/4|1:a1:b0;1:t1:s~~~0;0;~0;~~0;1;~~~~0;6:../up/0;|", "The article a has the URL '../up/'", "not a path within the site")]
    // An old URL that is absolute.
    [InlineData("StaticNews.Articles/4|1:a1:b0;1:t1:s~~~0;0;~0;~~0;1;~~~~0;~1;5:/etc/|", "The article a has the old URL '/etc/'", "not a path within the site")]
    // Cut short.
    [InlineData("StaticNews.Articles/4|1:a1:b0;1:t", "record 0, field 'standfirst'", "the end of the data")]
    // A text longer than the data.
    [InlineData("StaticNews.Articles/4|99:a", "record 0, field 'source path'", "only 1 characters left")]
    // A draft flag that is no flag.
    [InlineData("StaticNews.Articles/4|1:a1:b0;1:t1:s~~~0;0;~7;", "record 0, field 'draft'", "expected 0 or 1")]
    // A slug past the end of the source path.
    [InlineData("StaticNews.Articles/4|3:abc2/2;", "record 0, field 'slug'", "a range of the source path's 3 characters")]
    // A range of the document where only a text can be (the source path).
    [InlineData("StaticNews.Articles/4|5@0;", "record 0, field 'source path'", "expected a text")]
    // A title from the document of an article that names no document.
    [InlineData("StaticNews.Articles/4|1:a1:b0;1@0;1:s~~~0;0;~0;~~0;1;~~~~0;~0;0;0;~|", "The article a gives a text as a range of its document", "names no embedded document")]
    // An article type the runtime does not know; a correction with no moment; a correction's text missing.
    [InlineData("StaticNews.Articles/4|1:a1:b0;1:t1:s~~~0;0;~0;~~0;1;~~~~0;~0;7;0;~|", "The article a has a type", "0 news, 1 opinion")]
    [InlineData("StaticNews.Articles/4|1:a1:b0;1:t1:s~~~0;0;~0;~~0;1;~~~~0;~0;0;1;~4:oops~|", "The article a has a correction without a date", "")]
    [InlineData("StaticNews.Articles/4|1:a1:b0;1:t1:s~~~0;0;~0;~~0;1;~~~~0;~0;0;1;5;0;~~|", "record 0, field 'correction text'", "expected a text")]
    public void Malformed_data_is_an_error_naming_the_field_never_a_wrong_value(string data, string where, string what)
    {
        var error = Assert.Throws<FormatException>(() => ReadAll(data));

        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_index_naming_an_article_that_does_not_exist_is_an_error()
    {
        var parts = new Article[][] { new Article[] { new GeneratedArticle() } };

        var error = Assert.Throws<FormatException>(() =>
            ArticleIndex.Read(new ArticleDataReader("StaticNews.Index/2|1;0;3;|0;|", ArticleDataFormat.IndexHeader, "the test"), parts));

        Assert.Contains("article 3 of part 0", error.Message, StringComparison.Ordinal);
    }
}
