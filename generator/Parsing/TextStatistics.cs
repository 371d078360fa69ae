namespace StaticNews.Generator.Parsing;

/// <summary>Word counts, computed once at build time so pages do not recount them.</summary>
public static class TextStatistics
{
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = !char.IsWhiteSpace(c);
            if (isWordChar && !inWord)
            {
                count++;
            }
            inWord = isWordChar;
        }
        return count;
    }
}
