using System.Text;
using StaticNews.Content;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>An article of news/&lt;slug&gt;.md whose body is <paramref name="markdown"/>, as the generator would read it from <see cref="Document"/>.</summary>
public sealed class MarkdownArticle(string slug, string markdown, int day = 1, string? image = null)
    : Article(slug, $"news/{slug}.md", ArticleFormat.Markdown, "Story " + slug, "A standfirst.", null,
        new DateTimeOffset(2025, 5, day, 9, 0, 0, TimeSpan.Zero), null, ["Ana Ruiz"], ["Politics"], null, false, image, null, [], 20)
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes(markdown);

    public MarkdownArticle(string slug, string markdown, int day, string? image, string alt)
        : this(slug, markdown, day, image)
    {
        DescribeImage(alt, null, null, 4);
    }

    /// <summary>The document this article is read from: front matter (its <c>image:</c> on line 4), then the body from line 7.</summary>
    public string Document =>
        $"---\ntitle: {Title}\ndescription: A standfirst.\nimage: {Image ?? "~"}\ndate: 2025-05-0{day}\n---\n{markdown}\n";

    protected override ReadOnlySpan<byte> BodyUtf8 => _body;
}
