using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// Global build properties for the generator, as MSBuild passes CompilerVisibleProperty values:
/// <c>build_property.StaticNewsNamespace</c>, <c>build_property.StaticNewsContentRoot</c>,
/// <c>build_property.StaticNewsDrafts</c> and <c>build_property.StaticNewsNow</c>.
/// Per-tree options are empty; per-file options (build_metadata.AdditionalFiles.*) can be given by path.
/// </summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string NamespaceKey = "build_property.StaticNewsNamespace";
    public const string ContentRootKey = "build_property.StaticNewsContentRoot";
    public const string DraftsKey = "build_property.StaticNewsDrafts";
    public const string NowKey = "build_property.StaticNewsNow";

    public static readonly TestOptionsProvider Empty = new(new Dictionary<string, string>());

    public TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions) =>
        GlobalOptions = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <param name="drafts">StaticNewsDrafts: "true" publishes drafts and future articles.</param>
    /// <param name="now">StaticNewsNow: the build's clock, written as MSBuild passes it (round-trip "o" format).</param>
    public static TestOptionsProvider With(string? @namespace = null, string? contentRoot = null, bool? drafts = null, DateTimeOffset? now = null)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (drafts is not null)
        {
            options[DraftsKey] = drafts.Value ? "true" : "false";
        }
        if (now is not null)
        {
            options[NowKey] = now.Value.ToString("o", System.Globalization.CultureInfo.InvariantCulture);
        }
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

    /// <summary>Options of single AdditionalFiles by path, as MSBuild passes CompilerVisibleItemMetadata.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FileOptions { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        FileOptions.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
