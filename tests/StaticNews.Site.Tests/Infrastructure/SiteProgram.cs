using System.Diagnostics;
using System.Text;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>
/// A copy of the site program (StaticNews.Site.dll with its templates and assets) in a temp folder, run as a real
/// process: `dotnet StaticNews.Site.dll build ...`, as the MSBuild target runs it. Its own copy, so a test can give it
/// many or changed assets (a large site whose every file changes) without touching the build's output.
/// </summary>
public sealed class SiteProgram : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SiteProgram()
    {
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
        foreach (var folder in new[] { "templates", "assets" })
        {
            Copy(Path.Combine(AppContext.BaseDirectory, folder), Path.Combine(Folder, folder));
        }
    }

    public string Folder => _temp.Path;

    public string Assets => Path.Combine(Folder, "assets");

    /// <summary>Adds <paramref name="count"/> asset files whose bytes depend on <paramref name="variant"/> (so every one changes with it).</summary>
    public void WriteManyAssets(int count, string variant)
    {
        var folder = Path.Combine(Assets, "many");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"{i / 100:000}-{i:00000}.txt"), $"{variant} asset {i}\n");
        }
    }

    public sealed record Result(int ExitCode, string Output);

    public Process Start(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment, StringBuilder output)
    {
        var start = new ProcessStartInfo(DotnetCli.DotnetExecutable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(Folder, "StaticNews.Site.dll"));
        start.ArgumentList.Add("build");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("STATICNEWS_KILL_AT");
        start.Environment.Remove("STATICNEWS_PAUSE_AT");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public Result Build(params string[] arguments) => Build(arguments, null);

    public Result Build(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var output = new StringBuilder();
        using var process = Start(arguments, environment, output);
        return Finish(process, output);
    }

    public static Result Finish(Process process, StringBuilder output)
    {
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the site build did not finish in 3 minutes:\n" + output);
        }
        process.WaitForExit();
        lock (output)
        {
            return new Result(process.ExitCode, output.ToString());
        }
    }

    public void Dispose() => _temp.Dispose();

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            Copy(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
