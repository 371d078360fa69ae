using System.Net.Http;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>A page's live-reload subscription: counts the reload signals the preview sends, as a browser would receive them.</summary>
public sealed class ReloadListener : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;
    private int _reloads;

    public ReloadListener(string siteUrl)
    {
        _reading = ReadAsync(new Uri(new Uri(siteUrl), "/__staticnews/events"));
    }

    public int Reloads => Volatile.Read(ref _reloads);

    public Task Connected => _connected.Task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Waits until at least <paramref name="count"/> reloads came, then a while longer for any that should not come.</summary>
    public async Task<int> SettleAsync(int count, TimeSpan afterwards)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (Reloads < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        await Task.Delay(afterwards);
        return Reloads;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
        }
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync(Uri events)
    {
        using var response = await _http.GetAsync(events, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (line.StartsWith(": connected", StringComparison.Ordinal))
            {
                _connected.TrySetResult();
            }
            if (line == "data: reload")
            {
                Interlocked.Increment(ref _reloads);
            }
        }
    }
}
