namespace CorpusMaker;

/// <summary>Wraps a short run of plain words in Markdown markup (emphasis or a link).</summary>
internal static class MarkdownSpans
{
    private const int Attempts = 4;

    /// <summary>Returns <paramref name="paragraph"/> with 2–4 letter-only words wrapped, or unchanged if none fit.</summary>
    public static string Wrap(string paragraph, Prng rng, string open, string close)
    {
        string[] words = paragraph.Split(' ');
        int length = rng.Next(2, 5);
        if (words.Length < length + 2)
        {
            return paragraph;
        }

        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            int start = rng.Next(1, words.Length - length);
            if (AllLetters(words, start, length))
            {
                words[start] = open + words[start];
                words[start + length - 1] += close;
                return string.Join(' ', words);
            }
        }

        return paragraph;
    }

    private static bool AllLetters(string[] words, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            foreach (char c in words[i])
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
