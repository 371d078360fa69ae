namespace StaticNews.Generator.Model;

/// <summary>Project-wide settings that parsing depends on, from MSBuild properties and <c>staticnews.yml</c>.</summary>
public sealed record GeneratorOptions(string Namespace, string ContentRoot, EquatableArray<string> BoilerplatePatterns, string TimeZone = "UTC",
    EquatableArray<KeyAlias> KeyAliases = default)
{
    public const string DefaultNamespace = "StaticNews.Content";
}
