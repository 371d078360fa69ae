using System.Globalization;

namespace StaticNews.Generator.Emit;

/// <summary>
/// Names the emitted code uses besides the documents' own. The helpers' names hold a '_', which no article class
/// name holds (ClassNameBuilder makes them of ASCII letters and digits), so no title can take one.
/// </summary>
public static class GeneratedNames
{
    /// <summary>The runtime's types, as generated code names them.</summary>
    public const string Article = "global::StaticNews.Content.Article";

    public const string Tag = "global::StaticNews.Content.Tag";

    public const string Redirect = "global::StaticNews.Content.Redirect";

    public const string GeneratedContent = "global::StaticNews.Content.Generated.GeneratedContent";

    public const string ArticleIndex = "global::StaticNews.Content.Generated.ArticleIndex";

    /// <summary>The <c>[GeneratedCode]</c> attribute of the generated types, with this generator's version.</summary>
    public static readonly string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"StaticNews.Generator\", \"" + typeof(GeneratedNames).Assembly.GetName().Version + "\")]";

    /// <summary>
    /// The class that holds the index (<c>Articles.All</c>, <c>Tags</c>, <c>BySlug</c>, <c>Redirects</c>), apart from
    /// <c>Articles</c> itself, whose typed fields are all set when one of them is first used.
    /// </summary>
    public const string IndexHolder = "Index_";

    /// <summary>The class that holds a part's article instances and their data: <c>Part_007</c>.</summary>
    public static string PartHolder(int partNumber) => "Part_" + partNumber.ToString("D3", CultureInfo.InvariantCulture);
}
