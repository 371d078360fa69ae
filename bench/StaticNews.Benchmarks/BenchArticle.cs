using StaticNews.Content;

namespace StaticNews.Benchmarks;

/// <summary>
/// An article made outside the generator (Article's constructor is protected), as the site tests' TestArticle
/// does: one of bench/CorpusMaker's articles as the generator would compile its plain-text document.
/// </summary>
public sealed class BenchArticle : Article
{
    private readonly byte[] _body;

    private BenchArticle(CorpusMaker.Article source, string[] paragraphs)
        : base(source.Slug, $"seeds/{source.Index:D5}_{source.Slug}.txt", ArticleFormat.PlainText, source.Title, source.Standfirst,
            source.EditorsNote, source.Date, updated: null, [.. source.Authors], [.. source.Tags], source.Section, isDraft: false,
            image: null, language: null, relatedSlugs: [], paragraphs.Sum(p => p.Split(' ').Length))
    {
        _body = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", paragraphs));
    }

    protected override ReadOnlySpan<byte> BodyUtf8 => _body;

    internal static BenchArticle From(CorpusMaker.Article source) => new(source, [.. source.Paragraphs]);

    /// <summary>The same article after an edit: one paragraph added at the end.</summary>
    internal static BenchArticle Edited(CorpusMaker.Article source) =>
        new(source, [.. source.Paragraphs, "An editor added this paragraph after the story was published."]);
}
