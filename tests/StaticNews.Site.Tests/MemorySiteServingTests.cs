using System.Text;
using Microsoft.AspNetCore.Http;
using StaticNews.Site.Serving;

namespace StaticNews.Site.Tests;

/// <summary>The preview's site in memory is served as GitHub Pages serves a folder: folder indexes, the 404 page, the base path, nothing but its own files; an update is seen whole.</summary>
public sealed class MemorySiteServingTests
{
    private static MemorySite Site(string marker = "first")
    {
        var site = new MemorySite();
        site.Publish(new Dictionary<string, ServedFile>(StringComparer.Ordinal)
        {
            ["index.html"] = ServedFile.Of("index.html", Encoding.UTF8.GetBytes($"<html><body>Front {marker}</body></html>")),
            ["articles/story/index.html"] = ServedFile.Of("articles/story/index.html", Encoding.UTF8.GetBytes($"<html><body>Story {marker}</body></html>")),
            ["404.html"] = ServedFile.Of("404.html", Encoding.UTF8.GetBytes("<html><body>Page not found</body></html>")),
            ["assets/site.css"] = ServedFile.Of("assets/site.css", Encoding.UTF8.GetBytes("body { color: black; }")),
        });
        return site;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/StaticNews/")]
    public async Task Folders_the_404_page_assets_and_the_base_path(string basePath)
    {
        var handler = new StaticFileHandler(Site(), basePath, injectReload: false);

        Assert.Equal((200, "text/html; charset=utf-8", "<html><body>Front first</body></html>"), await GetAsync(handler, basePath));
        Assert.Equal((200, "text/html; charset=utf-8", "<html><body>Story first</body></html>"), await GetAsync(handler, basePath + "articles/story/"));
        Assert.Equal((200, "text/css; charset=utf-8", "body { color: black; }"), await GetAsync(handler, basePath + "assets/site.css"));
        Assert.Equal(302, (await GetAsync(handler, basePath + "articles/story")).Status);
        Assert.Equal((404, "text/html; charset=utf-8", "<html><body>Page not found</body></html>"), await GetAsync(handler, basePath + "no/such/page/"));
        Assert.Equal(404, (await GetAsync(handler, basePath + "..%2f..%2fetc/passwd")).Status);
        Assert.Equal(404, (await GetAsync(handler, basePath + "articles/../../index.html")).Status);
        if (basePath != "/")
        {
            Assert.Equal(404, (await GetAsync(handler, "/index.html")).Status);
        }
    }

    [Fact]
    public async Task A_published_update_replaces_the_whole_site_and_the_reload_script_is_added_to_pages()
    {
        var site = Site();
        var handler = new StaticFileHandler(site, "/", injectReload: true);
        Assert.Contains("Story first", (await GetAsync(handler, "/articles/story/")).Body);

        site.Publish(new Dictionary<string, ServedFile>(StringComparer.Ordinal)
        {
            ["index.html"] = ServedFile.Of("index.html", Encoding.UTF8.GetBytes("<html><body>Front second</body></html>")),
        });
        var front = await GetAsync(handler, "/");
        Assert.Contains("Front second", front.Body);
        Assert.Contains("new EventSource(\"/__staticnews/events\")", front.Body);
        Assert.Equal(404, (await GetAsync(handler, "/articles/story/")).Status);
    }

    [Fact]
    public async Task A_deferred_folder_is_made_when_one_of_its_files_is_first_asked_for_and_goes_with_its_update()
    {
        var site = Site();
        var made = 0;
        var folder = new DeferredFolder("search-index", () =>
        {
            Interlocked.Increment(ref made);
            return new Dictionary<string, ServedFile>(StringComparer.Ordinal)
            {
                ["search-index/meta.json"] = ServedFile.Of("search-index/meta.json", Encoding.UTF8.GetBytes("{\"documents\":1}")),
            };
        });
        site.Publish(site.Files, [folder]);
        var handler = new StaticFileHandler(site, "/news/", injectReload: true);

        Assert.Contains("Front first", (await GetAsync(handler, "/news/")).Body);
        Assert.Equal(0, made);
        Assert.Equal((200, "application/json", "{\"documents\":1}"), await GetAsync(handler, "/news/search-index/meta.json"));
        Assert.Equal(404, (await GetAsync(handler, "/news/search-index/terms/9.json")).Status);
        Assert.Equal(404, (await GetAsync(handler, "/news/search-index/../../search-index/meta.json")).Status);
        Assert.Equal(200, (await GetAsync(handler, "/news/search-index/./meta.json")).Status);
        Assert.Equal(1, made);

        site.Publish(site.Files);
        Assert.Equal(404, (await GetAsync(handler, "/news/search-index/meta.json")).Status);
    }

    private static async Task<(int Status, string? ContentType, string Body)> GetAsync(StaticFileHandler handler, string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = new PathString(Uri.UnescapeDataString(path));
        var body = new MemoryStream();
        context.Response.Body = body;
        await handler.HandleAsync(context);
        return (context.Response.StatusCode, context.Response.ContentType, Encoding.UTF8.GetString(body.ToArray()));
    }
}
