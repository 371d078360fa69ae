using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CorpusMaker;

/// <summary>Renders articles to documents and writes them as <c>NNNNN_slug.txt|.md</c>.</summary>
internal sealed partial class CorpusWriter(string outputDirectory, CorpusFormat format, int seed)
{
    private const int MarkdownStream = 2;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Deletes corpus files of an earlier run (and only those), so a smaller N leaves no extras.</summary>
    public void RemoveEarlierCorpus()
    {
        Directory.CreateDirectory(outputDirectory);
        foreach (string path in Directory.EnumerateFiles(outputDirectory))
        {
            if (CorpusFileName().IsMatch(Path.GetFileName(path)))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Writes one article and returns the number of bytes written.</summary>
    public int Write(Article article)
    {
        bool markdown = format == CorpusFormat.Md || (format == CorpusFormat.Mixed && article.Index % 2 == 1);
        var document = new StringBuilder(8192);
        AppendFrontMatter(document, article);
        if (markdown)
        {
            AppendMarkdownBody(document, article);
        }
        else
        {
            AppendTextBody(document, article);
        }

        string fileName = string.Create(CultureInfo.InvariantCulture, $"{article.Index:D5}_{article.Slug}.{(markdown ? "md" : "txt")}");
        byte[] bytes = Utf8NoBom.GetBytes(document.ToString());
        File.WriteAllBytes(Path.Combine(outputDirectory, fileName), bytes);
        return bytes.Length;
    }

    private static void AppendFrontMatter(StringBuilder document, Article article)
    {
        document.Append("---\n");
        document.Append("title: ").Append(Quote(article.Title)).Append('\n');
        document.Append("standfirst: ").Append(Quote(article.Standfirst)).Append('\n');
        document.Append("date: ").Append(article.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n');
        AppendList(document, "authors", article.Authors);
        AppendList(document, "tags", article.Tags);
        document.Append("section: ").Append(article.Section).Append('\n');
        document.Append("---\n");
    }

    private static void AppendList(StringBuilder document, string key, IReadOnlyList<string> items)
    {
        document.Append(key).Append(":\n");
        foreach (string item in items)
        {
            document.Append("  - ").Append(item).Append('\n');
        }
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The seed's layout: a blank line, title, standfirst, then one paragraph per line.</summary>
    private static void AppendTextBody(StringBuilder document, Article article)
    {
        document.Append('\n');
        document.Append(article.Title).Append('\n');
        document.Append(article.Standfirst).Append('\n');
        AppendBoilerplate(document, article, "\n");
        foreach (string paragraph in article.Paragraphs)
        {
            document.Append(paragraph).Append('\n');
        }
    }

    /// <summary>
    /// The same words as the text body (title and standfirst live in the front matter), with
    /// some spans turned into emphasis or links from a separate random stream.
    /// </summary>
    private void AppendMarkdownBody(StringBuilder document, Article article)
    {
        var rng = Prng.For(seed, article.Index, MarkdownStream);
        int linkParagraph = rng.Chance(0.7) ? rng.Next(article.Paragraphs.Count) : -1;
        document.Append('\n');
        AppendBoilerplate(document, article, "\n\n");
        for (int i = 0; i < article.Paragraphs.Count; i++)
        {
            string paragraph = article.Paragraphs[i];
            if (i == linkParagraph)
            {
                paragraph = MarkdownSpans.Wrap(paragraph, rng, "[", $"](https://example.com/articles/{rng.Next(100_000)})");
            }
            else if (rng.Chance(0.2))
            {
                paragraph = MarkdownSpans.Wrap(paragraph, rng, "*", "*");
            }

            document.Append(paragraph).Append("\n\n");
        }
    }

    private static void AppendBoilerplate(StringBuilder document, Article article, string separator)
    {
        if (article.HasDonationAppeal)
        {
            document.Append(TextPools.DonationAppeal).Append(separator);
        }

        if (article.EditorsNote is not null)
        {
            document.Append(TextPools.EditorsNotePrefix).Append(article.EditorsNote).Append(separator);
        }
    }

    [GeneratedRegex(@"^\d{5,}_[a-z0-9-]+\.(txt|md)$")]
    private static partial Regex CorpusFileName();
}
