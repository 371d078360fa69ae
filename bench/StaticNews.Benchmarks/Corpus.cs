using CorpusMaker;
using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Benchmarks;

/// <summary>
/// The benchmark corpus: bench/CorpusMaker's articles (seed 42, as bench/compare.sh makes them), written by its
/// own CorpusWriter to a temporary folder and read back as the compiler hands AdditionalFiles to the generator.
/// The documents sit under a virtual content root, in seeds/ as the repository's staticnews.yml says.
/// </summary>
internal static class Corpus
{
    public const int Seed = 42;
    public const string ContentRoot = "/corpus";
    public const string ConfigPath = ContentRoot + "/staticnews.yml";

    /// <summary>The repository's staticnews.yml, as the config AdditionalFile.</summary>
    public static InMemoryAdditionalText Config() => new(ConfigPath, File.ReadAllText(Repo.ConfigFile));

    /// <summary>
    /// What the site build passes: the content root (default namespace), and for each document the resource it is
    /// embedded as (StaticNewsEmbedDocuments, on by default), so article bodies are ranges of the embedded document.
    /// </summary>
    public static TestOptionsProvider Options(IEnumerable<AdditionalText> texts) =>
        new(new Dictionary<string, string> { [TestOptionsProvider.ContentRootKey] = ContentRoot })
        {
            FileOptions = texts
                .Where(text => text.Path.EndsWith(".txt", StringComparison.Ordinal) || text.Path.EndsWith(".md", StringComparison.Ordinal))
                .ToDictionary(
                    text => text.Path,
                    text => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
                    {
                        [ResourceMetadataKey] = ResourcePrefix + Path.GetFileName(text.Path),
                    }),
        };

    /// <summary>How the build names each embedded document's resource: this, then the file name.</summary>
    public const string ResourcePrefix = "StaticNews.Documents/";

    /// <summary>The per-file metadata generator/build/StaticNews.Generator.props makes compiler-visible.</summary>
    public const string ResourceMetadataKey = "build_metadata.AdditionalFiles.StaticNewsResource";

    /// <summary><paramref name="count"/> documents (front matter, then the seed's plain-text layout, or Markdown), by file name.</summary>
    public static IReadOnlyList<InMemoryAdditionalText> TextDocuments(int count, CorpusFormat format = CorpusFormat.Txt)
    {
        // Memory-backed /dev/shm where there is one: deleting 10,000 files from this machine's disk takes ~20 s.
        var folder = Directory.Exists("/dev/shm")
            ? Directory.CreateDirectory(Path.Combine("/dev/shm", "staticnews-bench-corpus-" + Guid.NewGuid().ToString("N")))
            : Directory.CreateTempSubdirectory("staticnews-bench-corpus-");
        try
        {
            var factory = new ArticleFactory(count, Seed);
            var writer = new CorpusWriter(folder.FullName, format, Seed);
            Parallel.For(0, count, i => writer.Write(factory.Create(i)));
            return Directory.GetFiles(folder.FullName)
                .Order(StringComparer.Ordinal)
                .Select(path => InMemoryAdditionalText.FromBytes(ContentRoot + "/seeds/" + Path.GetFileName(path), File.ReadAllBytes(path)))
                .ToList();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The config followed by <paramref name="count"/> documents: what the site passes as AdditionalFiles.</summary>
    public static AdditionalText[] AdditionalTexts(int count) => [Config(), .. TextDocuments(count)];

    /// <summary>The articles themselves, for the render benchmark (no files).</summary>
    public static IEnumerable<CorpusMaker.Article> Articles(int count)
    {
        var factory = new ArticleFactory(count, Seed);
        return Enumerable.Range(0, count).Select(factory.Create);
    }
}
