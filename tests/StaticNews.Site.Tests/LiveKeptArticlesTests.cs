using StaticNews.Content;
using StaticNews.Site.Live;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// Documents that come and go in one burst, in one place and in many: every other article stays the object it was,
/// only the new ones are made, and the articles are those a fresh start reads, in its order, with its tags.
/// </summary>
public sealed class LiveKeptArticlesTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(12, 0)]
    [InlineData(0, 3)]
    [InlineData(12, 3)]
    public void Articles_that_came_and_went_are_taken_in_and_the_others_kept(int deleted, int added)
    {
        using var root = new PreviewRoot();
        for (var day = 1; day <= 28; day++)
        {
            root.Write($"story-{day:00}.md", Story($"Story {day:00}", $"2025-02-{day:00}", day % 3 == 0 ? "Politics" : "Climate"));
        }
        var content = new LiveContent(root.Root);
        var before = content.Articles.ToDictionary(article => article.Title);
        var changed = new List<string>();
        // Days next to each other, newest first in the list: one run of places, longer than the walk looks ahead.
        for (var day = 20; day > 20 - deleted; day--)
        {
            var path = Path.Combine(root.News, $"story-{day:00}.md");
            File.Delete(path);
            changed.Add(path);
        }
        for (var i = 0; i < added; i++)
        {
            var path = Path.Combine(root.News, $"new-{i}.md");
            File.WriteAllText(path, Story($"New {i}", $"2025-02-{10 + i:00}", "Politics"));
            changed.Add(path);
        }

        content.Update(changed);

        Assert.False(content.LastUpdateCompiledAll);
        Assert.Equal(added, content.ArticlesMade);
        var fresh = new LiveContent(root.Root);
        Assert.Equal(fresh.Articles.Select(article => article.Slug), content.Articles.Select(article => article.Slug));
        foreach (var article in content.Articles.Where(article => !article.Title.StartsWith("New ", StringComparison.Ordinal)))
        {
            Assert.Same(before[article.Title], article);
        }
        Assert.Equal(Tags(fresh), Tags(content));
        var bySlug = content.Articles.ToDictionary(article => article.Slug);
        Assert.All(content.Tags.SelectMany(tag => tag.Articles), article => Assert.Same(bySlug[article.Slug], article));
    }

    private static List<string> Tags(LiveContent content) =>
        content.Tags.Select(tag => $"{tag.Slug}: {string.Join(", ", tag.Articles.Select(article => article.Slug))}").ToList();

    private static string Story(string title, string date, string tag) =>
        $"---\ntitle: {title}\ndescription: About {title}.\ndate: {date}\ntags: [{tag}]\n---\nIts body.\n";
}
