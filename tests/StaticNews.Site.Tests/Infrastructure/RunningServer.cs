using System.Text;
using System.Text.RegularExpressions;
using StaticNews.Site.Serving;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>The preview server, started in-process on a free port, stopped on dispose.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _run;
    private readonly SignalingWriter _log = new();

    public RunningServer(ServeOptions options)
    {
        options.Port = 0;
        _run = Task.Run(() => PreviewServer.RunAsync(options, _log, _stop.Token));
        var match = _log.WaitFor(new Regex(@"at (http://127\.0\.0\.1:\d+/\S*)"), TimeSpan.FromSeconds(30));
        Url = match.Groups[1].Value;
    }

    /// <summary>The site's URL, base path included.</summary>
    public string Url { get; }

    public string Log => _log.ToString();

    public Match WaitForLog(Regex pattern, TimeSpan timeout) => _log.WaitFor(pattern, timeout);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run;
        _stop.Dispose();
    }

    private sealed class SignalingWriter : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
                Monitor.PulseAll(this);
            }
        }

        public Match WaitFor(Regex pattern, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            lock (this)
            {
                while (true)
                {
                    var match = pattern.Match(ToString());
                    if (match.Success)
                    {
                        return match;
                    }
                    var left = deadline - DateTime.UtcNow;
                    if (left <= TimeSpan.Zero)
                    {
                        throw new TimeoutException($"'{pattern}' did not appear in the server log:\n{this}");
                    }
                    Monitor.Wait(this, left);
                }
            }
        }

        public override string ToString()
        {
            lock (this)
            {
                return base.ToString();
            }
        }
    }
}
