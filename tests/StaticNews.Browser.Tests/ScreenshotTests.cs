using Microsoft.Playwright;
using StaticNews.Browser.Tests.Infrastructure;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Browser.Tests;

/// <summary>
/// Pictures of the front page and an article at desktop width, at mobile width and in dark mode, written to
/// artifacts/screenshots/ (ignored by git); docs/screenshots/refresh.sh copies them into the docs. Each layout
/// must also fit its viewport: no page may scroll sideways.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class ScreenshotTests(BuiltSite site)
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    [BrowserTheory]
    [InlineData("desktop", 1280, 900, "light")]
    [InlineData("mobile", 390, 844, "light")]
    [InlineData("dark", 1280, 900, "dark")]
    public async Task Front_page_and_article_fit_the_viewport_and_are_photographed(string name, int width, int height, string scheme)
    {
        Directory.CreateDirectory(Folder);
        await using var context = await site.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            IsMobile = name == "mobile",
            HasTouch = name == "mobile",
        });
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);

        await problems.VerifyAsync(async () =>
        {
            foreach (var (kind, path) in new[] { ("front", ""), ("article", "articles/" + BuiltSite.SeedSlug + "/") })
            {
                await page.GotoAsync(site.Url("root") + path);
                await page.EvaluateAsync("document.fonts.ready");

                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"the {kind} page scrolls sideways by {overflow} px at {width} px wide");

                var file = Path.Combine(Folder, $"{kind}-{name}.png");
                var png = await page.ScreenshotAsync(new() { Path = file, Animations = ScreenshotAnimations.Disabled });
                Assert.True(png.Length > 10_000, $"{file} is only {png.Length} bytes");
            }
        });
    }
}
