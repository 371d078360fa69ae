using Microsoft.CodeAnalysis;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing.FrontMatter;

/// <summary>A problem found while reading front matter: which diagnostic, where, with which message arguments.</summary>
public sealed record FrontMatterProblem(DiagnosticDescriptor Descriptor, LocationInfo Location, string[] Arguments);
