using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>Reads the generator's MSBuild properties; a missing or unusable value falls back to its default.</summary>
public static class BuildOptionsReader
{
    public const string NamespaceProperty = "build_property.StaticNewsNamespace";
    public const string ContentRootProperty = "build_property.StaticNewsContentRoot";

    public static BuildOptions Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue(NamespaceProperty, out var @namespace);
        if (!options.TryGetValue(ContentRootProperty, out var contentRoot) || string.IsNullOrWhiteSpace(contentRoot))
        {
            options.TryGetValue("build_property.ProjectDir", out contentRoot);
        }
        return new BuildOptions(
            IsValidNamespace(@namespace) ? @namespace!.Trim() : GeneratorOptions.DefaultNamespace,
            contentRoot ?? "");
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
