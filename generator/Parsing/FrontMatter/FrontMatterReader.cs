using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>
/// Reads front matter with YamlDotNet's event parser into flat <c>key: value</c> / <c>key: [list]</c>
/// entries. Work is bounded by the input: anchors, aliases and tags are refused (no alias bomb can
/// expand), nesting is skipped without recursion and at most <see cref="MaxNesting"/> levels deep, and
/// the block has a size limit. Every problem is located at its line in the document.
/// </summary>
public static class FrontMatterReader
{
    public const int MaxLength = 64 * 1024;

    /// <summary>
    /// Values nested deeper than this are refused without reading on: front matter needs one level (a list), and
    /// YamlDotNet's scanner does work proportional to the depth for every token, so 30,000 nested '[' within the size
    /// limit would take seconds.
    /// </summary>
    public const int MaxNesting = 32;

    public static EquatableArray<FrontMatterEntry> Read(
        string filePath, SourceText text, FrontMatterBlock block, List<FrontMatterProblem> problems)
    {
        var yaml = block.Content(text);
        var entries = new List<FrontMatterEntry>();
        if (yaml.Length > MaxLength)
        {
            problems.Add(Problem(DiagnosticDescriptors.InvalidFrontMatter, LocationInfo.ForLine(filePath, text, block.OpenLine),
                $"the front matter is {yaml.Length / 1024} KB, more than the {MaxLength / 1024} KB allowed"));
            return entries.ToEquatableArray();
        }

        var locate = new Locator(filePath, text, block.OpenLine);
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return entries.ToEquatableArray();
            }
            parser.Consume<DocumentStart>();
            if (parser.Accept<Scalar>(out var empty) && empty.Value.Length == 0)
            {
                return entries.ToEquatableArray();
            }
            if (!parser.TryConsume<MappingStart>(out var mapping))
            {
                problems.Add(Problem(DiagnosticDescriptors.InvalidFrontMatter, locate.At(parser.Current!.Start),
                    "front matter must be 'key: value' lines"));
                return entries.ToEquatableArray();
            }
            RefuseAnchorAndTag(mapping, locate, problems);

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (!parser.TryConsume<Scalar>(out var key))
                {
                    problems.Add(Problem(DiagnosticDescriptors.InvalidFrontMatter, locate.At(parser.Current!.Start),
                        "a key must be a plain name"));
                    SkipNode(parser);
                    SkipNode(parser);
                    continue;
                }
                var keyLocation = locate.At(key.Start);
                var value = ReadValue(parser, key.Value, locate, problems);
                if (!seen.Add(key.Value))
                {
                    problems.Add(Problem(DiagnosticDescriptors.DuplicateFrontMatterKey, keyLocation, key.Value));
                    continue;
                }
                if (value is not null)
                {
                    entries.Add(new FrontMatterEntry(key.Value, value, keyLocation));
                }
            }
        }
        catch (YamlException e)
        {
            problems.Add(Problem(DiagnosticDescriptors.InvalidFrontMatter, locate.At(e.Start), "not valid YAML: " + e.Message));
        }
        catch (NestedTooDeepException e)
        {
            problems.Add(Problem(DiagnosticDescriptors.InvalidFrontMatter, locate.At(e.Start),
                $"values nested more than {MaxNesting} levels deep are refused, and the rest of the front matter with them"));
        }
        return entries.ToEquatableArray();
    }

    private static FrontMatterValue? ReadValue(IParser parser, string key, Locator locate, List<FrontMatterProblem> problems)
    {
        var start = parser.Current!.Start;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var item = ToScalar(scalar, locate, problems);
            return item is null ? null : new FrontMatterValue(false, new EquatableArray<ScalarValue>(new[] { item }), locate.At(start));
        }
        if (parser.TryConsume<SequenceStart>(out var sequence))
        {
            RefuseAnchorAndTag(sequence, locate, problems);
            var items = new List<ScalarValue>();
            var mappings = new List<FrontMatterMapping>();
            var readsMappings = string.Equals(key.Trim(), FrontMatterKeys.Corrections, StringComparison.OrdinalIgnoreCase);
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                if (parser.TryConsume<Scalar>(out var element))
                {
                    if (ToScalar(element, locate, problems) is { } item)
                    {
                        items.Add(item);
                    }
                }
                else if (readsMappings && parser.TryConsume<MappingStart>(out var itemMapping))
                {
                    mappings.Add(ReadMapping(parser, itemMapping, locate, problems));
                }
                else if (parser.TryConsume<AnchorAlias>(out var itemAlias))
                {
                    problems.Add(Problem(DiagnosticDescriptors.FrontMatterAliasOrTag, locate.At(itemAlias.Start), "an alias (*" + itemAlias.Value + ")"));
                }
                else
                {
                    problems.Add(Problem(DiagnosticDescriptors.FrontMatterWrongType, locate.At(parser.Current!.Start), key, "a list of single values"));
                    SkipNode(parser);
                }
            }
            return new FrontMatterValue(true, items.ToEquatableArray(), locate.At(start), mappings.ToEquatableArray());
        }
        if (parser.Accept<AnchorAlias>(out var alias))
        {
            problems.Add(Problem(DiagnosticDescriptors.FrontMatterAliasOrTag, locate.At(alias.Start), "an alias (*" + alias.Value + ")"));
            SkipNode(parser);
            return null;
        }
        problems.Add(Problem(DiagnosticDescriptors.FrontMatterWrongType, locate.At(start), key, "a single value or a list"));
        SkipNode(parser);
        return null;
    }

    /// <summary>One mapping item of a list, its <c>MappingStart</c> consumed: its scalar keys and values; a value nested deeper is skipped and kept as none.</summary>
    private static FrontMatterMapping ReadMapping(IParser parser, MappingStart mapping, Locator locate, List<FrontMatterProblem> problems)
    {
        RefuseAnchorAndTag(mapping, locate, problems);
        var fields = new List<FrontMatterField>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key))
            {
                problems.Add(Problem(DiagnosticDescriptors.InvalidFrontMatter, locate.At(parser.Current!.Start), "a key must be a plain name"));
                SkipNode(parser);
                SkipNode(parser);
                continue;
            }
            ScalarValue? value = null;
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                value = ToScalar(scalar, locate, problems);
            }
            else
            {
                SkipNode(parser);
            }
            fields.Add(new FrontMatterField(key.Value, value, locate.At(key.Start)));
        }
        return new FrontMatterMapping(fields.ToEquatableArray(), locate.At(mapping.Start));
    }

    private static ScalarValue? ToScalar(Scalar scalar, Locator locate, List<FrontMatterProblem> problems)
    {
        var location = locate.At(scalar.Start);
        if (!scalar.Anchor.IsEmpty)
        {
            problems.Add(Problem(DiagnosticDescriptors.FrontMatterAliasOrTag, location, "an anchor (&" + scalar.Anchor.Value + ")"));
        }
        var quoted = scalar.Style is not ScalarStyle.Plain;
        if (!scalar.Tag.IsEmpty)
        {
            if (scalar.Tag.Value is not ("tag:yaml.org,2002:str" or "!!str"))
            {
                problems.Add(Problem(DiagnosticDescriptors.FrontMatterAliasOrTag, location, "a tag (" + scalar.Tag.Value + ")"));
                return null;
            }
            quoted = true;
        }
        return new ScalarValue(scalar.Value, quoted, location);
    }

    private static void RefuseAnchorAndTag(NodeEvent node, Locator locate, List<FrontMatterProblem> problems)
    {
        if (!node.Anchor.IsEmpty)
        {
            problems.Add(Problem(DiagnosticDescriptors.FrontMatterAliasOrTag, locate.At(node.Start), "an anchor (&" + node.Anchor.Value + ")"));
        }
        if (!node.Tag.IsEmpty)
        {
            problems.Add(Problem(DiagnosticDescriptors.FrontMatterAliasOrTag, locate.At(node.Start), "a tag (" + node.Tag.Value + ")"));
        }
    }

    /// <summary>Skips one node and everything nested in it, counting depth instead of recursing.</summary>
    private static void SkipNode(IParser parser)
    {
        var depth = 0;
        do
        {
            var current = parser.Current;
            if (current is MappingStart or SequenceStart)
            {
                if (++depth > MaxNesting)
                {
                    throw new NestedTooDeepException(current.Start);
                }
            }
            else if (current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
            else if (current is null or DocumentEnd or StreamEnd)
            {
                return;
            }
            parser.MoveNext();
        }
        while (depth > 0);
    }

    private static FrontMatterProblem Problem(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        new(descriptor, location, arguments);

    private sealed class NestedTooDeepException(Mark start) : Exception
    {
        public Mark Start { get; } = start;
    }

    /// <summary>Maps a YAML position (1-based, relative to the front matter) to the document.</summary>
    private sealed class Locator(string filePath, SourceText text, int openLine)
    {
        public LocationInfo At(Mark mark)
        {
            var line = Math.Min(Math.Max(openLine + (int)mark.Line, 0), text.Lines.Count - 1);
            var lineSpan = text.Lines[line].Span;
            var position = Math.Min(lineSpan.Start + Math.Max((int)mark.Column - 1, 0), lineSpan.End);
            return LocationInfo.ForSpan(filePath, text, new TextSpan(position, 0));
        }
    }
}
