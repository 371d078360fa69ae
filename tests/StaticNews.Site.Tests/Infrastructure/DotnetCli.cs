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
    public static Result RunWithPath(string workingDirectory, string? path, params string[] arguments) =>
        ChildProcess.Run(workingDirectory, path is null ? new Dictionary<string, string>() : new() { ["PATH"] = path }, DotnetExecutable, arguments);
}
