namespace StaticNews.Generator.Model;

/// <summary>Project-wide settings read from MSBuild properties and <c>staticnews.yml</c>.</summary>
public sealed record GeneratorOptions(string Namespace, string ContentRoot, EquatableArray<string> BoilerplatePatterns)
{
    public const string DefaultNamespace = "StaticNews.Content";
}
