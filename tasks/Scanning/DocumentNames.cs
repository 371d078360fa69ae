using System.IO;
using System.Text;

namespace StaticNews.Tasks.Scanning;

/// <summary>What a document's path may hold to reach the compiler, and how it is shown and named.</summary>
internal static class DocumentNames
{
    /// <summary>A name as it may be printed on one line: control and line-break characters as \uXXXX.</summary>
    public static string Printable(string value)
    {
        var text = new StringBuilder();
        foreach (var c in value)
        {
            if (c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                text.Append("\\u").Append(((int)c).ToString("X4"));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Why the compiler's command line cannot carry this path, or null when it can. A response file line ends at a
    /// line break and the global analyzer config's at Unicode line breaks too; the compiler drops control characters
    /// and '|' from its arguments, and expands '*' and '?' in an additional file's path. And MSBuild reads the
    /// compiler's messages as "file(line,col): warning CODE: text" with no ':' in the file: a warning about
    /// "Breaking: news.txt" would be shown as a plain message, one about "x: error CS0001: y.txt" as an error.
    /// </summary>
    public static string? UnsafeReason(string path)
    {
        if (path.IndexOf(':', Path.GetPathRoot(path).Length) >= 0)
        {
            return "contains ':', which ends a file name in the compiler's messages as MSBuild reads them";
        }
        foreach (var c in path)
        {
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') return "contains a line break";
            if (c < ' ') return "contains the control character U+" + ((int)c).ToString("X4") + (c == '\t' ? " (a tab)" : "");
            if (c == '|') return "contains '|', which the compiler's command line drops";
            if (c == '*' || c == '?') return "contains '" + c + "', which the compiler reads as a wildcard";
        }
        return null;
    }

    /// <summary>A resource name that needs no quoting anywhere: other characters as %XX (UTF-8).</summary>
    public static string ResourceName(string relative)
    {
        var name = new StringBuilder("StaticNews.Documents/");
        foreach (var b in Encoding.UTF8.GetBytes(relative))
        {
            var c = (char)b;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '/')
            {
                name.Append(c);
            }
            else
            {
                name.Append('%').Append(b.ToString("X2"));
            }
        }
        return name.ToString();
    }
}
