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

    /// <summary>The section giving the document at <paramref name="key"/> its resource name. The compiler reads a '\'
    /// in a section name as an escape, so every other character is escaped with one.</summary>
    public static string Section(string key, string resourceName)
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
        return text.Append("]\nbuild_metadata.AdditionalFiles.StaticNewsResource = ").Append(resourceName).Append('\n').ToString();
    }
}
