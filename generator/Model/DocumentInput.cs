using Microsoft.CodeAnalysis;

namespace StaticNews.Generator.Model;

/// <summary>
/// A document as the pipeline's first step sees it: the file, and the resource name the build embeds it
/// under (null when documents are not embedded), and the path every diagnostic and the article's SourcePath name (the
/// file's own, or the original of a UTF-8 copy the build made). The file is compared by reference, as the compiler
/// keeps the same object for an unchanged file.
/// </summary>
public sealed record DocumentInput(AdditionalText File, string? ResourceName, string Path);
