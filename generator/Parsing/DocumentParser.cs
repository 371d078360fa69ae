using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// One document's text in, one article (or none) and its diagnostics out. A pure function of the file's
/// path, text and the project options: editing one article re-parses that article only.
/// </summary>
public static class DocumentParser
{
    public static ParseResult Parse(string filePath, SourceText text, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var sourcePath = SourcePaths.Relative(filePath, options.ContentRoot);
        var diagnostics = new List<DiagnosticInfo>();

        var nul = IndexOf(text, '\0');
        if (nul >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BinaryDocument,
                LocationInfo.ForSpan(filePath, text, new TextSpan(nul, 1)), sourcePath));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }

        CheckEncoding(filePath, sourcePath, text, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();

        var article = PlainTextParser.Parse(filePath, sourcePath, text, options, diagnostics, cancellationToken);
        return new ParseResult(article, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The compiler decodes additional files as UTF-8 and falls back to a single-byte code page when the
    /// bytes are not valid UTF-8; other hosts decode with U+FFFD replacements. Either way the author
    /// should know, at the first character that was affected.
    /// </summary>
    private static void CheckEncoding(string filePath, string sourcePath, SourceText text, List<DiagnosticInfo> diagnostics)
    {
        var encoding = text.Encoding;
        var readAsOtherEncoding = encoding is not null && encoding.CodePage is not (65001 or 1200 or 1201 or 12000 or 12001);
        var at = readAsOtherEncoding ? IndexOfNonAscii(text) : IndexOf(text, '\uFFFD');
        if (at < 0)
        {
            return;
        }
        var readAs = readAsOtherEncoding ? encoding!.WebName : "UTF-8 with replacement characters (\uFFFD)";
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8,
            LocationInfo.ForSpan(filePath, text, new TextSpan(at, 1)), sourcePath, readAs));
    }

    private static int IndexOf(SourceText text, char wanted)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == wanted)
            {
                return i;
            }
        }
        return -1;
    }

    private static int IndexOfNonAscii(SourceText text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007F')
            {
                return i;
            }
        }
        return -1;
    }
}
