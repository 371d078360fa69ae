using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticNews.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StaticNews.Browser.Tests;

/// <summary>
/// A reader's paths through the built site in Chromium, at / and under the base path /StaticNews/: every page they
/// pass through must load without a console error, a script error or a failed request.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class NavigationTests(BuiltSite site)
{
    private const string SeedUrl = "articles/" + BuiltSite.SeedSlug + "/";

    [BrowserTheory]
    [InlineData("root")]
    [InlineData("base-path")]
    public Task The_lead_story_opens_the_article_with_headline_standfirst_body_and_editors_note(string variant) =>
        BrowseAsync(variant, async (page, home, _) =>
        {
            var response = await page.GotoAsync(home);
            Assert.Equal(200, response!.Status);
            var lead = page.Locator(".lead-story h1 a");
            var leadTitle = await lead.InnerTextAsync();
            Assert.StartsWith(BuiltSite.SeedTitleStart, leadTitle);

            await lead.ClickAsync();
            await Expect(page).ToHaveURLAsync(home + SeedUrl);

            await Expect(page.Locator("main h1")).ToHaveTextAsync(leadTitle);
            await Expect(page).ToHaveTitleAsync(leadTitle + " · StaticNews");
            await Expect(page.Locator(".article-header .standfirst"))
                .ToHaveTextAsync("Russia also said that Armenia’s ‘frozen’ membership in the CSTO ‘does not contribute to strengthening Armenia’s security’.");
            var note = page.GetByRole(AriaRole.Complementary, new() { Name = "Editor’s note" });
            await Expect(note).ToBeVisibleAsync();
            await Expect(note).ToContainTextAsync("latest call between Mirzoyan and Lavrov");
            var body = page.Locator(".article-body p");
            await Expect(body).ToHaveCountAsync(23);
            await Expect(body.First).ToBeVisibleAsync();
            await Expect(body.Nth(1)).ToContainTextAsync("Sergei Lavrov");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Become a member");
        });

    [BrowserTheory]
    [InlineData("root")]
    [InlineData("base-path")]
    public Task Pagination_leads_to_older_stories_and_back(string variant) =>
        BrowseAsync(variant, async (page, home, _) =>
        {
            var pagination = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
            var older = pagination.GetByRole(AriaRole.Link, new() { Name = "Older stories" });
            var newer = pagination.GetByRole(AriaRole.Link, new() { Name = "Newer stories" });
            var headlines = page.Locator(".story-headline");

            await page.GotoAsync(home);
            await Expect(pagination).ToContainTextAsync("Page 1 of 3");
            await Expect(newer).ToHaveCountAsync(0);
            await Expect(headlines).ToHaveTextAsync(["Snow closes the mountain pass for a third day", "Teachers trial a four-day week in village schools"]);

            await older.ClickAsync();
            await Expect(page).ToHaveURLAsync(home + "page/2/");
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Latest news, page 2 of 3");
            await Expect(headlines).ToHaveTextAsync(
                ["Vineyards report an early harvest after a dry summer", "Weekend market moves indoors for the winter", "Youth orchestra returns from its first tour abroad"]);

            await older.ClickAsync();
            await Expect(page).ToHaveURLAsync(home + "page/3/");
            await Expect(pagination).ToContainTextAsync("Page 3 of 3");
            await Expect(older).ToHaveCountAsync(0);
            await Expect(headlines).ToHaveTextAsync(["Zoning plan for the riverside park opens for comments"]);

            await newer.ClickAsync();
            await Expect(page).ToHaveURLAsync(home + "page/2/");
            await newer.ClickAsync();
            await Expect(page).ToHaveURLAsync(home);
            await Expect(page.Locator(".lead-story h1")).ToContainTextAsync(BuiltSite.SeedTitleStart);

            // A story on an older page opens from there.
            await page.GotoAsync(home + "page/3/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Zoning plan for the riverside park opens for comments" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(home + "articles/zoning-plan-for-the-riverside-park-opens-for-comments/");
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Zoning plan for the riverside park opens for comments");
        });

    [BrowserTheory]
    [InlineData("root")]
    [InlineData("base-path")]
    public Task A_tag_link_on_an_article_leads_to_the_tag_page(string variant) =>
        BrowseAsync(variant, async (page, home, _) =>
        {
            // The sample documents have `tags:` front matter: "Weather" is on the snow and the vineyard stories.
            await page.GotoAsync(home + "articles/snow-closes-the-mountain-pass-for-a-third-day/");
            await page.Locator("a[rel~='tag']").Filter(new() { HasText = "Weather" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(home) + "tags/[^/]+/$"));

            await Expect(page.Locator("main h1")).ToContainTextAsync("Weather");
            await Expect(page.Locator(".story-headline")).ToHaveTextAsync(
                ["Snow closes the mountain pass for a third day", "Vineyards report an early harvest after a dry summer"]);
        });

    [BrowserTheory]
    [InlineData("root")]
    [InlineData("base-path")]
    public Task An_unknown_address_shows_the_styled_404_page_with_status_404(string variant) =>
        BrowseAsync(variant, async (page, home, problems) =>
        {
            var unknown = home + "articles/no-such-story/deeper/";
            problems.Expect404(unknown);

            var response = await page.GotoAsync(unknown);

            Assert.Equal(404, response!.Status);
            await Expect(page.Locator("main h1")).ToHaveTextAsync("Page not found");
            await Expect(page).ToHaveTitleAsync("Page not found · StaticNews");
            // The stylesheet loads at a nested unknown address too (root-relative links with the base path).
            Assert.Equal("rgb(251, 250, 247)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
            await Expect(page.Locator(".not-found li a").First).ToContainTextAsync(BuiltSite.SeedTitleStart);

            await page.GetByRole(AriaRole.Link, new() { Name = "Go to the front page" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(home);
            await Expect(page.Locator(".lead-story h1")).ToContainTextAsync(BuiltSite.SeedTitleStart);
        });

    [BrowserTheory]
    [InlineData("root")]
    [InlineData("base-path")]
    public Task Searching_from_the_header_finds_the_seed_article_for_Lavrov(string variant) =>
        BrowseAsync(variant, async (page, home, _) =>
        {
            await page.GotoAsync(home);
            var search = page.GetByRole(AriaRole.Search);
            await search.GetByLabel("Search the news").FillAsync("Lavrov");
            await search.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(home + "search/?q=Lavrov");

            var result = page.Locator(".search-result-link");
            // The status line's words come from the site's strings (t.search_one), through the search element's data attributes.
            await Expect(page.Locator(".search-status")).ToHaveTextAsync("1 result for “Lavrov”");
            await Expect(result).ToHaveCountAsync(1);
            await Expect(result).ToContainTextAsync(BuiltSite.SeedTitleStart);
            await Expect(page.Locator(".search-result-excerpt mark").First).ToContainTextAsync("Lavrov");

            await result.ClickAsync();
            await Expect(page).ToHaveURLAsync(home + SeedUrl);
            await Expect(page.Locator("main h1")).ToContainTextAsync(BuiltSite.SeedTitleStart);
        });

    /// <summary>A fresh browser context on the "root" or "base-path" site; fails on any problem the browser reports.</summary>
    private async Task BrowseAsync(string variant, Func<IPage, string, PageProblems, Task> steps)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await problems.VerifyAsync(() => steps(page, site.Url(variant), problems));
    }
}
