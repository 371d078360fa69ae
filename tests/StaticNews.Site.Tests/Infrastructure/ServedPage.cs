using System.Net;
using System.Net.Http;

namespace StaticNews.Site.Tests.Infrastructure;

/// <summary>Polls a served page until it says what a test waits for (the preview updates it a moment after a change).</summary>
public static class ServedPage
{
    private static readonly HttpClient Http = new();
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The page once <paramref name="until"/> holds for its status and text; throws with what was last served if it never does.</summary>
    public static async Task<string> WaitAsync(string url, Func<HttpStatusCode, string, bool> until, ServeProcess serve)
    {
        var deadline = DateTime.UtcNow + Timeout;
        var (status, text) = (HttpStatusCode.OK, "");
        while (DateTime.UtcNow < deadline)
        {
            using var response = await Http.GetAsync(url);
            (status, text) = (response.StatusCode, await response.Content.ReadAsStringAsync());
            if (until(status, text))
            {
                return text;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{url} did not change as expected within {Timeout.TotalSeconds} s; last served {(int)status}:\n{text}\n\nserve printed:\n{serve.Output}");
    }

    public static Task<string> WaitForTextAsync(string url, string text, ServeProcess serve) =>
        WaitAsync(url, (status, page) => status == HttpStatusCode.OK && page.Contains(text, StringComparison.Ordinal), serve);

    public static Task<string> WaitForMissingAsync(string url, ServeProcess serve) =>
        WaitAsync(url, (status, _) => status == HttpStatusCode.NotFound, serve);
}
