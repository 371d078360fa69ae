using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Naming;

/// <summary>
/// staticnews.lock, beside staticnews.yml: one line per document ever published, <c>"seeds/a.txt" = "articles/a/"</c>,
/// sorted by the document's path (ordinal), so it diffs well and two builds write it byte for byte alike. Both sides are
/// quoted, with <c>\"</c>, <c>\\</c> and <c>\uXXXX</c> escapes for what could break a line or hide in a diff (control,
/// line-separator and direction characters), since a file name may hold any of them. Lines starting with '#' are comments.
/// </summary>
public static class UrlLockFile
{
    public const string FileName = "staticnews.lock";

    private const string Header =
        "# staticnews.lock: the URL of every document this site has published, written by the build.\n" +
        "# Commit it with the documents: a retitled article keeps its URL, a removed one's is never given to another.\n" +
        "# \"<document, relative to the content root>\" = \"<its URL from the site's root>\"; delete a line to free that URL.\n";

    /// <summary>The lock's entries; a line that cannot be read is a warning at that line (SN0055), and the rest are used.</summary>
    public static UrlLock Read(string path, SourceText text)
    {
        var entries = new List<LockedUrl>();
        var diagnostics = new List<DiagnosticInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Lines)
        {
            var content = text.ToString(line.Span);
            var trimmed = content.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            var location = LocationInfo.ForLine(path, text, line.LineNumber);
            var problem = TryParse(content, out var source, out var url);
            if (problem is null && seen.Contains(source))
            {
                problem = "the document is named on an earlier line, whose URL is kept";
            }
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LockLineUnreadable, location, problem));
                continue;
            }
            seen.Add(source);
            entries.Add(new LockedUrl(source, url, location));
        }
        return new UrlLock(entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>The lock's text for these (document, URL) pairs: sorted by document, each once.</summary>
    public static string Write(IEnumerable<KeyValuePair<string, string>> entries)
    {
        var text = new StringBuilder(Header);
        foreach (var entry in entries.GroupBy(e => e.Key, StringComparer.Ordinal).Select(g => g.First()).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(Quote(entry.Key)).Append(" = ").Append(Quote(entry.Value)).Append('\n');
        }
        return text.ToString();
    }

    public static string Quote(string value)
    {
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '"' || c == '\\')
            {
                quoted.Append('\\').Append(c);
            }
            else if (MustEscape(c))
            {
                quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                quoted.Append(c);
            }
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>Null when the line is <c>"document" = "url"</c> with a URL within the site, else what is wrong with it.</summary>
    private static string? TryParse(string line, out string source, out string url)
    {
        source = url = "";
        var position = 0;
        SkipSpaces(line, ref position);
        if (!TryUnquote(line, ref position, out source))
        {
            return "it does not start with the document's path in double quotes";
        }
        SkipSpaces(line, ref position);
        if (position >= line.Length || line[position] != '=')
        {
            return "the document's path is not followed by '='";
        }
        position++;
        SkipSpaces(line, ref position);
        if (!TryUnquote(line, ref position, out var written))
        {
            return "the URL after '=' is not in double quotes";
        }
        SkipSpaces(line, ref position);
        if (position < line.Length)
        {
            return "there is more after the URL";
        }
        if (source.Length == 0)
        {
            return "the document's path is empty";
        }
        if (SitePaths.Normalize(written) is not { } normalized)
        {
            return "the URL '" + written + "' is not a path within the site";
        }
        url = normalized;
        return null;
    }

    private static bool TryUnquote(string line, ref int position, out string value)
    {
        value = "";
        if (position >= line.Length || line[position] != '"')
        {
            return false;
        }
        var text = new StringBuilder();
        for (var i = position + 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                value = text.ToString();
                position = i + 1;
                return true;
            }
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            if (i + 1 >= line.Length)
            {
                return false;
            }
            var escaped = line[++i];
            if (escaped is '"' or '\\')
            {
                text.Append(escaped);
            }
            else if (escaped == 'u' && i + 4 < line.Length
                && int.TryParse(line.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);
                i += 4;
            }
            else
            {
                return false;
            }
        }
        return false;
    }

    private static void SkipSpaces(string line, ref int position)
    {
        while (position < line.Length && (line[position] == ' ' || line[position] == '\t'))
        {
            position++;
        }
    }

    /// <summary>What could end a line, or hide or reorder text in a diff or an editor.</summary>
    private static bool MustEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || char.IsSurrogate(c)
        || c is '\u200E' or '\u200F' or '\u2028' or '\u2029' or '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
