using AngleSharp.Html.Parser;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// A picture outside the documents folder (<c>image: /images/lead.jpg</c>, from the content root) is an input of the
/// README's `dotnet build`: a no-op build renders nothing, and a changed photo renders its page again with new copies.
/// </summary>
public sealed class PictureInputsBuildTests
{
    [Fact]
    public void A_changed_picture_outside_the_documents_folder_renders_the_site_again()
    {
        using var repo = new RepoCopy();
        Directory.CreateDirectory(Path.Combine(repo.Root, "images"));
        var photo = Path.Combine(repo.Root, "images", "lead.jpg");
        TestPictures.MakePhoto(photo, 800, 500, seed: 1);
        File.WriteAllText(Path.Combine(repo.Root, "seeds", "photo-story.md"),
            "---\ntitle: A story with a photo\ndescription: Seen from above.\ndate: 2025-01-02\nimage: /images/lead.jpg\nimage_alt: The square from above\n---\nBody.\n");

        var first = repo.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        var before = LeadPicture(repo);
        Assert.Contains("lead-", before);

        var noop = repo.Build();
        Assert.True(noop.ExitCode == 0, noop.Output);
        Assert.DoesNotContain("StaticNews: ", noop.Output);

        TestPictures.MakePhoto(photo, 800, 500, seed: 2);
        var changed = repo.Build();
        Assert.True(changed.ExitCode == 0, changed.Output);
        var after = LeadPicture(repo);
        Assert.NotEqual(before, after);
        Assert.True(File.Exists(Path.Combine(repo.Site, after.TrimStart('/'))), after);
    }

    private static string LeadPicture(RepoCopy repo)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(repo.Site, "articles", "photo-story", "index.html")));
        return page.QuerySelector("figure img")?.GetAttribute("src") ?? "";
    }
}
