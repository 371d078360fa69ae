using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>
/// `StaticNews.Site serve` as a process of its own, as a user runs it, so that signals reach it as they would; its
/// output (standard output and error together) is kept for the test to read. Killed on dispose if still running.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    public ServeProcess(string workingDirectory, params string[] arguments)
        : this(workingDirectory, new Dictionary<string, string>(), arguments)
    {
    }

    /// <param name="environment">Variables for the process, and so for the builds it runs (MSBuild reads them as properties).</param>
    public ServeProcess(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var serve = Interruptible([DotnetCli.DotnetExecutable, Path.Combine(AppContext.BaseDirectory, "StaticNews.Site.dll"), "serve", "--port", "0", .. arguments]);
        _process = Process.Start(ChildProcess.StartInfo(workingDirectory, environment, serve[0], serve[1..]))!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Url = WaitFor(new Regex(@"at (http://127\.0\.0\.1:\d+/\S*)"), TimeSpan.FromSeconds(60)).Groups[1].Value;
    }

    /// <summary>The site's URL, base path included.</summary>
    public string Url { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public int Count(Regex pattern) => pattern.Matches(Output).Count;

    /// <summary>Waits until the output matches; throws, with the output, when it has not by the timeout.</summary>
    public Match WaitFor(Regex pattern, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_output)
        {
            while (true)
            {
                var match = pattern.Match(_output.ToString());
                if (match.Success)
                {
                    return match;
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    throw new TimeoutException($"'{pattern}' did not appear in the output of serve:\n{_output}");
                }
                Monitor.Wait(_output, left);
            }
        }
    }

    /// <summary>Sends SIGTERM, as a service manager, `kill` or a container runtime stops a process.</summary>
    public void Terminate() => Signal(SignalTerminate, "SIGTERM");

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does (<see cref="Interruptible"/>).</summary>
    public void Interrupt() => Signal(SignalInterrupt, "SIGINT");

    private void Signal(int signal, string name)
    {
        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, {name}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>The exit code, or null when the process is still running after the timeout.</summary>
    public int? WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            return null;
        }
        // Flushes the redirected output.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
            Monitor.PulseAll(_output);
        }
    }

    /// <summary>
    /// The command with SIGINT's default disposition restored. A program started in the background by a shell without job
    /// control (`cmd &amp;` in a script, as a CI runner may start `dotnet test`) has SIGINT ignored, every process it starts
    /// inherits that, and .NET then leaves SIGINT ignored: the test's Ctrl+C would never reach the server, as it would not
    /// from a terminal either for a server started that way. GNU env resets it and execs the program in its own process, so
    /// the process started is the server.
    /// </summary>
    private static string[] Interruptible(string[] command) =>
        OperatingSystem.IsLinux() ? ["env", "--default-signal=INT", .. command] : command;

    private const int SignalTerminate = 15;
    private const int SignalInterrupt = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
