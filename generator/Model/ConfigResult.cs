namespace StaticNews.Generator.Model;

/// <summary>What the generator takes from staticnews.yml, and the problems found in it.</summary>
/// <param name="Language">The site's language (<c>language:</c>), which an article without <c>lang:</c> is written in.</param>
/// <param name="DocumentsFolder">Where <c>documents:</c> puts the documents (made absolute from the file's folder); null when not given.</param>
/// <param name="Lead">The slug <c>lead:</c> names for the front page, written at <paramref name="LeadLocation"/>; null for none.</param>
public sealed record ConfigResult(EquatableArray<string> BoilerplatePatterns, string TimeZone, EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<KeyAlias> KeyAliases = default, string Permalink = Naming.Permalink.Default, string? Lead = null, LocationInfo? LeadLocation = null,
    string Language = "en", string? DocumentsFolder = null)
{
    public static readonly ConfigResult Missing = new(EquatableArray<string>.Empty, "UTC", EquatableArray<DiagnosticInfo>.Empty);
}
