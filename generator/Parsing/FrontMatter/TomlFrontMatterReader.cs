using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>
/// Reads TOML front matter (Hugo's and Zola's <c>+++</c> blocks) with Tomlyn's syntax parser into the same flat
/// entries as YAML front matter. Strings are quoted text; numbers, booleans and native dates keep their written form
/// unquoted, so they are typed as a YAML plain scalar would be. The keys of a table (<c>[taxonomies]</c>,
/// <c>[extra]</c>, <c>[params]</c>) are read as if written at the top, after the top-level keys: Zola keeps tags under
/// <c>[taxonomies]</c> and a post's own keys under <c>[extra]</c>. Every problem is located at its line.
/// </summary>
public static class TomlFrontMatterReader
{
    public static EquatableArray<FrontMatterEntry> Read(
        string filePath, SourceText text, FrontMatterBlock block, List<FrontMatterProblem> problems)
    {
        var toml = block.Content(text);
        var entries = new List<FrontMatterEntry>();
        if (toml.Length > FrontMatterReader.MaxLength)
        {
            problems.Add(new FrontMatterProblem(DiagnosticDescriptors.InvalidFrontMatter, LocationInfo.ForLine(filePath, text, block.OpenLine),
                new[] { $"the front matter is {toml.Length / 1024} KB, more than the {FrontMatterReader.MaxLength / 1024} KB allowed" }));
            return entries.ToEquatableArray();
        }

        var contentStart = block.CloseLine > block.OpenLine + 1 ? text.Lines[block.OpenLine + 1].Start : text.Lines[block.OpenLine].End;
        var locate = new Locator(filePath, text, contentStart, toml.Length);
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(toml, filePath, false);
        }
        catch (Exception e)
        {
            // Tomlyn reports syntax errors as diagnostics; anything it throws is still the document's problem, never the build's.
            problems.Add(new FrontMatterProblem(DiagnosticDescriptors.InvalidTomlFrontMatter, LocationInfo.ForLine(filePath, text, block.OpenLine),
                new[] { e.Message }));
            return entries.ToEquatableArray();
        }

