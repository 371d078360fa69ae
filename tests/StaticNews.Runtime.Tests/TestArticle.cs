using System.Text;
using StaticNews.Content;

namespace StaticNews.Runtime.Tests;

/// <summary>An article made by hand, its body given as UTF-8 (as a generated class without an embedded document gives it).</summary>
public sealed class TestArticle(string slug, ArticleFormat format, string body, string standfirst = "Lead.", params string[] related)
    : Article(slug, "test/" + slug, format, "Title of " + slug, standfirst, null, null, null, [], [], null, false, null, null, related, 2)
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes(body);

    public int FieldsMade { get; private set; }

    protected override ReadOnlySpan<byte> BodyUtf8 => _body;

    protected override IReadOnlyDictionary<string, object>? CreateFields()
    {
        FieldsMade++;
        return new Dictionary<string, object> { ["score"] = 4.5 };
    }
}

/// <summary>An article as generated classes are: made empty, its metadata given by the runtime.</summary>
public sealed class GeneratedArticle : Article
{
}
