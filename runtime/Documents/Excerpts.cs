namespace StaticNews.Content.Documents;

/// <summary>How <see cref="Article.Excerpt"/> is cut from the start of a body (and <see cref="Article.CutExcerpt"/> any text).</summary>
internal static class Excerpts
{
    /// <summary>How long an excerpt is, at most, before its "…".</summary>
    public const int Length = 200;

    /// <summary><paramref name="text"/> itself when it is at most <paramref name="length"/> units, else cut at the last space before, with "…".</summary>
    public static string Cut(string text, int length = Length)
    {
        if (text.Length <= length)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', length);
        var end = cut > 0 ? cut : length;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            // Text without spaces (emoji, some scripts): never cut between the two halves of one character.
            end--;
        }
        while (end > 0 && text[end - 1] is ',' or ';' or ':' or ' ')
        {
            end--;
        }
        return text.Substring(0, end) + "…";
    }
}
