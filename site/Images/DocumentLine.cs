namespace StaticNews.Site.Images;

/// <summary>
/// The lines of a document its body's lines came from, for diagnostics. A body is the document's lines after its
/// front matter, less those the generator took out (boilerplate, the editor's note): its lines are found in the
/// document in order. Read only when something is reported, once per document however many lines are asked for.
/// </summary>
public static class DocumentLine
{
    /// <summary>For each line of <paramref name="body"/> (from 0), the line of <paramref name="document"/> (from 1) it is, or 0 when it cannot be told.</summary>
    public static int[] Map(string document, string body)
    {
        var bodyLines = body.Split('\n');
        var map = new int[bodyLines.Length];
        string[] lines;
        try
        {
            lines = File.ReadAllLines(document);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return map;
        }
        var next = 0;
        for (var i = 0; i < bodyLines.Length && next < lines.Length; i++)
        {
            var found = Array.IndexOf(lines, bodyLines[i], next);
            // A line the document does not hold as it is (one the generator joined or made) is skipped.
            if (found >= 0)
            {
                map[i] = found + 1;
                next = found + 1;
            }
        }
        return map;
    }
}
