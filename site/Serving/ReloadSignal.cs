using Microsoft.AspNetCore.Http;

namespace StaticNews.Site.Serving;

/// <summary>Tells every open page to reload, through a server-sent event stream each page subscribes to.</summary>
public sealed class ReloadSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <param name="stopping">Ends the stream when the server stops, before the page goes away.</param>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping = default)
    {
        using var end = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(": connected\n\n", end.Token);
        await context.Response.Body.FlushAsync(end.Token);
        while (!end.IsCancellationRequested)
        {
            try
            {
                await _next.Task.WaitAsync(end.Token);
                await context.Response.WriteAsync("data: reload\n\n", end.Token);
                await context.Response.Body.FlushAsync(end.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
