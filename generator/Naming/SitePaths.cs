using System;
using System.Collections.Generic;
using System.Text;

namespace StaticNews.Generator.Naming;

/// <summary>
/// Paths within the site that a document names (<c>url:</c>, Zola's <c>path</c>, <c>aliases:</c>): made relative to the
/// site's root ("2013/05/post/", or "old/post.html" for a page file), or refused. Only ASCII letters, digits and
/// <c>- _ . ~</c> pass in a segment, so such a path never leaves the output folder, carries no query and names no device.
/// </summary>
public static class SitePaths
{
    private const int MaxLength = 300;

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>"/2013/05/post" → "2013/05/post/"; "/old.html" → "old.html"; null for the root, an absolute URL, a query,
    /// "..", or any other character.</summary>
    public static string? Normalize(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxLength || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        // Every name of an article is made here, so the segments are checked where they stand and the path joined once.
        var path = new StringBuilder(trimmed.Length + 1);
        var last = "";
        var start = 0;
        while (start <= trimmed.Length)
        {
            var end = trimmed.IndexOf('/', start);
            if (end < 0)
            {
                end = trimmed.Length;
            }
            if (end > start)
            {
                var segment = trimmed.Substring(start, end - start);
                if (!IsSafeSegment(segment))
                {
                    return null;
                }
                if (path.Length > 0)
                {
                    path.Append('/');
                }
                path.Append(segment);
                last = segment;
            }
            start = end + 1;
        }
        if (path.Length == 0)
        {
            return null;
        }
        return IsPageFile(last) ? path.ToString() : path.Append('/').ToString();
    }

    /// <summary>A page written as a file ("post.html") rather than a folder's index.html.</summary>
    private static bool IsPageFile(string segment) =>
        segment.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || segment.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    private static bool IsSafeSegment(string segment)
    {
        if (segment is "." or ".." || segment.EndsWith(".", StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var c in segment)
        {
            if (c is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' or '~'))
            {
                return false;
            }
        }
        var dot = segment.IndexOf('.');
        var stemLength = dot < 0 ? segment.Length : dot;
        // Every device name has three or four letters.
        return stemLength is not (3 or 4) || !DeviceNames.Contains(segment.Substring(0, stemLength));
    }
}
