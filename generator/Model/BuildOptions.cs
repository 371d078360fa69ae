namespace StaticNews.Generator.Model;

/// <summary>The MSBuild properties the generator reads (declared as CompilerVisibleProperty in the props file).</summary>
public sealed record BuildOptions(string Namespace, string ContentRoot);
