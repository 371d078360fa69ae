using System.Collections.Generic;

namespace StaticNews.Generator.Parsing;

/// <summary>What a body parser found: title and standfirst (if the body gives them), the note, the body, how many paragraphs it has and their words.</summary>
/// <param name="TitleLine">The line the title was read from, or -1 when it came from elsewhere.</param>
/// <param name="ParagraphCount">The body's paragraphs (for Markdown, its blocks), as <c>Article.Paragraphs</c> splits them.</param>
/// <param name="WordCount">The words of those paragraphs (<see cref="TextStatistics.CountWords"/>).</param>
/// <param name="Ranges">The body's lines as (start, length) ranges of the document; null when they are not exact slices.</param>
public sealed record ParsedBody(string? Title, int TitleLine, string? Standfirst, string? EditorsNote, string Body, int ParagraphCount, int WordCount,
    IReadOnlyList<int>? Ranges = null);
