using System.Collections.Generic;
using System.IO;
using System.Text;

namespace StaticNews.Tasks.Scanning;

/// <summary>
/// A document's section in the global analyzer config that tells the generator its resource name, as the compiler's
/// GenerateMSBuildEditorConfig task would write it for an AdditionalFiles item with that metadata.
/// </summary>
internal static class AnalyzerConfigSections
{
    /// <summary>
    /// The path as the compiler normalizes it to look its sections up: on Unix too, '\' and ':' separate folders, and
    /// '.' and '..' parts are resolved; so two paths ("a\b.txt" and "a/b.txt") can be one section.
    /// </summary>
    public static string Key(string path)
    {
        if (Path.DirectorySeparatorChar != '/')
        {
            return path.Replace('\\', '/');
        }
        var parts = new List<string>();
        foreach (var segment in path.Split(new[] { '\\', '/' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var part in segment.Split(':'))
            {
                if (part == ".")
                {
                    continue;
                }
                if (part == "..")
                {
                    if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
                    continue;
                }
                parts.Add(part);
            }
        }
        return "/" + string.Join("/", parts);
    }

    /// <summary>The section giving the document at <paramref name="key"/> its resource name (when embedded) and, for a
    /// copy, the original's path (<c>StaticNewsSourceFile</c>, as %XX-escaped UTF-8: the compiler ends a value at '#'
    /// or ';' and trims its spaces; the generator unescapes it). The compiler reads a '\' in a section name as an
    /// escape, so every other character is escaped with one.</summary>
    public static string Section(string key, string? resourceName, string? sourceFile = null)
    {
        var text = new StringBuilder("\n[");
        foreach (var c in key)
        {
            if (c < 128 && !char.IsLetterOrDigit(c) && c != '/' && c != '.' && c != '-' && c != '_')
            {
                text.Append('\\');
            }
            text.Append(c);
        }
        text.Append("]\n");
        if (resourceName is not null)
        {
            text.Append("build_metadata.AdditionalFiles.StaticNewsResource = ").Append(resourceName).Append('\n');
        }
        if (sourceFile is not null)
        {
            text.Append("build_metadata.AdditionalFiles.StaticNewsSourceFile = ").Append(EscapeValue(sourceFile)).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Every byte of the UTF-8 text but letters, digits and "/._-" as %XX.</summary>
    public static string EscapeValue(string value)
    {
        var text = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '/')
            {
                text.Append(c);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2"));
            }
        }
        return text.ToString();
    }
}
