using System.IO;

namespace StaticNews.Generator.Emit;

/// <summary>
/// The types every consumer of the generator gets (the <c>Article</c> base class), kept as real C# files
/// in Emit/Runtime and embedded in the generator; the namespace follows the project's setting.
/// </summary>
public static class RuntimeSources
{
    public const string ArticleHintName = "StaticNews.Article.g.cs";

    public const string ArticleDataReaderHintName = "StaticNews.ArticleDataReader.g.cs";

    public static string Article(string @namespace) => Load("Article.cs", @namespace);

    public static string ArticleDataReader(string @namespace) => Load("ArticleDataReader.cs", @namespace);

    private static string Load(string fileName, string @namespace)
    {
        using var stream = typeof(RuntimeSources).Assembly.GetManifestResourceStream("StaticNews.Runtime." + fileName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n").Replace("namespace StaticNews.Content", "namespace " + @namespace);
    }
}
