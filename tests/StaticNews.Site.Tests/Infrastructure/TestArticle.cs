using System.Text;
using StaticNews.Content;
using StaticNews.Generator.Naming;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>An article made in a test, for content the seeds do not have (hostile titles, huge paragraphs, Markdown).</summary>
public sealed class TestArticle(
    string slug,
    string title,
    string standfirst = "A standfirst.",
    string? editorsNote = null,
    DateTimeOffset? published = null,
    string[]? authors = null,
    string[]? tags = null,
    string? language = null,
    string? image = null,
    DateTimeOffset? updated = null,
    string? markdown = null,
    string[]? related = null,
    string? section = null,
    string? url = null,
    string[]? aliases = null,
    params string[] paragraphs)
    : Article(slug, $"test/{slug}.txt", markdown is null ? ArticleFormat.PlainText : ArticleFormat.Markdown,
        title, standfirst, editorsNote, published, updated, authors ?? [], tags ?? [], section, false, image, language,
        related ?? [], paragraphs.Sum(p => p.Split(' ').Length), url, aliases)
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes(markdown ?? string.Join("\n", paragraphs));

    protected override ReadOnlySpan<byte> BodyUtf8 => _body;

    /// <summary>The tag index the generator would make for these articles (given newest first): grouped as it groups them.</summary>
    public static IReadOnlyList<Tag> TagsOf(IReadOnlyList<Article> articles) =>
        TermGrouping.Group(articles.Select(a => a.Tags).ToList())
            .Select(term => new Tag(term.Name, term.Slug, term.Articles.Select(i => articles[i]).ToList()))
            .ToList();
}
