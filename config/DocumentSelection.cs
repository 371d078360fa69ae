using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticNews.Configuration;

/// <summary>
/// Which files of the documents folder are articles, one rule for the build's scan and the preview: every .txt and
/// .md, except a README.md (in any case, in any folder: a folder's notes for its editors, as on GitHub) and the files
/// matched by an <c>exclude:</c> pattern of staticnews.yml. A pattern is matched against the path relative to the
/// documents folder with '/' between folders: '*' is any run of characters but '/', '?' one such character, '**'
/// any number of folders ("drafts/**", "**/_index.md", "*.draft.md").
/// </summary>
public sealed class DocumentSelection
{
    private readonly Regex[] _excluded;

    public DocumentSelection(IEnumerable<string> excludePatterns) =>
        _excluded = excludePatterns.Where(p => p.Trim().Length > 0).Select(p => Glob(p.Trim())).ToArray();

    public static readonly DocumentSelection Default = new(Array.Empty<string>());

    /// <summary>The selection staticnews.yml's text sets (its problems are reported where the file is read).</summary>
    public static DocumentSelection FromConfig(string yaml) =>
        new(SiteConfigLoader.Load(yaml).Config.Exclude.Select(p => p.Value));

    /// <param name="relativePath">The file's path below the documents folder ('/' or '\' between folders).</param>
    /// <param name="extensionComparison">Ordinal where file names are case-sensitive, else OrdinalIgnoreCase.</param>
    public bool IsDocument(string relativePath, StringComparison extensionComparison = StringComparison.Ordinal)
    {
        var path = relativePath.Replace('\\', '/');
        var name = path.Substring(path.LastIndexOf('/') + 1);
        if (!name.EndsWith(".txt", extensionComparison) && !name.EndsWith(".md", extensionComparison))
        {
            return false;
        }
        if (name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return !_excluded.Any(pattern => pattern.IsMatch(path));
    }

    private static Regex Glob(string pattern)
    {
        var regex = new StringBuilder("^");
        pattern = pattern.Replace('\\', '/').TrimStart('/');
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        // "drafts" or "drafts/" leaves out the whole folder.
        regex.Append(pattern.EndsWith("/", StringComparison.Ordinal) ? ".*$" : "(?:/.*)?$");
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant);
    }
}
