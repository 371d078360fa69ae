using System.Globalization;
using System.Text;
using StaticNews.Content;
using StaticNews.Generator.Model;

namespace StaticNews.Site.Live;

/// <summary>
/// An article parsed in-process from its document, the same in every observable way as the class the generator
/// compiles from it: the same record, the body as the generated UTF-8 literal would hold it, the same custom field values.
/// </summary>
public sealed class LiveArticle : Article
{
    private readonly byte[] _body;
    private readonly EquatableArray<CustomField> _fields;

    /// <param name="bySlug">Finds a published article by slug, for <see cref="Article.Related"/> (as <c>Articles.BySlug</c>).</param>
    /// <param name="names">The preview's one string per author, tag and section name.</param>
    public LiveArticle(NamedArticle named, Func<string, Article?> bySlug, NamePool names)
        : base(
            named.Names.Slug,
            named.Article.SourcePath,
            named.Article.Format == DocumentFormat.Markdown ? ArticleFormat.Markdown : ArticleFormat.PlainText,
            named.Article.Title,
            named.Article.Standfirst,
            named.Article.EditorsNote,
            named.Article.Metadata.Published,
            named.Article.Metadata.Updated,
            [.. named.Article.Metadata.Authors.Select(names.Of)],
            [.. named.Article.Metadata.Tags.Select(names.Of)],
            names.OfOptional(named.Article.Metadata.Section),
            named.Article.Metadata.Draft,
            named.Article.Metadata.Image,
            named.Article.Metadata.Language,
            [.. named.Article.Metadata.Related.Select(reference => reference.Slug)],
            named.Article.WordCount,
            bySlug,
            named.Names.Url,
            [.. named.Names.Aliases])
    {
        var metadata = named.Article.Metadata;
        DescribeImage(metadata.ImageAlt, metadata.ImageCaption, metadata.ImageCredit, metadata.ImageLocation is { } image ? image.LineSpan.Start.Line + 1 : 0);
        // The generator's ArticleType has the runtime's numbers (the data writes one as the other).
        DescribeNews((Content.ArticleType)(int)metadata.Type, metadata.Corrections.Select(c => new Content.Correction(c.Date, c.Text)), metadata.TranslationOf?.Slug);
        _body = Encoding.UTF8.GetBytes(named.Article.Body);
        _fields = named.Article.Metadata.CustomFields;
    }

    protected override ReadOnlySpan<byte> BodyUtf8 => _body;

    protected override IReadOnlyDictionary<string, object>? CreateFields() =>
        _fields.IsEmpty ? null : _fields.ToDictionary(field => field.Key, Value, StringComparer.Ordinal);

    /// <summary>The value the generated property holds (StaticNews.Generator.Emit.CustomFieldValues writes it as a literal).</summary>
    private static object Value(CustomField field)
    {
        var value = field.Values.Count > 0 ? field.Values[0] : "";
        return field.Type switch
        {
            CustomFieldType.Integer => long.Parse(value, CultureInfo.InvariantCulture),
            CustomFieldType.Number => double.Parse(value, CultureInfo.InvariantCulture),
            CustomFieldType.Boolean => value == "true",
            CustomFieldType.Date => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            CustomFieldType.StringList => field.Values.ToArray(),
            _ => value,
        };
    }
}
