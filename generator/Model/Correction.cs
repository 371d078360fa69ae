using System;

namespace StaticNews.Generator.Model;

/// <summary>One entry of <c>corrections:</c>: when the article was corrected and what the correction says.</summary>
public sealed record Correction(DateTimeOffset Date, string Text);
