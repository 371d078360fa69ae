namespace StaticNews.Generator.Model;

/// <summary>What the generator takes from staticnews.yml, and the problems found in it.</summary>
public sealed record ConfigResult(EquatableArray<string> BoilerplatePatterns, string TimeZone, EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<KeyAlias> KeyAliases = default, string Permalink = Naming.Permalink.Default)
{
    public static readonly ConfigResult Missing = new(EquatableArray<string>.Empty, "UTC", EquatableArray<DiagnosticInfo>.Empty);
}
