using Microsoft.Playwright;

namespace StaticNews.Browser.Tests.Infrastructure;

/// <summary>
/// Everything that went wrong while a reader used a page: console errors, uncaught script errors, requests that
/// failed, and responses with an error status. The one expected 404 (an unknown address) can be allowed.
/// </summary>
public sealed class PageProblems
{
    private readonly IPage _page;
    private readonly List<string> _problems = [];
    private readonly HashSet<string> _expected404 = new(StringComparer.Ordinal);

    public PageProblems(IPage page)
    {
        _page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Add($"console error on {page.Url}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Add($"uncaught error on {page.Url}: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !(response.Status == 404 && _expected404.Contains(response.Url)))
            {
                Add($"HTTP {response.Status} for {response.Request.Method} {response.Url}");
            }
        };
    }

    /// <summary>The page at <paramref name="url"/> is meant to answer 404; Chromium also logs that as a console error.</summary>
    public void Expect404(string url) => _expected404.Add(url);

    public IReadOnlyList<string> All
    {
        get
        {
            lock (_problems)
            {
                return _problems
                    .Where(p => !_expected404.Any(url => p.StartsWith("console error on " + url + ": Failed to load resource: the server responded with a status of 404", StringComparison.Ordinal)))
                    .ToList();
            }
        }
    }

    /// <summary>
    /// Runs a reader's steps on the page, then fails if the browser reported a problem. When a step itself fails, the
    /// browser's problems (often the cause: a script error, a missing file) are added to that failure.
    /// </summary>
    public async Task VerifyAsync(Func<Task> steps)
    {
        try
        {
            await steps();
            // Whatever the last page still loads (images, stylesheets, the icon) counts too.
            await _page.EvaluateAsync("() => new Promise(done => document.readyState === 'complete' ? done() : addEventListener('load', () => done()))");
        }
        catch (Exception e) when (All.Count > 0)
        {
            throw new InvalidOperationException(e.Message + "\n\nThe browser also reported:\n" + string.Join("\n", All), e);
        }
        AssertNone();
    }

    /// <summary>Fails the test with every problem listed.</summary>
    public void AssertNone()
    {
        var problems = All;
        Assert.True(problems.Count == 0, "The browser reported problems:\n" + string.Join("\n", problems));
    }

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
