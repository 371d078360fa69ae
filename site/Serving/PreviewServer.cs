using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = address.TrimEnd('/') + options.BasePath;
        log.WriteLine($"Serving {Path.GetFullPath(options.SiteDirectory)} at {url}");

        if (options.Watch && ProjectFinder.Find(options.Project) is { } project)
        {
            var root = Path.GetDirectoryName(Path.GetDirectoryName(project))!;
            using var watcher = new ChangeWatcher(project,
                [(Path.Combine(root, "seeds"), true), (Path.Combine(root, "site", "templates"), true), (Path.Combine(root, "site", "assets"), true), (root, false)],
                url, log);
            log.WriteLine("Watching documents, templates, assets and staticnews.yml; press Ctrl+C to stop.");
            await watcher.BuildAsync(cancellationToken);
            try
            {
                await watcher.RunAsync(reload.Notify, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
        else
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
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
