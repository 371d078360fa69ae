using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StaticNews.Configuration;

namespace StaticNews.Site.Serving;

/// <summary>
/// `serve`: the built site on http://127.0.0.1 with ASP.NET Core's own server (Kestrel), rebuilt when a
/// source changes, with open pages reloaded after each rebuild.
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
        var files = new StaticFileHandler(options.SiteDirectory, options.BasePath, injectReload: options.Watch);
        app.Run(context => context.Request.Path == StaticFileHandler.EventsPath ? reload.StreamAsync(context) : files.HandleAsync(context));
        await app.StartAsync(cancellationToken);
        // The host turns SIGTERM, SIGINT and SIGQUIT into "stopping" (and keeps the process alive for it): stop on those too.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = address.TrimEnd('/') + options.BasePath;
        log.WriteLine($"Serving {Path.GetFullPath(options.SiteDirectory)} at {url}");

        try
        {
            if (options.Watch && ProjectFinder.Find(options.Project) is { } project)
            {
                var root = Path.GetDirectoryName(Path.GetDirectoryName(project))!;
                var documents = DocumentsFolder(root);
                using var watcher = new ChangeWatcher(project,
                    [(documents, true), (Path.Combine(root, "site", "templates"), true), (Path.Combine(root, "site", "assets"), true), (root, false)],
                    url, log);
                log.WriteLine($"Watching {documents}, the templates, the assets and staticnews.yml; press Ctrl+C to stop.");
                await watcher.BuildAsync(stop.Token);
                await watcher.RunAsync(reload.Notify, stop.Token);
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

    /// <summary>The documents folder the build reads: <c>documents:</c> in staticnews.yml (relative to it), else seeds/.</summary>
    public static string DocumentsFolder(string root)
    {
        var config = Path.Combine(root, "staticnews.yml");
        var documents = "seeds";
        if (File.Exists(config))
        {
            try
            {
                documents = SiteConfigLoader.Load(File.ReadAllText(config)).Config.Documents?.Value ?? documents;
            }
            catch (IOException)
            {
            }
        }
        return Path.GetFullPath(Path.Combine(root, documents));
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
