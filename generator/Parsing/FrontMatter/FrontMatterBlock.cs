using Microsoft.CodeAnalysis.Text;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>
/// Where a document's front matter is: YAML between a first non-blank line "---" and the next line that
/// is "---" (or "..."), or TOML (Hugo, Zola) between a first non-blank line "+++" and the next "+++". The body
/// starts after the closing line.
/// </summary>
public readonly record struct FrontMatterBlock(bool Present, bool Closed, int OpenLine, int CloseLine, bool IsToml = false)
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
            if (line is not ("---" or "+++"))
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
        var isToml = LineText(text, open) == "+++";
        for (var i = open + 1; i < text.Lines.Count; i++)
        {
            var line = LineText(text, i);
            if (isToml ? line == "+++" : line is "---" or "...")
            {
                return new FrontMatterBlock(true, true, open, i, isToml);
            }
        }
        return new FrontMatterBlock(true, false, open, -1, isToml);
    }

    /// <summary>The YAML or TOML between the fences, with its line breaks, so its positions map to document lines.</summary>
    public string Content(SourceText text)
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
