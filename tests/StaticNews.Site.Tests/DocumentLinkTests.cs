using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// A symbolic link in the documents folder is followed only when its real path stays inside that folder: a link to a
/// file or a folder outside is left out with a warning naming it, and nothing from outside reaches the site.
/// </summary>
public sealed class DocumentLinkTests
{
    [Fact]
    public void Links_out_of_the_documents_folder_are_refused_and_links_inside_it_are_followed()
    {
        using var repo = new RepoCopy();
        var docs = Path.Combine(repo.Root, "linked-docs");
        var outside = Path.Combine(repo.Root, "outside");
        Directory.CreateDirectory(Path.Combine(docs, "section"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(docs, "real.txt"), "Real headline\nA standfirst.\nBody.\n");
        File.WriteAllText(Path.Combine(docs, "section", "inner.txt"), "Inner headline\nA standfirst.\nBody.\n");
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "Secret headline\nA standfirst.\nTOP SECRET body.\n");
        File.CreateSymbolicLink(Path.Combine(docs, "leak.txt"), Path.Combine(outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(docs, "relative-leak.txt"), "../outside/secret.txt");
        Directory.CreateSymbolicLink(Path.Combine(docs, "outside-folder"), outside);
        File.CreateSymbolicLink(Path.Combine(docs, "passwd.txt"), "/etc/passwd");
        Directory.CreateSymbolicLink(Path.Combine(docs, "alias-section"), "section");
        Directory.CreateSymbolicLink(Path.Combine(docs, "section", "loop"), docs);

        var build = repo.Build($"-p:StaticNewsDocuments={docs}", "-p:StaticNewsSearch=false");

        Assert.True(build.ExitCode == 0, build.Output);
        foreach (var link in new[] { "leak.txt", "relative-leak.txt", "passwd.txt" })
        {
            Assert.Contains($"{Path.Combine(docs, link)}(1,1): warning SN0031: '{link}' is left out of the site: it is a symbolic link to ", build.Output);
        }
        Assert.Contains($"{Path.Combine(docs, "outside-folder")}(1,1): warning SN0031: the folder 'outside-folder' is left out of the site", build.Output);
        var site = Directory.EnumerateFiles(repo.Site, "*", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        Assert.DoesNotContain(site, text => text.Contains("TOP SECRET") || text.Contains("Secret headline") || text.Contains("root:"));
        var articles = Directory.GetDirectories(Path.Combine(repo.Site, "articles")).Select(d => Path.GetFileName(d)).Order().ToList();
        // The folder linked inside is followed (its article published twice, as a copy would be); the loop is not.
        Assert.Equal(["inner-headline", "inner-headline-2", "real-headline"], articles);
    }
}
