using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StaticNews.Site.Live;

namespace StaticNews.Site.Serving;

/// <summary>
/// `serve`: the site on http://127.0.0.1 with ASP.NET Core's own server (Kestrel), rendered in-process from the
/// content kept in memory into memory and updated when a source changes (<see cref="LivePreview"/>), with open pages
/// reloaded once after each update. Without watching (or without the site's project) it serves a built folder.
/// </summary>
public static class PreviewServer
{
    public static async Task<int> RunAsync(ServeOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        await using var app = builder.Build();

        var reload = new ReloadSignal();
        LivePreview? preview = null;
        var project = options.Watch ? ProjectFinder.Find(options.Project) : null;
        var memory = project is null ? null : new MemorySite();
        IServedSite served = memory is null ? new FolderSite(options.SiteDirectory) : memory;
        var files = new StaticFileHandler(served, options.BasePath, injectReload: options.Watch, overlay: () => preview?.Overlay ?? []);
        // The host turns SIGTERM, SIGINT and SIGQUIT into "stopping" (and keeps the process alive for it): stop on those too.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        // An open page's event stream ends when the server stops: the server waits for open requests before it exits.
        app.Run(context => context.Request.Path == StaticFileHandler.EventsPath ? reload.StreamAsync(context, stop.Token) : files.HandleAsync(context));
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = address.TrimEnd('/') + options.BasePath;
        log.WriteLine(project is null ? $"Serving {Path.GetFullPath(options.SiteDirectory)} at {url}" : $"Serving the site rendered in memory at {url}");

        try
        {
            if (project is not null)
            {
                var root = Path.GetDirectoryName(Path.GetDirectoryName(project))!;
                // Watched before the documents are read (seconds at 10,000): a document saved meanwhile comes in the first
                // update. The site's folder holds its templates, assets and code; the root only staticnews.yml (never _site).
                using var watcher = new ChangeWatcher(project,
                    [(LiveContent.DocumentsFolderOf(root), true), (Path.Combine(root, "site"), true), (root, false)],
                    options.Settle, url, log);
                preview = new LivePreview(root, options.SiteDirectory, url, log, memory);
                log.WriteLine($"Watching {preview.DocumentsFolder}, the templates, the assets and staticnews.yml; press Ctrl+C to stop.");
                var rendering = System.Diagnostics.Stopwatch.StartNew();
                if (preview.Render())
                {
                    log.WriteLine($"The site is ready after {rendering.Elapsed.TotalSeconds:0.00} s ({preview.PagesChanged} pages, each rendered when first asked for)");
                }
                await preview.RunAsync(watcher, reload.Notify, stop.Token);
            }
            else
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        log.WriteLine("Stopped.");
        await app.StopAsync(CancellationToken.None);
        return 0;
    }

}

/// <summary>Finds site/StaticNews.Site.csproj from the working folder upwards.</summary>
public static class ProjectFinder
{
    public static string? Find(string? explicitProject)
    {
        if (explicitProject is not null)
        {
            return File.Exists(explicitProject) ? Path.GetFullPath(explicitProject) : null;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "site", "StaticNews.Site.csproj");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
