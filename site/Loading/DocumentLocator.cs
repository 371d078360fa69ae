using StaticNews.Generator.Content;
using StaticNews.Generator.Model;

namespace StaticNews.Site.Loading;

/// <summary>
/// Where in its document a warning of the render points (SNS0015, SNS0016), as the compiler's diagnostics do:
/// <c>/repo/seeds/story.md(4,6)</c>. The render holds articles, pages and redirects without their front matter's lines,
/// so a document is parsed again, by the generator's own parser, when a warning needs its line (rarely), once.
/// </summary>
public sealed class DocumentLocator
{
    private readonly string _contentRoot;
    private readonly string? _configFile;
    private readonly Dictionary<string, ParseResult?> _parsed = new(StringComparer.Ordinal);
    private GeneratorOptions? _options;

    /// <param name="contentRoot">What the documents' source paths are relative to.</param>
    /// <param name="configFile">staticnews.yml, whose front_matter keys the parser reads; null or missing for none.</param>
    public DocumentLocator(string contentRoot, string? configFile)
    {
        _contentRoot = contentRoot;
        _configFile = configFile;
    }

    /// <summary>Names documents by their source paths alone (no lines).</summary>
    public static readonly DocumentLocator SourcePathsOnly = new("", null);

    /// <summary>
    /// Where the document's own URL comes from: its <c>url:</c> (or <c>path:</c>), else its <c>slug:</c>, else its title,
    /// from which the permalink pattern made it; for a document that only redirects, its <c>redirect_to:</c>.
    /// </summary>
    public string OwnUrl(string sourcePath) => At(sourcePath, parsed => parsed switch
    {
        { Article: { } article } => article.Metadata.UrlLocation ?? article.TitleLocation,
        { Page: { } page } => page.UrlLocation ?? page.TitleLocation,
        { Redirect: { } redirect } => redirect.Location,
        _ => null,
    });

    /// <summary>Where the old URL <paramref name="alias"/> is written under the article's <c>aliases:</c> (<c>redirect_from:</c>).</summary>
    public string OldUrl(string sourcePath, string alias) => At(sourcePath, parsed =>
        parsed.Article?.Metadata.Aliases.FirstOrDefault(reference => reference.Path == alias)?.Location);

    private string At(string sourcePath, Func<ParseResult, LocationInfo?> find)
    {
        if (_contentRoot.Length == 0)
        {
            return sourcePath;
        }
        var document = Path.GetFullPath(Path.Combine(_contentRoot, sourcePath));
        lock (_parsed)
        {
            if (!_parsed.TryGetValue(document, out var parsed))
            {
                _parsed[document] = parsed = Parse(document);
            }
            return parsed is not null && find(parsed) is { } location
                ? $"{document}({location.LineSpan.Start.Line + 1},{location.LineSpan.Start.Character + 1})"
                : document;
        }
    }

    /// <summary>The document as the generator parses it; null when it cannot be read (then the warning names it alone).</summary>
    private ParseResult? Parse(string document)
    {
        try
        {
            _options ??= Options();
            return ContentCompiler.Parse(document, DocumentText.Decode(File.ReadAllBytes(document)), _options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private GeneratorOptions Options()
    {
        var config = _configFile is not null && File.Exists(_configFile)
            ? ContentCompiler.ReadConfig(_configFile, File.ReadAllText(_configFile))
            : ConfigResult.Missing;
        return ContentCompiler.Options(Path.TrimEndingDirectorySeparator(_contentRoot) + Path.DirectorySeparatorChar, config);
    }
}
