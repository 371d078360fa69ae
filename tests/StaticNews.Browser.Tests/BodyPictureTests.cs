using Microsoft.Playwright;
using StaticNews.Browser.Tests.Infrastructure;

namespace StaticNews.Browser.Tests;

/// <summary>
/// The picture in a Markdown body, on desktop and on a phone: it holds its place before it loads (width and height),
/// loads lazily when scrolled to, and shows a copy the browser chose from the WebP srcset, no wider than the column.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class BodyPictureTests(BuiltSite site)
{
    [BrowserTheory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("mobile", 390, 844)]
    public async Task A_body_picture_keeps_its_place_and_shows_a_sized_copy_when_scrolled_to(string name, int width, int height)
    {
        await using var context = await site.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            IsMobile = name == "mobile",
            HasTouch = name == "mobile",
        });
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/images/**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });

        await problems.VerifyAsync(async () =>
        {
            await page.GotoAsync(site.Url("root") + "articles/" + BuiltSite.BodyPictureSlug + "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            var img = page.Locator(".article-body picture img");
            Assert.Equal(("lazy", "The riverside park seen from the old boathouse"), (await img.GetAttributeAsync("loading"), await img.GetAttributeAsync("alt")));
            var before = await img.BoundingBoxAsync();
            var paragraphBefore = await page.Locator(".article-body p").Last.BoundingBoxAsync();
            Assert.NotNull(before);
            // 1500×1000 shown at the 960 copy's 960×640: the box is 3:2 before a byte of the picture has come.
            Assert.InRange(before.Height, before.Width * 2 / 3 - 1, before.Width * 2 / 3 + 1);
            Assert.True(before.Width <= width, $"the picture is {before.Width} px wide in a {width} px viewport");

            release.SetResult();
            await img.ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync("() => { const i = document.querySelector('.article-body picture img'); return i.complete && i.naturalWidth > 0; }");
            var after = await img.BoundingBoxAsync();
            var paragraphAfter = await page.Locator(".article-body p").Last.BoundingBoxAsync();
            Assert.Equal((before.Width, before.Height), (after!.Width, after.Height));
            Assert.Equal(paragraphBefore!.Y - before.Y, paragraphAfter!.Y - after.Y);
            Assert.Matches(@"/images/riverside-park-[0-9a-f]{20}-(480|960|1500)\.webp$", await img.EvaluateAsync<string>("i => i.currentSrc"));
        });
    }
}
