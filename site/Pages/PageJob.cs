using StaticNews.Site.Views;

namespace StaticNews.Site.Pages;

/// <summary>One file to render: where it goes, which template makes it, and the variables the template gets.</summary>
public sealed record PageJob(string OutputPath, string Template, PageInfo Page, IReadOnlyDictionary<string, object?> Variables, bool UseLayout = true)
{
    public static IReadOnlyDictionary<string, object?> Vars(params (string Name, object? Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
