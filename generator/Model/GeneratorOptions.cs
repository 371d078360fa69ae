namespace StaticNews.Generator.Model;

/// <summary>Project-wide settings that parsing (and, for <see cref="Permalink"/>, naming) depends on, from MSBuild properties and <c>staticnews.yml</c>.</summary>
/// <param name="PagesFolder">The documents folder's <c>pages/</c>, '/'-separated and ending in '/': its documents are pages, not articles; null for none.</param>
public sealed record GeneratorOptions(string Namespace, string ContentRoot, EquatableArray<string> BoilerplatePatterns, string TimeZone = "UTC",
    EquatableArray<KeyAlias> KeyAliases = default, string Permalink = Naming.Permalink.Default, string? PagesFolder = null)
{
    public const string DefaultNamespace = "StaticNews.Content";
}
