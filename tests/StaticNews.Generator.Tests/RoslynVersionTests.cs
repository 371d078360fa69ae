using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace StaticNews.Generator.Tests;

/// <summary>
/// The generator must not reference a Roslyn newer than the compiler that loads it. The SDK here ships Roslyn
/// 5.9; a generator built against a newer Microsoft.CodeAnalysis is skipped with only a warning (CS9057) and every
/// article silently disappears. 4.14.0 also covers SDK 9.0.3xx and Visual Studio 17.14.
/// </summary>
public sealed class RoslynVersionTests
{
    private static readonly Version Newest = new(4, 14, 0, 0);

    /// <summary>The assembly references as recorded in the generator dll's metadata (what the compiler host checks).</summary>
    private static Dictionary<string, Version> References()
    {
        var path = typeof(ArticleGenerator).Assembly.Location;
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .ToDictionary(r => metadata.GetString(r.Name), r => r.Version, StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("Microsoft.CodeAnalysis")]
    [InlineData("Microsoft.CodeAnalysis.CSharp")]
    public void Generator_references_Roslyn_no_newer_than_4_14(string assembly)
    {
        var references = References();

        Assert.True(references.TryGetValue(assembly, out var version), $"The generator does not reference {assembly}.");
        Assert.True(version <= Newest, $"The generator references {assembly} {version}, newer than {Newest}: compilers older than that would skip it (CS9057).");
    }

    [Fact]
    public void Reflection_agrees_with_the_metadata()
    {
        var viaReflection = typeof(ArticleGenerator).Assembly.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis");

        Assert.Equal(References()["Microsoft.CodeAnalysis"], viaReflection.Version);
    }

    [Fact]
    public void Generator_targets_netstandard2_0()
    {
        // Compilers run on .NET Framework (Visual Studio) and .NET; only netstandard2.0 loads in both.
        var references = References();

        Assert.Contains("netstandard", references.Keys);
        Assert.Equal(new Version(2, 0, 0, 0), references["netstandard"]);
        Assert.DoesNotContain("System.Runtime", references.Keys);
    }

    /// <summary>
    /// Every other dependency would have to travel with the analyzer (see the generator's GetDependencyTargetPaths, which
    /// carries YamlDotNet, Tomlyn and the configuration loader).
    /// System.Memory and System.Collections.Immutable come with the compiler itself, but only up to the versions
    /// Roslyn 4.14 depends on (System.Memory 4.5.5 and System.Collections.Immutable 9.0.0, per its nuspec); a newer one fails
    /// to load in older hosts (Visual Studio), as refit PR #2309 saw.
    /// </summary>
    [Fact]
    public void Generator_depends_on_nothing_but_Roslyn_YamlDotNet_the_configuration_loader_and_what_the_compiler_ships()
    {
        var allowed = new Dictionary<string, Version>(StringComparer.Ordinal)
        {
            ["netstandard"] = new(2, 0, 0, 0),
            ["Microsoft.CodeAnalysis"] = Newest,
            ["Microsoft.CodeAnalysis.CSharp"] = Newest,
            ["YamlDotNet"] = new(16, 0, 0, 0),
            ["Tomlyn"] = new(2, 0, 0, 0),
            ["StaticNews.Configuration"] = new(1, 0, 0, 0),
            // Tomlyn 2's netstandard2.0 build references System.Memory 4.0.2.0 (package 4.6), which every .NET SDK
            // compiler loads from its framework; a .NET Framework host older than that System.Memory would not.
            ["System.Memory"] = new(4, 0, 2, 0),
            ["System.Collections.Immutable"] = new(9, 0, 0, 0),
        };

        Assert.All(References(), reference =>
        {
            Assert.True(allowed.TryGetValue(reference.Key, out var newest), $"Unexpected dependency {reference.Key} {reference.Value}.");
            Assert.True(reference.Value <= newest, $"{reference.Key} {reference.Value} is newer than {newest}.");
        });
    }
}
