using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Indexing;

/// <summary>
/// Checks that need every document: each <c>related:</c> slug names an article, and a custom key has one
/// type across articles (the first document by path sets it; each other type is reported where written).
/// </summary>
public static class ReferenceChecker
{
    public static EquatableArray<DiagnosticInfo> Check(ImmutableArray<ReferenceCheck> checks, NamingResult naming)
    {
        var slugs = new HashSet<string>(naming.Names.Select(n => n.Slug), StringComparer.Ordinal);
        var diagnostics = new List<DiagnosticInfo>();
        var firstTypes = new Dictionary<string, (CustomFieldType Type, string SourcePath)>(StringComparer.Ordinal);

        foreach (var check in checks.OrderBy(c => c.SourcePath, StringComparer.Ordinal))
        {
            foreach (var reference in check.Related.Where(r => !slugs.Contains(r.Slug)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownRelated, reference.Location, reference.Slug));
            }
            foreach (var field in check.Fields)
            {
                if (!firstTypes.TryGetValue(field.Key, out var first))
                {
                    firstTypes[field.Key] = (field.Type, check.SourcePath);
                }
                else if (first.Type != field.Type)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CustomFieldTypeConflict, field.Location,
                        field.Key, Describe(field.Type), Describe(first.Type), first.SourcePath));
                }
            }
        }
        return diagnostics.ToEquatableArray();
    }

    private static string Describe(CustomFieldType type) => type switch
    {
        CustomFieldType.Integer => "a whole number",
        CustomFieldType.Number => "a number",
        CustomFieldType.Boolean => "true/false",
        CustomFieldType.Date => "a date",
        CustomFieldType.StringList => "a list",
        _ => "text",
    };
}
