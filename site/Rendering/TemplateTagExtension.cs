using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticNews.Site.Rendering;

/// <summary>
/// What Hugo, Jekyll or Go templates would execute in a body — shortcodes (<c>{{&lt; &gt;}}</c>, <c>{{% %}}</c>), Liquid
/// tags (<c>{% %}</c>) and template calls (<c>{{ }}</c>) — shown as written, in code, never run (the generator reports each,
/// SN0042). One inside a line is inline code; one that spans lines is a code block, so a line of it that starts with
/// "&gt;" never becomes a quote. Jekyll's <c>{% highlight ruby %}</c>…<c>{% endhighlight %}</c> is what Jekyll makes of it:
/// a code block in that language.
/// </summary>
public sealed class TemplateTagExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.Insert(0, new TemplateTagBlockParser());
        pipeline.InlineParsers.Insert(0, new TemplateTagInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The closer of the construct <paramref name="text"/> opens at <paramref name="start"/>, or null when it opens none.</summary>
    internal static string? CloserOf(string text, int start, int end)
    {
        if (start + 1 > end || text[start] != '{')
        {
            return null;
        }
        if (text[start + 1] == '%')
        {
            return "%}";
        }
        if (text[start + 1] != '{')
        {
            return null;
        }
        return start + 2 <= end && text[start + 2] == '<' ? ">}}"
            : start + 2 <= end && text[start + 2] == '%' ? "%}}"
            : "}}";
    }
}

/// <summary>A template construct that spans lines, kept as written.</summary>
public sealed class TemplateTagBlock(BlockParser parser) : CodeBlock(parser)
{
    public string Closer { get; init; } = "";
}

/// <summary>Jekyll's highlight block: a fenced code block in its language.</summary>
public sealed class HighlightBlock(BlockParser parser) : FencedCodeBlock(parser);

internal sealed class TemplateTagBlockParser : BlockParser
{
    private const string EndHighlight = "endhighlight";

    public TemplateTagBlockParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var line = processor.Line.ToString();
        if (LiquidTag(line) is { } tag && tag.Length > 0 && tag[0] == "highlight" && tag.Length > 1)
        {
            var language = new string(tag[1].Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+' or '#' or '.').ToArray());
            var highlight = new HighlightBlock(this)
            {
                Info = language,
                Column = processor.Column,
                Span = new SourceSpan(processor.Start, processor.Line.End),
                FencedChar = '`',
                OpeningFencedCharCount = 3,
                ClosingFencedCharCount = 3,
            };
            if (language.Length > 0)
            {
                highlight.GetAttributes().AddClass("language-" + language);
            }
            processor.NewBlocks.Push(highlight);
            return BlockState.ContinueDiscard;
        }
        var closer = TemplateTagExtension.CloserOf(line, 0, line.Length - 1);
        if (closer is null || line.IndexOf(closer, 2, StringComparison.Ordinal) >= 0)
        {
            // Closed on its line: the paragraph's inline code (TemplateTagInlineParser) shows it.
            return BlockState.None;
        }
        processor.NewBlocks.Push(new TemplateTagBlock(this)
        {
            Closer = closer,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // Code keeps its indentation.
        processor.GoToColumn(processor.ColumnBeforeIndent);
        var line = processor.Line.ToString();
        if (block is HighlightBlock)
        {
            return LiquidTag(line) is { Length: > 0 } tag && tag[0] == EndHighlight ? BlockState.BreakDiscard : BlockState.Continue;
        }
        var tagBlock = (TemplateTagBlock)block;
        if (processor.IsBlankLine)
        {
            // Never closed: what follows the blank line is Markdown again.
            return BlockState.Break;
        }
        if (line.Contains(tagBlock.Closer, StringComparison.Ordinal))
        {
            tagBlock.AppendLine(ref processor.Line, processor.Column, processor.LineIndex, processor.CurrentLineStartPosition, processor.TrackTrivia);
            return BlockState.BreakDiscard;
        }
        return BlockState.Continue;
    }

    /// <summary>The words of a line that is one Liquid tag ("{% highlight ruby linenos %}"), or null.</summary>
    private static string[]? LiquidTag(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith("{%", StringComparison.Ordinal) || !trimmed.EndsWith("%}", StringComparison.Ordinal) || trimmed.Length < 4)
        {
            return null;
        }
        return trimmed[2..^2].Trim('-', ' ', '\t').Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }
}

internal sealed class TemplateTagInlineParser : InlineParser
{
    public TemplateTagInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var closer = TemplateTagExtension.CloserOf(slice.Text, slice.Start, slice.End);
        if (closer is null)
        {
            return false;
        }
        var close = slice.Text.IndexOf(closer, slice.Start + 2, slice.End - slice.Start - 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }
        var end = close + closer.Length;
        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new CodeInline(slice.Text[slice.Start..end])
        {
            Delimiter = '`',
            DelimiterCount = 1,
            Span = new SourceSpan(start, start + end - slice.Start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }
}
