using System.Text;
using StaticNews.Content;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>An article made in a test, for content the seeds do not have (hostile titles, huge paragraphs).</summary>
public sealed class TestArticle(
    string slug,
    string title,
    string standfirst = "A standfirst.",
    string? editorsNote = null,
    DateTimeOffset? published = null,
    params string[] paragraphs)
    : Article(slug, $"test/{slug}.txt", title, standfirst, editorsNote, published, paragraphs.Sum(p => p.Split(' ').Length))
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes(string.Join("\n", paragraphs));

    protected override ReadOnlySpan<byte> BodyUtf8 => _body;
}
