using System;

namespace StaticNews.Generator.Model;

/// <summary>The MSBuild properties the generator reads (declared as CompilerVisibleProperty in the props file).</summary>
/// <param name="IncludeDrafts">StaticNewsDrafts=true: drafts and future articles are published too.</param>
/// <param name="Now">StaticNewsNow: the moment that decides what is "future"; null means the build's clock.</param>
/// <param name="DocumentsFolder">StaticNewsDocuments, when the project sets it: it comes before staticnews.yml's <c>documents:</c>.</param>
/// <param name="DefaultDocumentsFolder">StaticNewsDefaultDocuments: where the documents are when neither says.</param>
public sealed record BuildOptions(string Namespace, string ContentRoot, bool IncludeDrafts = false, DateTimeOffset? Now = null,
    string? DocumentsFolder = null, string? DefaultDocumentsFolder = null)
{
    /// <summary>The documents folder, as the build's scan decides it.</summary>
    public string? DocumentsFolderWith(ConfigResult config) => DocumentsFolder ?? config.DocumentsFolder ?? DefaultDocumentsFolder;
}
