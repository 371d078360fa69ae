using Microsoft.CodeAnalysis;

namespace StaticNews.Generator.Diagnostics;

/// <summary>
/// Every diagnostic StaticNews reports, in one list. Content problems are warnings so the rest of the
/// site still builds; a project escalates them the .NET way (.editorconfig or WarningsAsErrors).
/// docs/diagnostics.md explains each id with an example and the fix.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "StaticNews";
    private const string HelpBase = "https://github.com/staticnews/staticnews/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor EmptyDocument = Warning(
        "SN0001",
        "Document is empty",
        "'{0}' is empty or holds only white space, so it is left out of the site; write a title on the first line and a standfirst on the second");

    public static readonly DiagnosticDescriptor MissingStandfirst = Warning(
        "SN0002",
        "Document has no standfirst",
        "'{0}' has a title but no standfirst; add the standfirst (the one-sentence summary) as the second non-empty line");

    public static readonly DiagnosticDescriptor NotUtf8 = Warning(
        "SN0003",
        "Document is not valid UTF-8",
        "'{0}' is not valid UTF-8 and was read as {1}; check the characters on this line and save the file as UTF-8");

    public static readonly DiagnosticDescriptor DuplicateSlug = Warning(
        "SN0004",
        "Duplicate slug",
        "The slug '{0}' is already used by '{1}', so this article is published as '{2}'; give one of them a distinct title or slug");

    public static readonly DiagnosticDescriptor DuplicateClassName = Warning(
        "SN0005",
        "Duplicate article class name",
        "The class name '{0}' is already used by '{1}', so this article's class is '{2}'; give one of them a distinct title");

    public static readonly DiagnosticDescriptor BoilerplateRemoved = new(
        "SN0006",
        "Boilerplate removed",
        "Removed boilerplate from '{0}': {1}",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "sn0006");

    public static readonly DiagnosticDescriptor BinaryDocument = Warning(
        "SN0007",
        "Document is not text",
        "'{0}' contains NUL characters, so it is binary data rather than an article and is left out of the site");

    public static readonly DiagnosticDescriptor InvalidConfiguration = Warning(
        "SN0008",
        "Invalid site configuration",
        "staticnews.yml: {0}");

    public static readonly DiagnosticDescriptor InternalError = Warning(
        "SN0009",
        "Document could not be processed",
        "StaticNews could not process '{0}' ({1}: {2}); the document is left out of the site, please report this");

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
