using System;

namespace StaticNews.Generator.Model;

/// <summary>The MSBuild properties the generator reads (declared as CompilerVisibleProperty in the props file).</summary>
/// <param name="IncludeDrafts">StaticNewsDrafts=true: drafts and future articles are published too.</param>
/// <param name="Now">StaticNewsNow: the moment that decides what is "future"; null means the build's clock.</param>
public sealed record BuildOptions(string Namespace, string ContentRoot, bool IncludeDrafts = false, DateTimeOffset? Now = null);
