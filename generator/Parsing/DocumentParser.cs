using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;
using StaticNews.Generator.Parsing.FrontMatter;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// One document's text in, one article (or none) and its diagnostics out. A pure function of the file's
/// path, text and the project options: editing one article re-parses that article only.
/// front matter (optional, YAML) → body (plain text or Markdown) → article.
/// </summary>
public static class DocumentParser
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <param name="resourceName">The name the build embeds this document under, or null when it does not.</param>
    public static ParseResult Parse(string filePath, SourceText text, GeneratorOptions options, CancellationToken cancellationToken, string? resourceName = null)
    {
        var sourcePath = SourcePaths.Relative(filePath, options.ContentRoot);
        var diagnostics = new List<DiagnosticInfo>();

        var (nul, nonCharacter) = Scan(text);
        if (nul >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BinaryDocument,
                LocationInfo.ForSpan(filePath, text, new TextSpan(nul, 1)), sourcePath));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }
        if (nonCharacter >= 0)
        {
            // TextCleaner drops it from every line; the author hears of the first one.
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NonCharacterRemoved,
                LocationInfo.ForSpan(filePath, text, new TextSpan(nonCharacter, 1)), sourcePath, ((int)text[nonCharacter]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
        }
        var decodedCleanly = CheckEncoding(filePath, sourcePath, text, diagnostics);

        var block = FrontMatterBlock.Find(text);
        var metadata = ArticleMetadata.None;
        if (block.Present && !block.Closed)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnclosedFrontMatter, LocationInfo.ForLine(filePath, text, block.OpenLine),
                block.IsToml ? "+++" : "---"));
        }
        else if (block.Present)
        {
            var problems = new List<FrontMatterProblem>();
            var entries = block.IsToml
                ? TomlFrontMatterReader.Read(filePath, text, block, problems)
                : FrontMatterReader.Read(filePath, text, block, problems);
            metadata = FrontMatterInterpreter.Interpret(entries, Zone(options.TimeZone), problems, options.KeyAliases);
            diagnostics.AddRange(problems.Select(p => DiagnosticInfo.Create(p.Descriptor, p.Location, p.Arguments)));
        }
        if (metadata.Published is null && FileNameDate.Find(filePath, Zone(options.TimeZone)) is { } fileDate)
        {
            metadata = metadata with { Published = fileDate };
        }
        cancellationToken.ThrowIfCancellationRequested();

        var format = Path.GetExtension(filePath).Equals(".md", StringComparison.OrdinalIgnoreCase) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
        var body = format == DocumentFormat.Markdown
            ? MarkdownParser.Parse(filePath, sourcePath, text, block.BodyStartLine, metadata, options, diagnostics, cancellationToken)
            : PlainTextParser.Parse(filePath, sourcePath, text, block.BodyStartLine, metadata, options, diagnostics, cancellationToken);

        if (metadata.RedirectTo is { } target)
        {
            // Jekyll's redirect_to: a page that only sends the reader on. Such a document is never an article: its URL
            // becomes an old URL of the article it leads to, or a redirect page to another site, when naming has every
            // article's URL (NameAssigner).
            var location = metadata.RedirectLocation ?? LocationInfo.StartOf(filePath);
            if (body.ParagraphCount == 0)
            {
                var slug = metadata.Slug ?? UrlNames.FromSourcePath(sourcePath) ?? SlugBuilder.FromTitle(Path.GetFileNameWithoutExtension(filePath));
                var redirect = new RedirectDocument(filePath, sourcePath, slug, metadata.Published, metadata.Section, metadata.Url ?? metadata.Path, target, location,
                    metadata.Title);
                return new ParseResult(null, diagnostics.ToEquatableArray(), redirect);
            }
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RedirectNotMade, location, target, DiagnosticDescriptors.RedirectWithBody));
        }
        else if (metadata.RedirectLocation is not null && body.ParagraphCount == 0)
        {
            // A redirect_to: that is no URL (reported where it is written) in a document that only redirects: no page, and no empty article either.
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }

        var title = body.Title;
        if (title is null && body.ParagraphCount == 0 && body.Standfirst is null && metadata == ArticleMetadata.None)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyDocument, LocationInfo.StartOf(filePath), sourcePath));
            return new ParseResult(null, diagnostics.ToEquatableArray());
        }

        var titleLocation = TitleLocation(filePath, text, block, metadata, body);
        if (title is null)
        {
            title = Path.GetFileNameWithoutExtension(filePath);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTitle, titleLocation, sourcePath, title));
        }
        if (body.Standfirst is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingStandfirst, titleLocation, sourcePath,
                format == DocumentFormat.Markdown ? DiagnosticDescriptors.StandfirstAdviceMarkdown : DiagnosticDescriptors.StandfirstAdvicePlainText));
        }

        var article = new ArticleDocument(
            FilePath: filePath,
            SourcePath: sourcePath,
            Format: format,
            Title: title,
            Standfirst: body.Standfirst ?? "",
            EditorsNote: body.EditorsNote,
            Body: body.Body,
            Metadata: metadata,
            WordCount: body.WordCount,
            ProposedSlug: metadata.Slug ?? (format == DocumentFormat.Markdown ? UrlNames.FromSourcePath(sourcePath) : null) ?? SlugBuilder.FromTitle(title),
            ProposedClassName: ClassNameBuilder.FromTitle(title),
            TitleLocation: titleLocation);
        // The body comes from the embedded document when the document was read exactly as the run time will read
        // it (UTF-8, or UTF-16 or UTF-32 by its byte-order mark) and every body line is a slice of it.
        if (resourceName is not null && body.Ranges is { } ranges && IsUnicodeEncoding(text.Encoding) && decodedCleanly)
        {
            article = article with
            {
                BodyResource = resourceName,
                BodyRanges = ranges.ToEquatableArray(),
                HeadingStarts = HeadingTexts.Locate(text, ranges.Count > 0 ? ranges[0] : text.Length, article.Title, article.Standfirst, article.EditorsNote),
            };
        }
        return new ParseResult(article, diagnostics.ToEquatableArray());
    }

    /// <summary>UTF-8, UTF-16 or UTF-32 (LE or BE): what the compiler reads by a byte-order mark (or UTF-8 without one), and the runtime's Article.Decode alike.</summary>
    private static bool IsUnicodeEncoding(System.Text.Encoding? encoding) => encoding?.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;

    private static LocationInfo TitleLocation(string filePath, SourceText text, FrontMatterBlock block, ArticleMetadata metadata, ParsedBody body)
    {
        if (body.TitleLine >= 0)
        {
            return LocationInfo.ForLine(filePath, text, body.TitleLine);
        }
        return metadata.TitleLocation ?? LocationInfo.ForLine(filePath, text, block.Present ? block.OpenLine : 0);
    }

    private static TimeZoneInfo Zone(string id) => Zones.GetOrAdd(id, key => DateParser.FindZone(key) ?? TimeZoneInfo.Utc);

    /// <summary>
    /// The compiler decodes additional files as UTF-8 and, where the bytes are not valid UTF-8, falls back
    /// to a single-byte code page or U+FFFD replacements. Either way the author should know, at the first
    /// character that was affected.
    /// </summary>
    /// <returns>True when the text was decoded without a fallback or replacement (no SN0003).</returns>
    private static bool CheckEncoding(string filePath, string sourcePath, SourceText text, List<DiagnosticInfo> diagnostics)
    {
        var encoding = text.Encoding;
        var readAsOtherEncoding = encoding is not null && !IsUnicodeEncoding(encoding);
        var at = readAsOtherEncoding ? IndexOfNonAscii(text) : SourceTextSearch.IndexOf(text, '\uFFFD');
        if (at < 0)
        {
            return true;
        }
        var readAs = readAsOtherEncoding ? encoding!.WebName : "UTF-8 with replacement characters (\uFFFD)";
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotUtf8,
            LocationInfo.ForSpan(filePath, text, new TextSpan(at, 1)), sourcePath, readAs));
        return false;
    }

    /// <summary>The first NUL (a binary file), and the first U+FFFE or U+FFFF before it; -1 for none.</summary>
    private static (int Nul, int NonCharacter) Scan(SourceText text)
    {
        var first = SourceTextSearch.IndexOfAny(text, '\0', '\uFFFE', '\uFFFF');
        if (first < 0 || text[first] == '\0')
        {
            return (first, -1);
        }
        return (SourceTextSearch.IndexOf(text, '\0', first + 1), first);
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
