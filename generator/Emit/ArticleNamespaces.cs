namespace StaticNews.Generator.Emit;

/// <summary>
/// Where the generated types live. The configured namespace, the one a consumer imports, holds only fixed names
/// (<c>Articles</c>, <c>Article</c>, <c>Tag</c>, ...); the classes named after titles, and the part holders, live in a
/// namespace below it that nobody imports. A headline such as "Environment" or "Task" then never makes a name that
/// is ambiguous with one the consumer already sees (CS0104): a using directive does not import nested namespaces,
/// and the typed accessor <c>Articles.Environment</c> is reached through the class.
/// </summary>
public static class ArticleNamespaces
{
    public const string ClassesName = "ArticleClasses";

    /// <summary>The namespace of the article classes below <paramref name="ns"/> (which may start with <c>global::</c>).</summary>
    public static string Classes(string ns) => ns + "." + ClassesName;
}
