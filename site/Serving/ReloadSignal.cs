using Microsoft.AspNetCore.Http;

namespace StaticNews.Site.Serving;

/// <summary>Tells every open page to reload, through a server-sent event stream each page subscribes to.</summary>
public sealed class ReloadSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Interlocked.Exchange(ref _next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task StreamAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        while (!context.RequestAborted.IsCancellationRequested)
        {
            try
            {
                await _next.Task.WaitAsync(context.RequestAborted);
                await context.Response.WriteAsync("data: reload\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
