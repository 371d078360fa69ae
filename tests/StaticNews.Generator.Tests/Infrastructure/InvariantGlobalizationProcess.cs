using System.Diagnostics;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// Runs a small program that calls the generator's own assembly in a separate process with
/// InvariantGlobalization, as the site runs: globalization mode is fixed when a process starts, so this test
/// process (which has ICU) cannot switch to it.
/// </summary>
public static class InvariantGlobalizationProcess
{
    private const string RuntimeConfig = """
        {
          "runtimeOptions": {
            "tfm": "net10.0",
            "framework": { "name": "Microsoft.NETCore.App", "version": "10.0.0" },
            "configProperties": { "System.Globalization.Invariant": true }
          }
        }
        """;

    /// <summary>
    /// Compiles <paramref name="program"/> (top-level statements; <c>args[0]</c> is an input file holding
    /// <paramref name="input"/>, <c>args[1]</c> the output file) against the generator and returns what it wrote.
    /// </summary>
    public static string Run(string program, string input)
    {
        var directory = Directory.CreateTempSubdirectory("staticnews-invariant-");
        try
        {
            var generator = typeof(ArticleGenerator).Assembly.Location;
            File.Copy(generator, Path.Combine(directory.FullName, Path.GetFileName(generator)));
            var compilation = CSharpCompilation.Create(
                "InvariantProgram",
                [CSharpSyntaxTree.ParseText(program, GeneratorHarness.ParseOptions)],
                Net100.References.All.Append(MetadataReference.CreateFromFile(generator)),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            var emit = compilation.Emit(Path.Combine(directory.FullName, "InvariantProgram.dll"));
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            File.WriteAllText(Path.Combine(directory.FullName, "InvariantProgram.runtimeconfig.json"), RuntimeConfig);
            var inputFile = Path.Combine(directory.FullName, "input.txt");
            var outputFile = Path.Combine(directory.FullName, "output.txt");
            File.WriteAllText(inputFile, input);

            var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "exec", Path.Combine(directory.FullName, "InvariantProgram.dll"), inputFile, outputFile })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, output + errors.Result);
            return File.ReadAllText(outputFile);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