        if (document.HasErrors)
        {
            foreach (var message in document.Diagnostics)
            {
                if (message.Kind == DiagnosticMessageKind.Error)
                {
                    problems.Add(new FrontMatterProblem(DiagnosticDescriptors.InvalidTomlFrontMatter, locate.At(message.Span.Offset),
                        new[] { message.Message }));
                    break;
                }
            }
            return entries.ToEquatableArray();
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keyValue in document.KeyValues)
        {
            Add(keyValue, toml, locate, seen, entries, problems);
        }
        var corrections = new List<FrontMatterMapping>();
        foreach (var table in document.Tables)
        {
            // [[corrections]]: each table of the array is one entry, not keys at the top.
            if (table is TableArraySyntax && table.Name is { } name && IsCorrections(KeyText(name, toml)))
            {
                corrections.Add(Mapping(table.Items, table.Span.Offset, toml, locate));
                continue;
            }
            foreach (var item in table.Items)
            {
                Add(item, toml, locate, seen, entries, problems);
            }
        }
        if (corrections.Count > 0)
        {
            var location = corrections[0].Location;
            if (seen.Add(FrontMatterKeys.Corrections))
            {
                entries.Add(new FrontMatterEntry(FrontMatterKeys.Corrections, new FrontMatterValue(true, EquatableArray<ScalarValue>.Empty, location, corrections.ToEquatableArray()), location));
            }
            else
            {
                problems.Add(new FrontMatterProblem(DiagnosticDescriptors.DuplicateFrontMatterKey, location, new[] { FrontMatterKeys.Corrections }));
            }
        }
        return entries.ToEquatableArray();
    }

    private static void Add(KeyValueSyntax keyValue, string toml, Locator locate, HashSet<string> seen,
        List<FrontMatterEntry> entries, List<FrontMatterProblem> problems)
    {
        if (keyValue.Key is null || keyValue.Value is null)
        {
            return;
        }
        var key = KeyText(keyValue.Key, toml);
        var keyLocation = locate.At(keyValue.Key.Span.Offset);
        var value = Value(key, keyValue.Value, toml, locate, problems);
        if (value is null)
        {
            return;
        }
        if (!seen.Add(key))
        {
            problems.Add(new FrontMatterProblem(DiagnosticDescriptors.DuplicateFrontMatterKey, keyLocation, new[] { key }));
            return;
        }
        entries.Add(new FrontMatterEntry(key, value, keyLocation));
    }

    /// <summary>The last part of a dotted key ("extra.author" is "author"), as the table keys are read.</summary>
    private static string KeyText(KeySyntax key, string toml)
    {
        var last = key.DotKeys is { ChildrenCount: > 0 } dots ? dots.GetChild(dots.ChildrenCount - 1)?.Key : key.Key;
        return last switch
        {
            StringValueSyntax quoted => quoted.Value ?? "",
            BareKeySyntax bare => bare.Key?.Text ?? "",
            _ => Source(key, toml),
        };
    }

    private static FrontMatterValue? Value(string key, ValueSyntax value, string toml, Locator locate, List<FrontMatterProblem> problems)
    {
        var location = locate.At(value.Span.Offset);
        if (value is ArraySyntax array)
        {
            var items = new List<ScalarValue>();
            var mappings = new List<FrontMatterMapping>();
            foreach (var item in array.Items)
            {
                if (item.Value is { } element && Scalar(element, toml, locate) is { } scalar)
                {
                    items.Add(scalar);
                }
                else if (item.Value is InlineTableSyntax table && IsCorrections(key))
                {
                    mappings.Add(Mapping(table.Items.Select(entry => entry.KeyValue), table.Span.Offset, toml, locate));
                }
                else
                {
                    problems.Add(new FrontMatterProblem(DiagnosticDescriptors.FrontMatterWrongType, location, new[] { key, "a list of single values" }));
                    return null;
                }
            }
            return new FrontMatterValue(true, items.ToEquatableArray(), location, mappings.ToEquatableArray());
        }
        if (Scalar(value, toml, locate) is { } single)
        {
            return new FrontMatterValue(false, new EquatableArray<ScalarValue>(new[] { single }), location);
        }
        problems.Add(new FrontMatterProblem(DiagnosticDescriptors.FrontMatterWrongType, location, new[] { key, "a single value or a list" }));
        return null;
    }

    /// <summary>Only <c>corrections</c> is a list of entries (YAML's reader reads the same key so).</summary>
    private static bool IsCorrections(string key) => string.Equals(key.Trim(), FrontMatterKeys.Corrections, StringComparison.OrdinalIgnoreCase);

    /// <summary>One entry of a list of tables: its keys and single values; a value that is none has no value.</summary>
    private static FrontMatterMapping Mapping(IEnumerable<KeyValueSyntax?> items, int offset, string toml, Locator locate)
    {
        var fields = new List<FrontMatterField>();
        foreach (var item in items)
        {
            if (item?.Key is { } key)
            {
                fields.Add(new FrontMatterField(KeyText(key, toml), item.Value is { } value ? Scalar(value, toml, locate) : null, locate.At(key.Span.Offset)));
            }
        }
        return new FrontMatterMapping(fields.ToEquatableArray(), locate.At(offset));
    }

    private static ScalarValue? Scalar(ValueSyntax value, string toml, Locator locate)
    {
        var location = locate.At(value.Span.Offset);
        return value switch
        {
            StringValueSyntax text => new ScalarValue(text.Value ?? "", true, location),
            BooleanValueSyntax boolean => new ScalarValue(boolean.Value ? "true" : "false", false, location),
            IntegerValueSyntax or FloatValueSyntax or DateTimeValueSyntax => new ScalarValue(Source(value, toml), false, location),
            _ => null,
        };
    }

    /// <summary>A node as written, without the white space and comments around it.</summary>
    private static string Source(SyntaxNode node, string toml)
    {
        var span = node.Span;
        var start = Math.Max(0, Math.Min(span.Offset, toml.Length));
        var length = Math.Max(0, Math.Min(span.Length, toml.Length - start));
        return toml.Substring(start, length).Trim();
    }

    /// <summary>Maps an offset in the TOML to the document.</summary>
    private sealed class Locator(string filePath, SourceText text, int contentStart, int contentLength)
    {
        public LocationInfo At(int offset) =>
            LocationInfo.ForSpan(filePath, text, new TextSpan(Math.Min(contentStart + Math.Max(0, Math.Min(offset, contentLength)), text.Length), 0));
    }
}
