namespace StaticNews.Site.Images;

/// <summary>
/// The line of a document a line of its body came from, for a diagnostic. A body is the document's lines after its
/// front matter, less those the generator took out (boilerplate, the editor's note): its lines are found in the
/// document in order. Read only when something is reported.
/// </summary>
public static class DocumentLine
{
    /// <summary>The line (from 1) of <paramref name="document"/> that the body's line <paramref name="bodyLine"/> (from 0) is; null when it cannot be told.</summary>
    public static int? Of(string document, string body, int bodyLine)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(document);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        var bodyLines = body.Split('\n');
        if (bodyLine < 0 || bodyLine >= bodyLines.Length)
        {
            return null;
        }
        var next = 0;
        for (var i = 0; i <= bodyLine; i++)
        {
            var found = Array.FindIndex(lines, next, line => line == bodyLines[i]);
            if (found < 0)
            {
                // A line of the body the document does not hold as it is (a blank line the generator made): skip it.
                if (i < bodyLine)
                {
                    continue;
                }
                return null;
            }
            next = found + 1;
        }
        return next;
    }
}
