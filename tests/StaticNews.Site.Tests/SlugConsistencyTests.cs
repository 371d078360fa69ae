using AngleSharp.Html.Parser;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// Tag and author slugs are made twice: by the generator inside the compiler (Articles.Tags, with ICU) and by the
/// site as it renders (bylines, tag links), which runs with InvariantGlobalization. The real `dotnet build` runs
/// both as a user does, so accents must give the same slug in each.
/// </summary>
public sealed class SlugConsistencyTests
{
    [Fact]
    public void Accented_authors_and_tags_get_the_same_slug_in_the_generator_and_the_site()
    {
        using var repo = new RepoCopy();
        File.WriteAllText(Path.Combine(repo.Root, "seeds", "accents.md"),
            "---\ntitle: Café culture returns\ndescription: Terraces reopen.\ndate: 2025-04-02\nauthors: [Daniel Martí]\ntags: [café, Économie]\n---\nBody.\n");

        var build = repo.Build("-p:StaticNewsSearch=false");
        Assert.True(build.ExitCode == 0, build.Output);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(repo.Site, "articles", "accents", "index.html")));
        Assert.Equal(["/authors/daniel-marti/"], page.QuerySelectorAll(".byline a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(["/tags/cafe/", "/tags/economie/"], page.QuerySelectorAll("a[rel=tag]").Select(a => a.GetAttribute("href")!));
        foreach (var path in new[] { "authors/daniel-marti", "tags/cafe", "tags/economie" })
        {
            Assert.True(File.Exists(Path.Combine(repo.Site, path, "index.html")), $"{path}/index.html is missing; the site has: "
                + string.Join(", ", Directory.GetDirectories(Path.Combine(repo.Site, path.Split('/')[0])).Select(Path.GetFileName)));
        }
    }
}
