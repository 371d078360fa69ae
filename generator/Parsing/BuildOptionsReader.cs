using System;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>Reads the generator's MSBuild properties; a missing or unusable value falls back to its default.</summary>
public static class BuildOptionsReader
{
    public const string NamespaceProperty = "build_property.StaticNewsNamespace";
    public const string ContentRootProperty = "build_property.StaticNewsContentRoot";
    public const string DraftsProperty = "build_property.StaticNewsDrafts";
    public const string NowProperty = "build_property.StaticNewsNow";
    public const string DocumentsProperty = "build_property.StaticNewsDocuments";
    public const string DefaultDocumentsProperty = "build_property.StaticNewsDefaultDocuments";

    public static BuildOptions Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue(NamespaceProperty, out var @namespace);
        if (!options.TryGetValue(ContentRootProperty, out var contentRoot) || string.IsNullOrWhiteSpace(contentRoot))
        {
            options.TryGetValue("build_property.ProjectDir", out contentRoot);
        }
        options.TryGetValue(DraftsProperty, out var drafts);
        options.TryGetValue(NowProperty, out var nowText);
        DateTimeOffset? now = DateTimeOffset.TryParse(nowText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        options.TryGetValue(DocumentsProperty, out var documents);
        options.TryGetValue(DefaultDocumentsProperty, out var defaultDocuments);
        return new BuildOptions(
            IsValidNamespace(@namespace) ? @namespace!.Trim() : GeneratorOptions.DefaultNamespace,
            contentRoot ?? "",
            string.Equals(drafts?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
            now,
            string.IsNullOrWhiteSpace(documents) ? null : documents!.Trim(),
            string.IsNullOrWhiteSpace(defaultDocuments) ? null : defaultDocuments!.Trim());
    }

    private static bool IsValidNamespace(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        foreach (var part in value!.Trim().Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }
        return true;
    }
}
