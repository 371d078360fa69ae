using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// Finds what other generators execute in a Markdown body — Hugo shortcodes (<c>{{&lt; &gt;}}</c>, <c>{{% %}}</c>),
/// Liquid tags (<c>{% %}</c>, Jekyll's <c>{% highlight %}</c> blocks among them) and template calls (<c>{{ }}</c>, Liquid
/// output or Go templates) — and reports each (SN0042) at its line: StaticNews shows them as written, in code, never runs
/// them. Code (fenced, indented, or between backticks) is not looked in: a tutorial may show a shortcode. A construct
/// that spans lines is reported once, at the line it opens on; a kind is reported at most once per line.
/// </summary>
public sealed class TemplateTags(string filePath, SourceText text, List<DiagnosticInfo> diagnostics)
{
    private string? _openCloser;

    /// <summary>A blank line ends a construct never closed, as the site's rendering ends it there.</summary>
    public void Blank() => _openCloser = null;

    /// <summary>Looks at one body line outside fenced code; <paramref name="inIndentedCode"/> lines are passed over.</summary>
    public void Scan(string line, int lineIndex, bool inIndentedCode)
    {
        if (inIndentedCode && _openCloser is null)
        {
            return;
        }
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        if (_openCloser is { } closer)
        {
            var end = line.IndexOf(closer, StringComparison.Ordinal);
            if (end < 0)
            {
                return;
            }
            _openCloser = null;
            i = end + closer.Length;
        }
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '`')
            {
                i = AfterCodeSpan(line, i);
                continue;
            }
            if (c == '\\')
            {
                i += 2;
                continue;
            }
            if (c != '{' || i + 1 >= line.Length || line[i + 1] is not ('{' or '%'))
            {
                i++;
                continue;
            }
            var (kind, closing) = Construct(line, i);
            var close = line.IndexOf(closing, i + 2, StringComparison.Ordinal);
            var end = close < 0 ? line.Length : close + closing.Length;
            var written = line.Substring(i, end - i);
            if (close < 0)
            {
                _openCloser = closing;
            }
            if (IsHighlight(written, out var language))
            {
                kind = "Jekyll highlight block";
            }
            if (reported.Add(kind))
            {
                var shown = kind == "Jekyll highlight block"
                    ? language is null ? "as the code block it encloses" : "as the " + language + " code block it encloses"
                    : "as written, in code";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TemplateTagNotExecuted,
                    LocationInfo.ForSpan(filePath, text, new TextSpan(text.Lines[lineIndex].Start + i, end - i)),
                    kind, Shorten(written), shown));
            }
            i = end;
        }
    }

    private static (string Kind, string Closer) Construct(string line, int start)
    {
        if (line[start + 1] == '%')
        {
            return ("Liquid tag", "%}");
        }
        if (start + 2 < line.Length && line[start + 2] == '<')
        {
            return ("Hugo shortcode", ">}}");
        }
        if (start + 2 < line.Length && line[start + 2] == '%')
        {
            return ("Hugo shortcode", "%}}");
        }
        return ("template call", "}}");
    }

    /// <summary>"{% highlight ruby %}" or "{% endhighlight %}" (with Liquid's "-" trims too).</summary>
    private static bool IsHighlight(string written, out string? language)
    {
        language = null;
        if (!written.StartsWith("{%", StringComparison.Ordinal))
        {
            return false;
        }
        var words = written.Trim('{', '}', '%', '-', ' ', '\t').Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0] is not ("highlight" or "endhighlight"))
        {
            return false;
        }
        language = words[0] == "highlight" && words.Length > 1 ? words[1] : null;
        return true;
    }

    /// <summary>Where the code span opened by the backticks at <paramref name="start"/> ends; just past the backticks when it is not closed on the line.</summary>
    private static int AfterCodeSpan(string line, int start)
    {
        var run = 0;
        while (start + run < line.Length && line[start + run] == '`')
        {
            run++;
        }
        var ticks = new string('`', run);
        var search = start + run;
        while (search < line.Length)
        {
            var close = line.IndexOf(ticks, search, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }
            var after = close + run;
            if (after >= line.Length || line[after] != '`')
            {
                return after;
            }
            while (after < line.Length && line[after] == '`')
            {
                after++;
            }
            search = after;
        }
        return start + run;
    }

    private static string Shorten(string written) => written.Length <= 60 ? written : written.Substring(0, 57) + "...";
}
