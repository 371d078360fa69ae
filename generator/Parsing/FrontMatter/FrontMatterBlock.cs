using Microsoft.CodeAnalysis.Text;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>
/// Where a document's YAML front matter is: between a first non-blank line "---" and the next line that
/// is "---" (or "..."). The body starts after the closing line.
/// </summary>
public readonly record struct FrontMatterBlock(bool Present, bool Closed, int OpenLine, int CloseLine)
{
    /// <summary>The first line of the body (0 when there is no front matter).</summary>
    public int BodyStartLine => !Present ? 0 : Closed ? CloseLine + 1 : OpenLine + 1;

    public static FrontMatterBlock Find(SourceText text)
    {
        var open = -1;
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = LineText(text, i);
            if (line.Length == 0)
            {
                continue;
            }
            if (line != "---")
            {
                return default;
            }
            open = i;
            break;
        }
        if (open < 0)
        {
            return default;
        }
        for (var i = open + 1; i < text.Lines.Count; i++)
        {
            var line = LineText(text, i);
            if (line is "---" or "...")
            {
                return new FrontMatterBlock(true, true, open, i);
            }
        }
        return new FrontMatterBlock(true, false, open, -1);
    }

    /// <summary>The YAML between the fences, with its line breaks, so YAML positions map to document lines.</summary>
    public string Yaml(SourceText text)
    {
        if (!Present || !Closed || CloseLine == OpenLine + 1)
        {
            return "";
        }
        var start = text.Lines[OpenLine + 1].Start;
        var end = text.Lines[CloseLine].Start;
        return text.ToString(TextSpan.FromBounds(start, end));
    }

    private static string LineText(SourceText text, int line) => text.ToString(text.Lines[line].Span).Trim().TrimStart('\uFEFF');
}
