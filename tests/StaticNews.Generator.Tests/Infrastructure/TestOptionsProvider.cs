using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// Global build properties for the generator, as MSBuild passes CompilerVisibleProperty values:
/// <c>build_property.StaticNewsNamespace</c>, <c>build_property.StaticNewsContentRoot</c>.
/// Per-tree and per-file options are empty.
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string NamespaceKey = "build_property.StaticNewsNamespace";
    public const string ContentRootKey = "build_property.StaticNewsContentRoot";

    public static readonly TestOptionsProvider Empty = new(new Dictionary<string, string>());

    public TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions) =>
        GlobalOptions = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public static TestOptionsProvider With(string? @namespace = null, string? contentRoot = null)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (@namespace is not null)
        {
            options[NamespaceKey] = @namespace;
        }
        if (contentRoot is not null)
        {
            options[ContentRootKey] = contentRoot;
        }
        return new TestOptionsProvider(options);
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
