using StaticNews.Content;
using StaticNews.Generator.Content;
using StaticNews.Generator.Model;

namespace StaticNews.Site.Loading;

/// <summary>
/// The documents whose body was edited since the site's content was compiled: the build's documents scan
/// (StaticNews.Tasks' ScanDocuments) lists them when nothing else of them changed, and the compile is skipped. Each is
/// read and parsed again here with the generator's own parser, and its compiled article replaced, where it stands in the
/// articles and in its tags, by the same article with the new body (<see cref="Article.WithBody"/>).
/// </summary>
public static class EditedDocuments
{
    /// <param name="listFile">One document a line: its full path, then a tab and what the scan knew of it.</param>
    public static (IReadOnlyList<Article> Articles, IReadOnlyList<Tag> Tags) Apply(string listFile, BuildOptions build,
        IReadOnlyList<Article> articles, IReadOnlyList<Tag> tags)
    {
        var paths = Read(listFile);
        if (paths.Count == 0)
        {
            return (articles, tags);
        }
        var root = build.ResolvedContentRoot;
        var config = build.ConfigFile is { } configFile && File.Exists(configFile)
            ? ContentCompiler.ReadConfig(configFile, File.ReadAllText(configFile))
            : ConfigResult.Missing;
        var options = ContentCompiler.Options(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, config);
        var bySource = articles.ToDictionary(article => article.SourcePath, StringComparer.Ordinal);
        var replaced = new Dictionary<Article, Article>(ReferenceEqualityComparer.Instance);
        foreach (var path in paths)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone or unreadable since the scan: the next build scans it again.
                continue;
            }
            // A draft or a future article is in no list.
            if (ContentCompiler.Parse(path, DocumentText.Decode(bytes), options).Article is { } document
                && bySource.TryGetValue(document.SourcePath, out var compiled))
            {
                replaced[compiled] = compiled.WithBody(document.Body, document.WordCount);
            }
        }
        if (replaced.Count == 0)
        {
            return (articles, tags);
        }
        Article Current(Article article) => replaced.GetValueOrDefault(article) ?? article;
        return (articles.Select(Current).ToList(),
            tags.Select(tag => tag.Articles.Any(replaced.ContainsKey) ? new Tag(tag.Name, tag.Slug, tag.Articles.Select(Current).ToList()) : tag).ToList());
    }

    private static List<string> Read(string listFile)
    {
        try
        {
            return File.Exists(listFile)
                ? File.ReadAllLines(listFile).Where(line => line.Length > 0).Select(line => line.Split('\t')[0]).ToList()
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
