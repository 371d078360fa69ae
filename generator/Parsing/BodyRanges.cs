using System;
using System.Collections.Generic;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// Where each line of a body stands in its document, as (start, length) character ranges, so that an embedded
/// document can give the body back at run time without the compiler parsing it as a literal. A line that
/// cleaning changed is not a slice of the document; then the body cannot be given back this way (null).
/// </summary>
public sealed class BodyRanges
{
    private List<int>? _ranges = new();

    /// <summary>Records that <paramref name="kept"/> is the body's next line, cut from <paramref name="raw"/>: the document line as read
    /// (before cleaning), which starts at character <paramref name="lineStart"/>.</summary>
    public void Add(int lineStart, string raw, string kept)
    {
        if (_ranges is null)
        {
            return;
        }
        var at = kept.Length == 0 ? 0 : raw.IndexOf(kept, StringComparison.Ordinal);
        if (at < 0)
        {
            _ranges = null;
            return;
        }
        _ranges.Add(lineStart + at);
        _ranges.Add(kept.Length);
    }

    /// <summary>The ranges, without empty lines at the end (the body is trimmed of them); null when not every line was a slice.</summary>
    public IReadOnlyList<int>? Result()
    {
        if (_ranges is null)
        {
            return null;
        }
        var count = _ranges.Count;
        while (count >= 2 && _ranges[count - 1] == 0)
        {
            count -= 2;
        }
        return _ranges.GetRange(0, count);
    }
}
