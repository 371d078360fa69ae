using System.Diagnostics;
using System.Text;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>Runs the real dotnet CLI, as a user would, and captures what it prints.</summary>
public static class DotnetCli
{
    public sealed record Result(int ExitCode, string Output);

    /// <summary>The dotnet executable running this test, so a changed PATH still finds it.</summary>
    public static string DotnetExecutable { get; } = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet"
        ? host
        : "dotnet";

    public static Result Run(string workingDirectory, params string[] arguments) => RunWithPath(workingDirectory, null, arguments);

    /// <param name="path">A PATH for the child process (to hide a tool from it), or null for ours.</param>
    public static Result RunWithPath(string workingDirectory, string? path, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetExecutable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Build servers outlive the build and would keep our output pipes open.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in 5 minutes:\n{output}");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }
}
