using System.Net;
using System.Text.RegularExpressions;
using StaticNews.Site.Serving;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

public sealed class PreviewServerTests
{
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false });

    private static RenderedSite Site(string baseUrl = "http://127.0.0.1/") =>
        new([new TestArticle("story", "A story", paragraphs: ["Body."])], baseUrl: baseUrl);

    [Fact]
    public async Task Serves_pages_directory_indexes_and_the_404_page_with_status_404()
    {
        using var site = Site();
        await using var server = new RunningServer(new ServeOptions { SiteDirectory = site.Output, Watch = false });

        var index = await Http.GetAsync(server.Url);
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType!.MediaType);
        Assert.Contains("A story", await index.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(server.Url + "articles/story/")).StatusCode);
        Assert.Equal("text/css", (await Http.GetAsync(server.Url + "assets/site.css")).Content.Headers.ContentType!.MediaType);

        var redirect = await Http.GetAsync(server.Url + "articles/story");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.EndsWith("/articles/story/", redirect.Headers.Location!.ToString());

        var missing = await Http.GetAsync(server.Url + "no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Serves_under_a_base_path_and_nothing_outside_the_site_folder()
    {
        using var site = Site("https://example.github.io/StaticNews/");
        File.WriteAllText(Path.Combine(site.Output, "..", "secret.txt"), "TOP SECRET");
        await using var server = new RunningServer(new ServeOptions { SiteDirectory = site.Output, BasePath = "/StaticNews/", Watch = false });

        Assert.EndsWith("/StaticNews/", server.Url);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(server.Url + "articles/story/")).StatusCode);
        var root = new Uri(new Uri(server.Url), "/");
        Assert.Equal(HttpStatusCode.NotFound, (await Http.GetAsync(root)).StatusCode);
        var escape = await Http.GetAsync(server.Url + "..%2fsecret.txt");
        Assert.DoesNotContain("TOP SECRET", await escape.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Nothing_is_served_through_a_link_that_leads_out_of_the_site_folder()
    {
        using var site = Site();
        using var outside = new TempDirectory();
        File.WriteAllText(outside.Combine("passwd"), "root:x:0:0:TOP SECRET");
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "etcdir"), outside.Path);
        File.CreateSymbolicLink(Path.Combine(site.Output, "leak.txt"), outside.Combine("passwd"));
        File.CreateSymbolicLink(Path.Combine(site.Output, "alias.html"), "index.html");
        await using var server = new RunningServer(new ServeOptions { SiteDirectory = site.Output, Watch = false });

        foreach (var path in new[] { "etcdir/passwd", "leak.txt" })
        {
            var response = await Http.GetAsync(server.Url + path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("TOP SECRET", await response.Content.ReadAsStringAsync());
        }
        // A link that stays inside the site folder is served.
        var alias = await Http.GetAsync(server.Url + "alias.html");
        Assert.Equal(HttpStatusCode.OK, alias.StatusCode);
        Assert.Contains("A story", await alias.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task When_watching_pages_get_the_live_reload_script_and_its_event_stream_answers()
    {
        using var site = Site();
        await using var server = new RunningServer(new ServeOptions { SiteDirectory = site.Output, Watch = true, Project = "/nonexistent.csproj" });

        var html = await Http.GetStringAsync(server.Url);
        Assert.Contains("new EventSource(\"/__staticnews/events\")", html);
        Assert.True(html.IndexOf("EventSource", StringComparison.Ordinal) < html.IndexOf("</body>", StringComparison.Ordinal));

        using var events = await Http.GetAsync(new Uri(new Uri(server.Url), "/__staticnews/events"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Without_watching_pages_are_served_unchanged()
    {
        using var site = Site();
        await using var server = new RunningServer(new ServeOptions { SiteDirectory = site.Output, Watch = false });

        Assert.Equal(site.Read("index.html"), await Http.GetStringAsync(server.Url));
    }

    [Fact]
    public async Task A_changed_template_is_rendered_in_process_and_served()
    {
        using var root = new PreviewRoot();
        root.Write("story.txt", "A story\nIts standfirst.\nIts body.\n");
        await using var server = new RunningServer(new ServeOptions { SiteDirectory = root.Site, Watch = true, Project = root.Project });
        server.WaitForLog(new Regex("The site is ready after"), TimeSpan.FromMinutes(1));

        var footer = root.Template(Path.Combine("partials", "footer.sbn"));
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("built with StaticNews", "edited while serving"));
        server.WaitForLog(new Regex("Updated after a change to site/templates/partials/footer.sbn"), TimeSpan.FromMinutes(1));

        Assert.Contains("edited while serving", await Http.GetStringAsync(server.Url));
    }
}
