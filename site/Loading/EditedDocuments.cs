using System.Globalization;
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
    /// <param name="listFile">One document a line: its full path, length and time when the scan judged it, tab-separated.</param>
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
        foreach (var (path, length, ticks) in paths)
        {
            byte[] bytes;
            try
            {
                // Changed again since the scan judged it (during this build): its next build scans it again; until then the
                // compiled article stands, whose head is the one compiled.
                var file = new FileInfo(path);
                if (!file.Exists || file.Length != length || file.LastWriteTimeUtc.Ticks != ticks)
                {
                    continue;
                }
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

    /// <summary>Each listed document with the length and time the scan judged it at.</summary>
    private static List<(string Path, long Length, long Ticks)> Read(string listFile)
    {
        try
        {
            return File.Exists(listFile)
                ? File.ReadAllLines(listFile).Select(line => line.Split('\t')).Where(fields => fields.Length == 3)
                    .Select(fields => (fields[0], long.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[2], CultureInfo.InvariantCulture))).ToList()
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
        {
            return [];
        }
    }
}
