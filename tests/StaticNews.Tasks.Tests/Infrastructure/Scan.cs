using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StaticNews.Tasks.Tests.Infrastructure;

/// <summary>One run of <see cref="ScanDocuments"/> over a folder, and what the compiler makes of its output.</summary>
public sealed class Scan
{
    private Scan(FakeBuildEngine engine, string responseFile, string analyzerConfig, string report, string outputFolder, int documentsRead)
    {
        DocumentsRead = documentsRead;
        Engine = engine;
        ResponseFile = responseFile;
        AnalyzerConfig = analyzerConfig;
        Report = report;
        _outputFolder = outputFolder;
    }

    private readonly string _outputFolder;

    public FakeBuildEngine Engine { get; }
    public string ResponseFile { get; }
    public string AnalyzerConfig { get; }
    public string Report { get; }

    /// <summary>How many documents the scan read (the task's output).</summary>
    public int DocumentsRead { get; }

    /// <summary>The folder of the scan's files (a new one unless given).</summary>
    public string OutputFolder => _outputFolder;

    public static Scan Run(string documents, bool embed = true, string? output = null, string? configFile = null, string? cacheFile = null)
    {
        output ??= Directory.CreateTempSubdirectory("staticnews-scan-").FullName;
        var engine = new FakeBuildEngine();
        var task = new ScanDocuments
        {
            BuildEngine = engine,
            DocumentsFolder = documents,
            Embed = embed,
            ProjectDirectory = output,
            ConfigFile = configFile ?? "",
            ResponseFile = Path.Combine(output, "documents.rsp"),
            AnalyzerConfigFile = Path.Combine(output, "documents.globalconfig"),
            ScanReportFile = Path.Combine(output, "documents.scan"),
            CacheFile = cacheFile ?? "",
        };
        Assert.True(task.Execute());
        Assert.Empty(engine.Errors);
        return new Scan(engine, File.ReadAllText(task.ResponseFile), File.ReadAllText(task.AnalyzerConfigFile), File.ReadAllText(task.ScanReportFile), output, task.DocumentsRead);
    }

    /// <summary>The response file as the compiler parses it.</summary>
    public CSharpCommandLineArguments Arguments()
    {
        var arguments = CSharpCommandLineParser.Default.Parse(["/out:content.dll", "@" + Path.Combine(_outputFolder, "documents.rsp")], _outputFolder, sdkDirectory: null);
        Assert.Empty(arguments.Errors.Where(e => e.Severity == DiagnosticSeverity.Error));
        return arguments;
    }

    public IReadOnlyList<string> AdditionalFiles() => Arguments().AdditionalFiles.Select(file => file.Path).ToList();

    /// <summary>Each embedded resource's name and content, as the compiler reads them (it keeps no file name for an
    /// embedded resource, only a way to open the file).</summary>
    public IReadOnlyList<(string Name, string Content)> Resources() => Arguments().ManifestResources
        .Select(resource => ((string)Internal(resource, "ResourceName"), Read((Func<Stream>)Internal(resource, "DataProvider"))))
        .ToList();

    private static string Read(Func<Stream> open)
    {
        using var reader = new StreamReader(open());
        return reader.ReadToEnd();
    }

    /// <summary>The resource name the generator is told for a document, as the compiler's analyzer config set finds it.</summary>
    public string? ResourceNameFor(string additionalFile) => Metadata(additionalFile, "build_metadata.additionalfiles.staticnewsresource");

    /// <summary>The original a copy is made of, as the generator reads it from the analyzer config (%XX unescaped).</summary>
    public string? SourceFileFor(string additionalFile) =>
        Metadata(additionalFile, "build_metadata.additionalfiles.staticnewssourcefile") is { } value ? Uri.UnescapeDataString(value) : null;

    private string? Metadata(string additionalFile, string key)
    {
        var config = Microsoft.CodeAnalysis.AnalyzerConfig.Parse(AnalyzerConfig, Path.Combine(_outputFolder, "documents.globalconfig"));
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(config));
        return set.GetOptionsForSourcePath(additionalFile).AnalyzerOptions.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>The warnings logged, as (code, file).</summary>
    public IReadOnlyList<(string Code, string File)> Warnings() => Engine.Warnings.Select(w => (w.Code, w.File)).ToList();

    private static object Internal(object value, string name)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        var type = value.GetType();
        return type.GetField(name, Flags)?.GetValue(value) ?? type.GetProperty(name, Flags)?.GetValue(value)
            ?? throw new InvalidOperationException($"{type.Name}.{name} not found");
    }
}
