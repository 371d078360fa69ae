using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Model;
using StaticNews.Generator.Parsing;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// The repository's real seed and staticnews.yml (copied to the test output by the project file), and
/// in-memory documents placed as the site build places them: under a content root, in seeds/.
/// </summary>
public static class TestData
{
    public const string ContentRoot = "/repo";
    public const string SeedFileName = "000_539d5ea821e4a723.txt";
    public const string SeedPath = ContentRoot + "/seeds/" + SeedFileName;
    public const string ConfigPath = ContentRoot + "/staticnews.yml";

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData");

    public static byte[] SeedBytes => File.ReadAllBytes(Path.Combine(Folder, "seeds", SeedFileName));

    public static string ConfigYaml => File.ReadAllText(Path.Combine(Folder, "staticnews.yml"));

    /// <summary>The seed as the compiler hands it to the generator.</summary>
    public static InMemoryAdditionalText Seed() => InMemoryAdditionalText.FromBytes(SeedPath, SeedBytes);

    /// <summary>The repository's staticnews.yml.</summary>
    public static InMemoryAdditionalText Config() => new(ConfigPath, ConfigYaml);

    public static InMemoryAdditionalText Config(string yaml) => new(ConfigPath, yaml);

    /// <summary>A document in the content folder: <c>/repo/seeds/NAME</c>.</summary>
    public static InMemoryAdditionalText Document(string name, string text) => new(DocumentPath(name), text);

    public static InMemoryAdditionalText Document(string name, byte[] bytes) => InMemoryAdditionalText.FromBytes(DocumentPath(name), bytes);

    public static string DocumentPath(string name) => ContentRoot + "/seeds/" + name;

    /// <summary>The build properties the site passes: the default namespace and the repository as content root.</summary>
    public static TestOptionsProvider Options(string? @namespace = null) => TestOptionsProvider.With(@namespace, ContentRoot);

    /// <summary>The site's build properties plus StaticNewsDrafts and StaticNewsNow (the clock that decides what is "future").</summary>
    public static TestOptionsProvider Options(bool? drafts, DateTimeOffset? now) => TestOptionsProvider.With(null, ContentRoot, drafts, now);

    /// <summary>The parser's options with the boilerplate patterns of the repository's staticnews.yml (read by the generator's own reader).</summary>
    public static GeneratorOptions RepositoryOptions()
    {
        var config = ConfigReader.Read(ConfigPath, SourceText.From(ConfigYaml));
        Assert.Empty(config.Diagnostics);
        Assert.NotEmpty(config.BoilerplatePatterns);
        return new GeneratorOptions(GeneratorOptions.DefaultNamespace, ContentRoot, config.BoilerplatePatterns);
    }

    public static GeneratorOptions OptionsWithoutBoilerplate() =>
        new(GeneratorOptions.DefaultNamespace, ContentRoot, EquatableArray<string>.Empty);

    /// <summary>A plain-text document: title, standfirst, then one paragraph per line.</summary>
    public static string PlainText(string title, string standfirst, params string[] paragraphs) =>
        string.Join("\n", new[] { title, standfirst }.Concat(paragraphs)) + "\n";

    public static AdditionalText[] With(this AdditionalText first, params AdditionalText[] rest) => new[] { first }.Concat(rest).ToArray();
}
