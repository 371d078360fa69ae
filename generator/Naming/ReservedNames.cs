using System;
using System.Collections.Generic;
using System.Linq;

namespace StaticNews.Generator.Naming;

/// <summary>
/// Names the generated code already uses. An article class or a custom-field property with one of them would
/// hide a member (CS0108), clash with one (CS0102, CS0542) or shadow a type; such names get a suffix.
/// </summary>
public static class ReservedNames
{
    /// <summary>The members of <c>Article</c> (public and protected), of every article class, and of System.Object.</summary>
    public static readonly IReadOnlyCollection<string> ArticleMembers = new[]
    {
        "Slug", "Title", "Standfirst", "Url", "Aliases", "SourcePath", "Published", "Updated", "Authors", "Tags", "Section",
        "EditorsNote", "Paragraphs", "BodyHtml", "PlainText", "WordCount", "ReadingTime", "Excerpt", "Related", "RelatedSlugs",
        "IsDraft", "Image", "ImageAlt", "ImageCaption", "ImageCredit", "ImageLine", "Language", "Format", "Markdown", "Fields", "Instance",
        "Type", "Corrections", "TranslationOf", "DescribeNews", "WithBody", "CompiledContentVersion",
        "BodyUtf8", "BodyResource", "BodyRanges", "Utf8", "Load", "Select", "CreateFields", "DescribeImage", "GetParagraphs", "GetPlainText", "GetMarkdown", "CutExcerpt",
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// Names an article class may not take: the runtime's types, the generated namespace and class, the members of
    /// <c>Articles</c> and of a part holder, and the article members. (Generated helpers have a '_' in their names,
    /// which no class name has.)
    /// </summary>
    public static readonly HashSet<string> ClassNames = new(
        ArticleMembers.Concat(new[] { "Article", "Articles", "ArticleClasses", "ArticleFormat", "ArticleType", "Correction", "Tag", "Redirect", "All", "BySlug", "Redirects", "Data", "Items" }),
        StringComparer.Ordinal);

    /// <summary>Names a custom-field property may not take (front matter's <c>draft:</c> is known as IsDraft).</summary>
    public static readonly HashSet<string> PropertyNames = new(ArticleMembers.Concat(new[] { "Draft" }), StringComparer.Ordinal);
}
