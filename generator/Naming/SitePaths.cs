using System;
using System.Collections.Generic;
using System.Linq;

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
        var segments = trimmed.Split('/').Where(segment => segment.Length > 0).ToList();
        if (segments.Count == 0 || !segments.All(IsSafeSegment))
        {
            return null;
        }
        var path = string.Join("/", segments);
        return IsPageFile(segments[segments.Count - 1]) ? path : path + "/";
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
        var stem = segment.Split('.')[0];
        if (DeviceNames.Contains(stem))
        {
            return false;
        }
        return segment.All(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' or '~');
    }
}
