using System.Collections.Generic;
using System.Text;

namespace StaticNews.Generator.Naming;

/// <summary>Splits a title into lower-case ASCII words, the common ground of slugs and class names.</summary>
public static class Words
{
    public static List<string> FromTitle(string title)
    {
        var ascii = Transliterator.ToAscii(title);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in ascii)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                current.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                current.Append((char)(c + ('a' - 'A')));
            }
            else if (c is '\'' or '’')
            {
                // "Armenia's" is one word: armenias.
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }

    /// <summary>Takes whole words while the joined length stays within <paramref name="maxLength"/> (at least one word).</summary>
    public static List<string> TakeWithin(List<string> words, int maxLength, int separatorLength)
    {
        var taken = new List<string>();
        var length = 0;
        foreach (var word in words)
        {
            var added = taken.Count == 0 ? word.Length : word.Length + separatorLength;
            if (taken.Count > 0 && length + added > maxLength)
            {
                break;
            }
            taken.Add(word);
            length += added;
        }
        return taken;
    }

    /// <summary>A short, stable hex hash (FNV-1a over UTF-8), for names of titles that have no usable words.</summary>
    public static string StableHash(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                hash = (hash ^ b) * 16777619u;
            }
            return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
