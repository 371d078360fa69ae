using System.Text;
using StaticNews.Content;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>An article of news/&lt;slug&gt;.md with a lead picture described as front matter would (its image: key on <paramref name="imageLine"/>).</summary>
public sealed class PictureArticle : Article
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes("The story.");

    public PictureArticle(string slug, string? image, string? alt = null, string? caption = null, string? credit = null, int imageLine = 4, int day = 1)
        : base(slug, $"news/{slug}.md", ArticleFormat.Markdown, "Story " + slug, "A standfirst.", null,
            new DateTimeOffset(2025, 5, day, 9, 0, 0, TimeSpan.Zero), null, ["Ana Ruiz"], ["Politics"], null, false, image, null, [], 2)
    {
        DescribeImage(alt, caption, credit, imageLine);
    }

    protected override ReadOnlySpan<byte> BodyUtf8 => _body;
}
