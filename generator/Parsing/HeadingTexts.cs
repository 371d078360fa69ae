using System;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// Where an article's title, standfirst and editor's note stand in its document, written exactly as the article gives
/// them: the generated data then names their ranges in the embedded document instead of carrying them a second time.
/// Any occurrence serves (the text there is the same), so this is a search, not a record of where the parser found them.
/// </summary>
public static class HeadingTexts
{
    /// <param name="bodyStart">Where the body starts: the search stays in the document's head.</param>
    /// <returns>A start per text, in the order given; -1 for a text that is null, empty or not in the head as written.</returns>
    public static EquatableArray<int> Locate(SourceText text, int bodyStart, params string?[] values)
    {
        var head = text.ToString(new TextSpan(0, Math.Min(Math.Max(bodyStart, 0), text.Length)));
        var starts = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            starts[i] = string.IsNullOrEmpty(values[i]) ? -1 : head.IndexOf(values[i]!, StringComparison.Ordinal);
        }
        return starts.ToEquatableArray();
    }
}
