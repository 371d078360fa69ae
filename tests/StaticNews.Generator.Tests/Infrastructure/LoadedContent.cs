using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// The generated content compiled into a real assembly and loaded into a collectible load context, so tests
/// can call <c>Articles.All</c>, <c>Articles.BySlug</c> and the article properties as a consumer would.
/// </summary>
public sealed class LoadedContent : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private LoadedContent(AssemblyLoadContext context, Assembly assembly, string @namespace)
    {
        _context = context;
        Assembly = assembly;
        ArticlesType = assembly.GetType(@namespace + ".Articles", throwOnError: true)!;
        ArticleType = typeof(StaticNews.Content.Article);
    }

    public Assembly Assembly { get; }

    public Type ArticlesType { get; }

    public Type ArticleType { get; }

    /// <param name="resources">Manifest resources to embed, as the build embeds documents.</param>
    public static LoadedContent Load(Compilation compilation, string @namespace = "StaticNews.Content", IEnumerable<ResourceDescription>? resources = null)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream, manifestResources: resources);
        Assert.True(emit.Success, "The generated content does not compile:\n" +
            string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("StaticNews.Generator.Tests.Content", isCollectible: true);
        return new LoadedContent(context, context.LoadFromStream(stream), @namespace);
    }

    /// <summary>Like <see cref="Load"/>, but from an assembly file (as the site loads its content), so the assembly has a location.</summary>
    public static LoadedContent LoadFromFile(Compilation compilation, string directory, IEnumerable<ResourceDescription>? resources = null, string @namespace = "StaticNews.Content")
    {
        var path = Path.Combine(directory, "Content.dll");
        using (var file = File.Create(path))
        {
            var emit = compilation.Emit(file, manifestResources: resources);
            Assert.True(emit.Success, "The generated content does not compile:\n" +
                string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }
        var context = new AssemblyLoadContext("StaticNews.Generator.Tests.ContentFile", isCollectible: true);
        return new LoadedContent(context, context.LoadFromAssemblyPath(path), @namespace);
    }

    /// <summary><c>Articles.All</c>, in its order.</summary>
    public IReadOnlyList<object> All => ((IEnumerable)StaticProperty("All")).Cast<object>().ToList();

    /// <summary>The slugs of <c>Articles.All</c>, in its order.</summary>
    public IReadOnlyList<string> AllSlugs => All.Select(a => Get<string>(a, "Slug")).ToList();

    /// <summary>The class names of the articles in <c>Articles.All</c>, in its order.</summary>
    public IReadOnlyList<string> AllClassNames => All.Select(a => a.GetType().Name).ToList();

    public object? BySlug(string slug) =>
        ArticlesType.GetMethod("BySlug", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { slug });

    /// <summary>The article's typed member <c>Articles.&lt;name&gt;</c> (a static readonly field).</summary>
    public object TypedArticle(string name) =>
        (ArticlesType.GetField(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new Xunit.Sdk.XunitException($"Articles has no public static field '{name}'"))
        .GetValue(null)!;

    /// <summary>The static property <c>Articles.&lt;name&gt;</c> (<c>All</c>, <c>Tags</c>, ...).</summary>
    public object StaticProperty(string name) =>
        (ArticlesType.GetProperty(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new Xunit.Sdk.XunitException($"Articles has no public static property '{name}'"))
        .GetValue(null)!;

    /// <summary>The result of a public instance method of an article that takes no arguments (<c>GetParagraphs</c>, ...).</summary>
    public static T Call<T>(object article, string method) =>
        (T)(article.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)
            ?? throw new Xunit.Sdk.XunitException($"{article.GetType().Name} has no public method '{method}()'"))
        .Invoke(article, null)!;

    /// <summary>The value of a public instance property of an article.</summary>
    public static T Get<T>(object article, string property) =>
        (T)(article.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new Xunit.Sdk.XunitException($"{article.GetType().Name} has no public property '{property}'"))
        .GetValue(article)!;

    public void Dispose() => _context.Unload();
}
