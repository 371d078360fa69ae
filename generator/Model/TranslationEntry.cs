using System;

namespace StaticNews.Generator.Model;

/// <summary>
/// What the translation check needs of one article: its slug, where it lives (to tell whether it is published), its
/// language (null for the site's), the original its <c>translation_of:</c> names, if any, and its date (editions are ordered by it).
/// </summary>
public sealed record TranslationEntry(string Slug, ArticleReference Location, string? Language, SlugReference? TranslationOf, string SourcePath, DateTimeOffset? Published);
