using System.Text.RegularExpressions;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>The preview server as a process of its own: how it stops, and what it rebuilds for.</summary>
public sealed class PreviewProcessTests
{
    private static readonly Regex StackTrace = new(@"^\s+at |Exception", RegexOptions.Multiline);

    [Fact]
    public void SIGTERM_ends_the_server_with_exit_code_0_and_no_stack_trace()
    {
        using var site = new RenderedSite([new TestArticle("story", "A story", paragraphs: ["Body."])]);
        using var serve = new ServeProcess(site.Output, "--site", site.Output, "--no-watch");

        serve.Terminate();

        var exit = serve.WaitForExit(TimeSpan.FromSeconds(30));
        Assert.True(exit is not null, "serve was still running 30 s after SIGTERM:\n" + serve.Output);
        Assert.Contains(exit!.Value, new[] { 0, 143 });
        Assert.DoesNotMatch(StackTrace, serve.Output);
    }
}
