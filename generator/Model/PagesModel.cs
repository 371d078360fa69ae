namespace StaticNews.Generator.Model;

/// <summary>What the generated <c>Pages</c> class holds: the published pages, by source path, and the clashes naming them resolved.</summary>
public sealed record PagesModel(string Namespace, EquatableArray<NamedPage> Pages, EquatableArray<DiagnosticInfo> Diagnostics);
