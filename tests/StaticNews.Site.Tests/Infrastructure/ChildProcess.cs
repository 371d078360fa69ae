using System.Diagnostics;
using System.Text;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>Runs a program to its end with extra environment variables (a PATH, the build's fault hooks), capturing what it prints.</summary>
public static class ChildProcess
{
    public static DotnetCli.Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, string executable, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, executable, arguments))!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{executable} {string.Join(' ', arguments)} did not finish in 5 minutes:\n{output}");
        }
        process.WaitForExit();
        lock (output)
        {
            return new DotnetCli.Result(process.ExitCode, output.ToString());
        }
    }

    /// <summary>How every test starts a program: output and error redirected, no telemetry, logo or build servers, then the given variables.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string> environment, string executable, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(executable)
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
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        return start;
    }
}
