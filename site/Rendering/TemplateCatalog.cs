using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Security.Cryptography;
using Scriban;
using Scriban.Parsing;
using StaticNews.Site.Loading;

namespace StaticNews.Site.Rendering;

/// <summary>
/// Finds and parses templates: a file in the user's templates folder overrides the built-in file of the
/// same relative name. Each template name is resolved and parsed once. Names are confined to the templates
/// folders: an include of "../x" or an absolute path is refused, and so is a file that a link leads out of its folder.
/// </summary>
public sealed class TemplateCatalog
{
    private readonly string[] _roots;

    /// <summary>By name as pages ask for them: every page includes partials, and finding a file is a file-system call.</summary>
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, UiStrings> _strings = new(StringComparer.OrdinalIgnoreCase);

    public TemplateCatalog(string builtInDirectory, string? userDirectory)
    {
        _roots = userDirectory is null
            ? [Path.GetFullPath(builtInDirectory)]
            : [Path.GetFullPath(userDirectory), Path.GetFullPath(builtInDirectory)];
    }

    /// <summary>The parsed template; throws <see cref="TemplateException"/> naming file, line and column on a syntax error.</summary>
    public Template Get(string name) => _parsed.GetOrAdd(name, n => Parse(Resolve(n)));

    /// <summary>
    /// A digest of every file in the templates folders (their names and bytes): any of them could be included by a
    /// page, so a change to any changes every page's fingerprint. Links to folders are not followed, and a file that a
    /// link leads out of its folder is counted by its name alone (it is not read: a page that includes it fails).
    /// </summary>
    public byte[] Digest()
    {
        var writer = new Caching.FingerprintWriter();
        // Which folder (the user's, the built-in), not where it is: a site moved or built from another folder renders the same.
        writer.Add(_roots.Length);
        foreach (var root in _roots)
        {
            if (!Directory.Exists(root))
            {
                writer.Add("missing");
                continue;
            }
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
            var files = new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
                ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            };
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                writer.Add(Path.GetRelativePath(root, file));
                try
                {
                    writer.Add(RealPath.IsInside(root, file) ? SHA256.HashData(File.ReadAllBytes(file)) : "outside"u8);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    writer.Add(e.GetType().FullName);
                }
            }
        }
        return writer.Digest();
    }

    /// <summary>The interface's words for a page in this language (<see cref="UiStrings"/>), read once per language.</summary>
    public UiStrings StringsFor(string language) => _strings.GetOrAdd(language, l => UiStrings.Load(this, l));

    /// <summary>The file a template name stands for, the user's folder first.</summary>
    public string Resolve(string name) =>
        Find(name) ?? throw new TemplateException($"error SNT0003: no template '{name}' in {string.Join(" or ", _roots)}");

    /// <summary>The file a name stands for, the user's folder first; null when neither folder has it.</summary>
    public string? Find(string name) => FindEach(name).LastOrDefault();

    /// <summary>Every file a name stands for, the built-in one first, then the user's, which is read over it.</summary>
    public IEnumerable<string> FindEach(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || Path.IsPathRooted(name) || name.Replace('\\', '/').Split('/').Contains(".."))
        {
            throw new TemplateException($"error SNT0002: the template name '{name}' must be a path inside the templates folder");
        }
        foreach (var root in _roots.Reverse())
        {
            var path = Path.GetFullPath(Path.Combine(root, name));
            if (RealPath.IsUnder(root, path) && File.Exists(path))
            {
                if (!RealPath.IsInside(root, path))
                {
                    throw new TemplateException($"{path}: error SNS0013: the template '{name}' is a link to a file outside {root}; a template may link only to files inside its own folder");
                }
                yield return path;
            }
        }
        yield break;
    }

    private static Template Parse(string path)
    {
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            throw new TemplateException(string.Join(Environment.NewLine, template.Messages.Select(m => m.ToString())));
        }
        return template;
    }
}

/// <summary>A template that cannot be found, parsed or rendered; the message names the file, line and column.</summary>
public sealed class TemplateException(string message) : Exception(message);
