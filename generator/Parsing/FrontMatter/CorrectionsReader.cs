using System;
using System.Collections.Generic;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>
/// <c>corrections:</c>, a list of entries with <c>date</c> and <c>text</c>. Each entry that cannot be read (not an
/// entry, no date, a date that is none, no text) is reported at its line (SN0049) and left out; the others are kept.
/// </summary>
public static class CorrectionsReader
{
    private const string DateKey = "date";
    private const string TextKey = "text";

    public static EquatableArray<Correction> Read(FrontMatterEntry entry, TimeZoneInfo zone, List<FrontMatterProblem> problems)
    {
        var value = entry.Value;
        if (!value.IsList)
        {
            if (value.Single is { } scalar && scalar.Text.Trim().Length > 0)
            {
                problems.Add(Problem(value.Location, "it is a single value; write a list of entries, each '- date: 2025-04-03' with 'text: what was corrected' under it"));
            }
            return EquatableArray<Correction>.Empty;
        }
        foreach (var item in value.Items)
        {
            problems.Add(Problem(item.Location, $"the entry '{item.Text}' is a single value, not a date: and a text:, so it is left out"));
        }
        // In the document's order: the page shows the list as the newsroom wrote it.
        var corrections = new List<Correction>();
        foreach (var mapping in value.Mappings)
        {
            if (Read(mapping, zone, problems) is { } correction)
            {
                corrections.Add(correction);
            }
        }
        return corrections.ToEquatableArray();
    }

    private static Correction? Read(FrontMatterMapping mapping, TimeZoneInfo zone, List<FrontMatterProblem> problems)
    {
        FrontMatterField? date = null;
        FrontMatterField? text = null;
        foreach (var field in mapping.Fields)
        {
            var key = field.Key.Trim();
            if (string.Equals(key, DateKey, StringComparison.OrdinalIgnoreCase))
            {
                date = field;
            }
            else if (string.Equals(key, TextKey, StringComparison.OrdinalIgnoreCase))
            {
                text = field;
            }
            else
            {
                problems.Add(Problem(field.KeyLocation, $"'{field.Key}' is not a key of a correction (date, text), so it is ignored"));
            }
        }
        if (date is null)
        {
            problems.Add(Problem(mapping.Location, "an entry has no date:, so it is left out; write when the article was corrected (date: 2025-04-03)"));
            return null;
        }
        if (date.Value is not { } dateValue)
        {
            problems.Add(Problem(date.KeyLocation, "the date: of an entry is not a single value, so the entry is left out"));
            return null;
        }
        if (!DateParser.TryParse(dateValue.Text, zone, out var when, out var error))
        {
            problems.Add(Problem(dateValue.Location, $"the date '{dateValue.Text}' is not read ({error}), so the entry is left out"));
            return null;
        }
        var words = text?.Value is { } textValue ? TextCleaner.Clean(textValue.Text).Trim() : "";
        if (words.Length == 0)
        {
            problems.Add(Problem(text?.KeyLocation ?? mapping.Location, "an entry has no text:, so it is left out; write what was corrected"));
            return null;
        }
        return new Correction(when, words);
    }

    private static FrontMatterProblem Problem(LocationInfo location, string reason) =>
        new(DiagnosticDescriptors.InvalidCorrection, location, new[] { reason });
}
