using System.Text;

namespace StaticNews.Tasks.Scanning;

/// <summary>Paths written as the compiler's response file arguments, so the compiler reads back exactly the path.</summary>
internal static class CompilerArguments
{
    /// <summary>The argument passing one document as an additional file.</summary>
    public static string AdditionalFile(string path) => "/additionalfile:" + Argument(EscapeForUnquoting(path));

    /// <summary>The argument embedding one document as a resource under <paramref name="resourceName"/> (which needs
    /// no quoting).</summary>
    public static string Resource(string path, string resourceName) => "/resource:" + Argument(path) + "," + resourceName;

    /// <summary>
    /// A path the compiler unquotes once more: it reads an additional file's path through RemoveQuotesAndSlashes
    /// twice (ParseSeparatedFileArgument, then ParseFileArgument), a resource's once. Backslashes are literal except
    /// before a '"', where each pair gives one and an odd one makes the quote literal.
    /// </summary>
    public static string EscapeForUnquoting(string value)
    {
        var text = new StringBuilder();
        var backslashes = 0;
        foreach (var c in value)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }
            text.Append('\\', c == '"' ? backslashes * 2 + 1 : backslashes).Append(c);
            backslashes = 0;
        }
        return text.Append('\\', backslashes).ToString();
    }

    /// <summary>
    /// One compiler argument whose value unquotes to this text. The response file's line splits at white space
    /// outside quotes; a file list splits at ',' and ';' outside quotes, counting every '"' (an escaped one too); so
    /// each character gets the quotes it needs, the state of both tracked, and the value ends outside the list's
    /// quotes (a resource's name follows a ',').
    /// </summary>
    public static string Argument(string value)
    {
        var text = new StringBuilder();
        var inArgumentQuotes = false;
        var inListQuotes = false;
        var backslashes = 0;
        foreach (var c in value)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }
            if ((char.IsWhiteSpace(c) && !inArgumentQuotes) || ((c == ',' || c == ';') && !inListQuotes))
            {
                text.Append('\\', backslashes * 2).Append('"');
                backslashes = 0;
                inArgumentQuotes = !inArgumentQuotes;
                inListQuotes = !inListQuotes;
            }
            if (c == '"')
            {
                text.Append('\\', backslashes * 2 + 1).Append('"');
                inListQuotes = !inListQuotes;
            }
            else
            {
                text.Append('\\', backslashes).Append(c);
            }
            backslashes = 0;
        }
        return inListQuotes ? text.Append('\\', backslashes * 2).Append('"').ToString() : text.Append('\\', backslashes).ToString();
    }
}
