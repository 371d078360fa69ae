using Microsoft.Playwright;
using StaticNews.Browser.Tests.Infrastructure;

namespace StaticNews.Browser.Tests;

/// <summary>
/// The article with a lead picture, on desktop and on a phone: the figure shows a copy the browser chose from the
/// WebP srcset, with its caption and credit, and holds the picture's place before it loads (width and height give
/// the box its shape at once, so nothing below it moves when it arrives).
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class LeadPictureTests(BuiltSite site)
{
    [BrowserTheory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("mobile", 390, 844)]
    public async Task The_lead_figure_shows_a_sized_copy_with_its_caption_without_shifting_the_page(string name, int width, int height)
    {
        await using var context = await site.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = name == "mobile",
            HasTouch = name == "mobile",
        });
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        // Hold the pictures back: the box must have its shape before the file arrives.
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/images/**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });

        await problems.VerifyAsync(async () =>
        {
            await page.GotoAsync(site.Url("root") + "articles/" + BuiltSite.PictureSlug + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            var img = page.Locator("figure.lead-picture img");
            var before = await img.BoundingBoxAsync();
            var paragraphBefore = await page.Locator(".article-body p").First.BoundingBoxAsync();
            Assert.NotNull(before);
            // 1800×1200 shown at the 960 copy's 960×640: the box is 3:2 before a byte of the picture has come.
            Assert.InRange(before.Height, before.Width * 2 / 3 - 1, before.Width * 2 / 3 + 1);
            Assert.True(before.Width <= width, $"the picture is {before.Width} px wide in a {width} px viewport");

            release.SetResult();
            await page.WaitForFunctionAsync("() => { const i = document.querySelector('figure.lead-picture img'); return i.complete && i.naturalWidth > 0; }");
            var after = await img.BoundingBoxAsync();
            var paragraphAfter = await page.Locator(".article-body p").First.BoundingBoxAsync();
            Assert.Equal((before.Width, before.Height), (after!.Width, after.Height));
            Assert.Equal(paragraphBefore!.Y, paragraphAfter!.Y);

            var chosen = await img.EvaluateAsync<string>("i => i.currentSrc");
            Assert.Matches(@"/images/snow-pass-[0-9a-f]{20}-(480|960|1600)\.webp$", chosen);
            Assert.Equal("A snowplough on the road below the closed summit tunnel", await img.GetAttributeAsync("alt"));
            var caption = page.Locator("figure.lead-picture figcaption");
            await Assertions.Expect(caption).ToBeVisibleAsync();
            await Assertions.Expect(caption).ToHaveTextAsync("Crews cleared the lower sections on Wednesday. Photo: Regional road service");
        });
    }
}
