using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StaticNews.Generator.Model;

/// <summary>A place in a document, kept as plain values so it can live in a cached pipeline model.</summary>
public sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo ForLine(string filePath, SourceText text, int lineIndex)
    {
        var line = text.Lines[lineIndex];
        return new LocationInfo(filePath, line.Span, text.Lines.GetLinePositionSpan(line.Span));
    }

    public static LocationInfo ForSpan(string filePath, SourceText text, TextSpan span) =>
        new(filePath, span, text.Lines.GetLinePositionSpan(span));

    public static LocationInfo StartOf(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
