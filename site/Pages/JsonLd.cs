using System.Buffers;
using System.Text;
using System.Text.Json;
using StaticNews.Site.Rendering;
using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>
/// schema.org NewsArticle data (OpinionNewsArticle, AnalysisNewsArticle, ReviewNewsArticle by the article's type, with its
/// corrections as CorrectionComment) for search engines. System.Text.Json's default encoder writes '&lt;', '&gt;'
/// and '&amp;' as \u escapes, so no title can close the script element it sits in. Written field by field: a
/// serializer over dictionaries of objects looked up every value's type by reflection, a tenth of a second per
/// thousand articles.
/// </summary>
public static class JsonLd
{
    public static RawHtml NewsArticle(SiteView site, ArticleView article)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", SchemaType(article.Type));
            json.WriteString("headline", article.Title);
            json.WriteString("description", article.Standfirst);
            json.WriteString("url", article.AbsoluteUrl);
            json.WriteString("mainEntityOfPage", article.AbsoluteUrl);
            json.WriteNumber("wordCount", article.WordCount);
            json.WriteString("inLanguage", article.Language);
            WritePublisher(json, site);
            if (article.PublishedIso is { } published)
            {
                json.WriteString("datePublished", published);
                json.WriteString("dateModified", article.UpdatedIso ?? published);
            }
            if (article.Authors.Count > 0)
            {
                json.WriteStartArray("author");
                foreach (var author in article.Authors)
                {
                    json.WriteStartObject();
                    WriteThing(json, "Person", author.Name, author.AbsoluteUrl);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            if (article.Picture is { Copies.Count: > 0 } picture)
            {
                // Every size, widest first, so a reader that takes the first gets the largest (Google asks for 1200 px or more).
                json.WriteStartArray("image");
                foreach (var copy in picture.Copies.Reverse())
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "ImageObject");
                    json.WriteString("url", copy.Url);
                    json.WriteNumber("width", copy.Width);
                    json.WriteNumber("height", copy.Height);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            else if (article.ImageUrl is { } image)
            {
                json.WriteStartArray("image");
                json.WriteStringValue(image);
                json.WriteEndArray();
            }
            if (article.Tags.Count > 0)
            {
                json.WriteStartArray("keywords");
                foreach (var tag in article.Tags)
                {
                    json.WriteStringValue(tag.Name);
                }
                json.WriteEndArray();
            }
            if (article.Section is { } section)
            {
                json.WriteString("articleSection", section);
            }
            if (article.Corrections.Count > 0)
            {
                json.WriteStartArray("correction");
                foreach (var correction in article.Corrections)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "CorrectionComment");
                    json.WriteString("text", correction.Text);
                    json.WriteString("datePublished", correction.DateIso);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return new RawHtml(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>schema.org's subtype of NewsArticle for the article's <c>type:</c>.</summary>
    private static string SchemaType(string type) => type switch
    {
        "opinion" => "OpinionNewsArticle",
        "analysis" => "AnalysisNewsArticle",
        "review" => "ReviewNewsArticle",
        _ => "NewsArticle",
    };

    /// <summary>The newsroom as schema.org's NewsMediaOrganization, with what staticnews.yml says of it.</summary>
    private static void WritePublisher(Utf8JsonWriter json, SiteView site)
    {
        json.WriteStartObject("publisher");
        WriteThing(json, "NewsMediaOrganization", site.Title, site.BaseUrl);
        var publisher = site.Publisher;
        if (publisher.Logo is { } logo)
        {
            json.WriteStartObject("logo");
            json.WriteString("@type", "ImageObject");
            json.WriteString("url", logo);
            json.WriteEndObject();
        }
        WriteIfGiven(json, "masthead", publisher.Masthead);
        WriteIfGiven(json, "correctionsPolicy", publisher.CorrectionsPolicy);
        WriteIfGiven(json, "ethicsPolicy", publisher.EthicsPolicy);
        json.WriteEndObject();
    }

    private static void WriteIfGiven(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteThing(Utf8JsonWriter json, string type, string name, string url)
    {
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteString("url", url);
    }
}
