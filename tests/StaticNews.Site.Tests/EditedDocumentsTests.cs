using StaticNews.Site.Live;
using StaticNews.Site.Loading;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// <see cref="EditedDocuments"/>: the documents the scan listed as edited in their body only are parsed again and their
/// articles replaced where they stand (in the list and in their tags) by the same articles with the new bodies; one
/// changed again since the scan judged it is left as compiled.
/// </summary>
public sealed class EditedDocumentsTests
{
    private const string Story = "---\ntitle: A story\ndescription: Told twice.\ndate: 2025-01-02\ntags: [Town]\n---\nThe first paragraph.\n";

    [Fact]
    public void A_listed_document_gets_its_new_body_in_every_list_and_the_others_stay()
    {
        using var root = new TempDirectory();
        Directory.CreateDirectory(root.Combine("seeds"));
        var story = root.Combine("seeds", "story.md");
        File.WriteAllText(story, Story);
        File.WriteAllText(root.Combine("seeds", "other.md"), Story.Replace("A story", "Another story").Replace("2025-01-02", "2025-01-03"));
        var compiled = new LiveContent(root.Path);
        File.WriteAllText(story, Story.Replace("The first paragraph.", "The first paragraph, rewritten.\n\nAnd a second."));
        var list = root.Combine("edited");
        File.WriteAllText(list, Line(story));

        var (articles, tags) = EditedDocuments.Apply(list, new BuildOptions { ContentRoot = root.Path }, compiled.Articles, compiled.Tags);

        var before = compiled.Articles.Single(a => a.Title == "A story");
        var after = articles.Single(a => a.Title == "A story");
        Assert.NotSame(before, after);
        Assert.Equal(compiled.Articles.ToList().IndexOf(before), articles.ToList().IndexOf(after));
        Assert.Equal("The first paragraph, rewritten.\n\nAnd a second.", after.GetMarkdown()!.Trim());
        Assert.Equal((before.Slug, before.Url, before.Standfirst, before.Published), (after.Slug, after.Url, after.Standfirst, after.Published));
        Assert.Same(compiled.Articles.Single(a => a.Title == "Another story"), articles.Single(a => a.Title == "Another story"));
        Assert.Contains(after, tags.Single(t => t.Name == "Town").Articles);
        Assert.DoesNotContain(before, tags.Single(t => t.Name == "Town").Articles);

        // Saved again after the scan judged it: the compiled article stands until the next build scans it.
        File.WriteAllText(list, Line(story).Replace("\t" + new FileInfo(story).Length + "\t", "\t1\t"));
        var (unchanged, _) = EditedDocuments.Apply(list, new BuildOptions { ContentRoot = root.Path }, compiled.Articles, compiled.Tags);
        Assert.Same(before, unchanged.Single(a => a.Title == "A story"));
    }

    private static string Line(string path) => path + "\t" + new FileInfo(path).Length + "\t" + File.GetLastWriteTimeUtc(path).Ticks + "\n";
}
