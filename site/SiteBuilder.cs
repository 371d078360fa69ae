using System.Diagnostics;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Writing;

namespace StaticNews.Site;

/// <summary>load (config, articles) → render (Scriban templates) → write (staged, swapped in when all succeeded).</summary>
public static class SiteBuilder
{
    public static Task<BuildResult> BuildAsync(IReadOnlyList<Article> articles, BuildOptions options) =>
        Task.Run(() => Build(articles, options));

    public static BuildResult Build(IReadOnlyList<Article> articles, BuildOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var (settings, problems) = SiteLoader.Load(options);
        if (settings is null)
        {
            return new BuildResult(false, 0, stopwatch.Elapsed, problems);
        }

        var site = new SiteView(settings.Title, settings.Description, settings.Language, settings.BaseUrl, settings.BasePath,
            settings.BasePath + "assets/site.css");
        var renderer = new PageRenderer(new TemplateCatalog(options.BuiltInTemplatesDirectory, options.TemplatesDirectory));
        var views = articles.Select(a => ArticleView.From(a, settings.BasePath, settings.BaseUrl)).ToList();

        using var output = new StagedOutput(options.OutputDirectory);
        try
        {
            var pages = 0;
            var home = new PageInfo(site.Title, site.Description, site.BasePath, site.BaseUrl, "home");
            output.WriteText("index.html", renderer.Render("index.sbn", PageModel.Create(site, home)
                .With("articles", views)
                .With("lead", views.FirstOrDefault())
                .With("latest", views.Skip(1).Take(settings.PageSize).ToList())));
            pages++;

            foreach (var article in views)
            {
                var page = new PageInfo(article.Title, article.Standfirst, article.Url, article.AbsoluteUrl, "article");
                output.WriteText($"articles/{article.Slug}/index.html", renderer.Render("article.sbn", PageModel.Create(site, page).With("article", article)));
                pages++;
            }

            var notFound = new PageInfo("Page not found", site.Description, site.BasePath + "404.html", site.BaseUrl + "404.html", "404");
            output.WriteText("404.html", renderer.Render("404.sbn", PageModel.Create(site, notFound)
                .With("latest", views.Take(5).ToList())));
            pages++;

            // GitHub Pages must not run Jekyll over the site (it would hide folders starting with '_').
            output.WriteText(".nojekyll", "");
            output.CopyDirectory(options.AssetsDirectory, "assets");
            output.Commit();
            return new BuildResult(true, pages, stopwatch.Elapsed, problems);
        }
        catch (TemplateException e)
        {
            problems.Add(e.Message);
            return new BuildResult(false, 0, stopwatch.Elapsed, problems);
        }
    }
}
