using System.Runtime.Versioning;
using StaticNews.Site.Loading;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// A link among the assets publishes a file only when its real path is inside the assets folder: one leading outside
/// (to a secret, to another folder) is left out with a one-line warning naming it, and the rest of the site builds.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class AssetLinkTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void A_link_leading_outside_the_assets_is_left_out_with_a_warning_naming_it()
    {
        var secret = _temp.Combine("secret.txt");
        File.WriteAllText(secret, "password");
        var outsideFolder = _temp.Combine("outside");
        Directory.CreateDirectory(outsideFolder);
        File.WriteAllText(Path.Combine(outsideFolder, "private.txt"), "private");
        var assets = _temp.Combine("assets");
        Directory.CreateDirectory(Path.Combine(assets, "fonts"));
        File.WriteAllText(Path.Combine(assets, "site.css"), "body {}");
        File.WriteAllText(Path.Combine(assets, "fonts", "serif.woff2"), "font");
        File.CreateSymbolicLink(Path.Combine(assets, "leak.txt"), secret);
        File.CreateSymbolicLink(Path.Combine(assets, "fonts", "sneaky.txt"), "../../secret.txt");
        Directory.CreateSymbolicLink(Path.Combine(assets, "elsewhere"), outsideFolder);
        File.CreateSymbolicLink(Path.Combine(assets, "alias.css"), "site.css");
        var output = _temp.Combine("_site");

        var articles = new[] { new TestArticle("a-story", "A story", paragraphs: ["One."]) };
        var result = SiteBuilder.Build(articles, [], new BuildOptions { OutputDirectory = output, AssetsDirectory = assets });

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var published = Directory.EnumerateFiles(Path.Combine(output, "assets"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(["assets/alias.css", "assets/fonts/serif.woff2", "assets/site.css"], published);
        Assert.Equal("body {}", File.ReadAllText(Path.Combine(output, "assets", "alias.css")));
        foreach (var refused in new[] { "leak.txt", Path.Combine("fonts", "sneaky.txt"), "elsewhere" })
        {
            var path = Path.Combine(assets, refused);
            Assert.Single(result.Problems, p => p.StartsWith(path + ": warning SNS0010: ", StringComparison.Ordinal) && !p.Contains('\n'));
        }
        Assert.Equal(3, result.Problems.Count);
    }

    /// <summary>The README's build: MSBuild copies the assets into bin/ with their links resolved, so the render reads them from site/assets.</summary>
    [Fact]
    public void Dotnet_build_publishes_no_file_that_a_link_in_site_assets_leads_to_outside()
    {
        using var repo = new RepoCopy();
        var secret = _temp.Combine("secret.txt");
        File.WriteAllText(secret, "password");
        var link = Path.Combine(repo.Root, "site", "assets", "leak.txt");
        File.CreateSymbolicLink(link, secret);

        var result = repo.Build("-p:StaticNewsSearch=false");

        Assert.True(result.ExitCode == 0, result.Output);
        // MSBuild prints the site's warning in its own form: "file : warning CODE: message".
        Assert.Contains($"{link} : warning SNS0010: ", result.Output);
        Assert.True(File.Exists(Path.Combine(repo.Site, "assets", "site.css")));
        Assert.False(File.Exists(Path.Combine(repo.Site, "assets", "leak.txt")));
        Assert.DoesNotContain(Directory.EnumerateFiles(repo.Site, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("password"));
    }

    public void Dispose() => _temp.Dispose();
}
