namespace StaticNews.Content.Data;

/// <summary>
/// The format of generated data: articles version 4, index version 2. The generator writes it
/// (<c>ArticleDataWriter</c>), this runtime reads it (<see cref="ArticleDataReader"/>); fixtures in
/// tests/Fixtures/ArticleData hold examples both sides are tested against.
/// <list type="bullet">
/// <item>A header naming the kind of data and its version (<see cref="ArticlesHeader"/>, <see cref="IndexHeader"/>);
/// a change of the format changes the version, so content and runtime of different versions fail loudly.</item>
/// <item>Values: a text is its length in UTF-16 units, ':' and the text; a number is digits (maybe after '-') and ';';
/// null is '~'; a text that stands as it is in the article's document may be written as its range there,
/// 'length@start;' (title, standfirst, editor's note), and the slug as a range of the source path, 'length/start;';
/// a list is its count (a number) and the items; a moment is its UTC ticks and its offset in minutes.</item>
/// <item>Records end with '|'.</item>
/// </list>
/// Articles data (one per generated part): per article, in the order the part creates them: source path, slug,
/// format (0 plain text, 1 Markdown), title, standfirst, editor's note?, published?, updated?, authors, tags, section?,
/// draft (0/1), image?, language?, related slugs, word count, body. The body is '~' when it is a UTF-8 literal of the
/// article's class, else the embedded document's resource name (a text, then how many trailing characters of the
/// source path follow it) and the body's character ranges in the document (a list of start, length pairs); then the lead
/// image's alt text?, caption?, credit? and the line of its <c>image:</c> key in the document (1-based; 0 for none); then
/// the page's path from the site's root ('~' for "articles/&lt;slug&gt;/") and its old URLs (site paths), each redirecting to it;
/// then the article's type (0 news, 1 opinion, 2 analysis, 3 review), its corrections (a list of moment and text, as
/// written) and the slug its <c>translation_of:</c> names?.
/// Index data (one, in <c>Articles</c>): one record of the published articles; one of the redirect pages to other sites
/// (a list of: source path, path from the site's root, target URL, title?); then one per tag: name, slug, articles. An
/// article is named by its part (its index in the parts given) and its position in that part.
/// </summary>
internal static class ArticleDataFormat
{
    public const string ArticlesHeader = "StaticNews.Articles/4|";

    public const string IndexHeader = "StaticNews.Index/2|";

    public const char TextLengthEnd = ':';

    public const char TextInDocument = '@';

    public const char TextInPath = '/';

    public const char NumberEnd = ';';

    public const char Null = '~';

    public const char RecordEnd = '|';
}
