using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StaticNews.Browser.Tests.Infrastructure;

namespace StaticNews.Browser.Tests;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) on each kind of page, in the light and then the dark color scheme: no serious
/// or critical violation. (Each axe run takes about 3 s: the package injects axe-core into the page and into a fresh
/// browser context for its isolated finishRun step, so the two schemes share one page rather than one test each.)
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public sealed class AccessibilityTests(BuiltSite site)
{
    [BrowserTheory]
    [InlineData("front page", "")]
    [InlineData("article", "articles/" + BuiltSite.SeedSlug + "/")]
    [InlineData("article with a lead picture", "articles/" + BuiltSite.PictureSlug + "/")]
    [InlineData("analysis with a correction and a picture in its body", "articles/" + BuiltSite.BodyPictureSlug + "/")]
    [InlineData("page of pages/", BuiltSite.AboutPage)]
    [InlineData("404 page", "no-such-page/")]
    public async Task A_page_has_no_serious_or_critical_axe_violations_in_light_and_dark(string kind, string path)
    {
        await AssertAccessibleAsync(kind, path);
    }

    [BrowserFact]
    public async Task The_search_page_with_results_has_no_serious_or_critical_axe_violations_in_light_and_dark()
    {
        await AssertAccessibleAsync("search page", "search/?q=Lavrov", page => page.Locator(".search-result-link").First.WaitForAsync());
    }

    [BrowserFact]
    public async Task A_tag_page_has_no_serious_or_critical_axe_violations_in_light_and_dark()
    {
        // The tag page that an article's "Weather" tag links to (see NavigationTests).
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("root") + "articles/snow-closes-the-mountain-pass-for-a-third-day/");
        var href = await page.Locator("a[rel~='tag']").Filter(new() { HasText = "Weather" }).GetAttributeAsync("href");
        Assert.NotNull(href);
        await AssertAccessibleAsync("tag page", href.TrimStart('/'));
    }

    /// <summary>
    /// A Markdown body as blogs moved from Hugo or Jekyll write them (raw HTML, footnotes, definition and task lists,
    /// heading ids, a shortcode shown as code), rendered as the site renders bodies and put in an article page: the
    /// test site's documents are plain text, and a new one would change every listing the other tests count.
    /// </summary>
    [BrowserFact]
    public async Task A_Markdown_body_with_raw_html_and_extensions_has_no_serious_or_critical_axe_violations()
    {
        var html = StaticNews.Site.Rendering.MarkdownRenderer.ToHtml("""
            ## Setup {#setup}

            A claim[^1] with <em>inline</em> HTML, H<sub>2</sub>O and a [link to the setup](#setup).

            <figure>
              <img src="/no-such-image.png" alt="A chart of the results" width="320" height="200">
              <figcaption>The results</figcaption>
            </figure>

            <details><summary>More detail</summary>Hidden until opened.</details>

            <table><thead><tr><th scope="col">Year</th><th scope="col">Count</th></tr></thead>
            <tbody><tr><td>2024</td><td>3</td></tr></tbody></table>

            Term
            :   Its definition.

            - [x] Done
            - [ ] Not yet

            {{< figure
              src="x.png"
            >}}

            {% highlight ruby %}
            puts "hi"
            {% endhighlight %}

            [^1]: The source.
            """, "/");
        await AssertAccessibleAsync("Markdown article", "articles/" + BuiltSite.SeedSlug + "/",
            page => page.EvaluateAsync("html => { document.querySelector('.article-body').innerHTML = html; }", html));
    }

    private async Task AssertAccessibleAsync(string kind, string path, Func<IPage, Task>? ready = null)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            await page.GotoAsync(site.Url("root") + path);
            if (ready is not null)
            {
                await ready(page);
            }
            // The scheme really is in force: the page's background is the stylesheet's paper colour for it.
            var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
            Assert.Equal(scheme == ColorScheme.Dark ? "rgb(21, 21, 20)" : "rgb(251, 250, 247)", background);

            AxeResult result = await page.RunAxe();

            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            if (serious.Count > 0)
            {
                problems.Add($"axe found serious or critical violations on the {kind} ({path}) in {scheme} mode:\n" + Describe(serious));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join("\n", violations.Select(v =>
        $"- {v.Id} ({v.Impact}): {v.Help} {v.HelpUrl}\n" +
        string.Join("\n", v.Nodes.Select(n => $"    {n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}\n      {n.Html}"))));
}
