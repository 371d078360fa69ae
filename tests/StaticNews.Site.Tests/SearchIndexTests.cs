using System.Runtime.Versioning;
using StaticNews.Content;
using StaticNews.Site.Loading;
using StaticNews.Site.Rendering;
using StaticNews.Site.Search;
using StaticNews.Site.Writing;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The search index is built from one record per article (no page parsed), and only when a record changed: what a
/// reader finds is checked with Pagefind's own search script over the built index.
/// </summary>
public sealed class SearchIndexTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _temp = new();

    private string Output => _temp.Combine("_site");

    private static List<Article> Articles(string secondBody = "Two.", string thirdTag = "Economy") =>
    [
        new TestArticle("first-story", "First story", published: Day.AddDays(2), tags: ["Politics"], authors: ["Ani Petrosyan"],
            paragraphs: ["The quokkaburg ferry resumed on Monday.", "A second paragraph."]),
        new TestArticle("second-story", "Second story", published: Day.AddDays(1), tags: ["Politics"], paragraphs: [secondBody]),
        new TestArticle("markdown-story", "Markdown story", published: Day, tags: [thirdTag], markdown:
            "Talks on *zeppelinade* tariffs.\n\n## Background\n\n- a [linked](https://example.com/) item about gravelworth\n\n" +
            "<figure><img src=\"/a.png\" alt=\"\"><figcaption>Harbour of Ostrovia</figcaption></figure>\n\n<script>var hiddenword = 1;</script>\n"),
    ];

    private BuildResult Build(IReadOnlyList<Article> articles, string pagefind)
    {
        var result = SiteBuilder.Build(articles, TestArticle.TagsOf(articles), new BuildOptions { OutputDirectory = Output, PagefindCommand = pagefind });
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result;
    }

    [Fact]
    public void The_index_finds_an_article_by_a_word_of_its_body_with_its_title_and_url()
    {
        Build(Articles(), PagefindSearch.Command);

        var plain = Assert.Single(PagefindSearch.Find(Output, "quokkaburg"));
        Assert.Equal(("/articles/first-story/", "First story"), (plain.Url, plain.Title));
        Assert.Contains("<mark>quokkaburg</mark> ferry", plain.Excerpt);
        Assert.Equal("/articles/first-story/", Assert.Single(PagefindSearch.Find(Output, "Petrosyan")).Url);

        // A Markdown body is searched by the words it shows, not its syntax: emphasis, list items, link text, a figure's caption.
        foreach (var word in new[] { "zeppelinade", "gravelworth", "linked", "Ostrovia", "Background" })
        {
            var markdown = Assert.Single(PagefindSearch.Find(Output, word));
            Assert.Equal(("/articles/markdown-story/", "Markdown story"), (markdown.Url, markdown.Title));
        }
        Assert.DoesNotContain("*", Assert.Single(PagefindSearch.Find(Output, "zeppelinade")).Excerpt);
        // What no page shows is not searched: a script, a link's address, a tag (the tags' footer never was).
        Assert.Empty(PagefindSearch.Find(Output, "hiddenword"));
        Assert.Empty(PagefindSearch.Find(Output, "example"));
        Assert.Empty(PagefindSearch.Find(Output, "Economy"));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Pagefind_runs_again_only_when_an_articles_record_changed()
    {
        var (pagefind, runs) = CountingPagefind();

        Build(Articles(), pagefind);
        Assert.Equal(1, runs());

        // Nothing searchable changed (the same articles; then another tag, which the index does not hold): the index is kept.
        Build(Articles(), pagefind);
        Build(Articles(thirdTag: "Culture"), pagefind);
        Assert.Equal(1, runs());
        Assert.Equal("/articles/first-story/", Assert.Single(PagefindSearch.Find(Output, "quokkaburg")).Url);

        // One body edited: indexed again, and the new word is found.
        Build(Articles(secondBody: "Two walrusine days.", thirdTag: "Culture"), pagefind);
        Assert.Equal(2, runs());
        Assert.Equal("/articles/second-story/", Assert.Single(PagefindSearch.Find(Output, "walrusine")).Url);
        Assert.Equal("/articles/first-story/", Assert.Single(PagefindSearch.Find(Output, "quokkaburg")).Url);

        // An index removed from the output is built again, even though the records did not change.
        Directory.Delete(Path.Combine(Output, "pagefind"), recursive: true);
        Build(Articles(secondBody: "Two walrusine days.", thirdTag: "Culture"), pagefind);
        Assert.Equal(3, runs());
        Assert.Equal("/articles/second-story/", Assert.Single(PagefindSearch.Find(Output, "walrusine")).Url);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_split_index_finds_every_article_and_an_edit_indexes_only_its_shard_again()
    {
        var (pagefind, runs) = CountingPagefind();
        const int Shards = 3;
        static List<SearchRecord> Records(string edited) => Enumerable.Range(0, 12)
            .Select(i => new SearchRecord($"/articles/story-{i}/", "en", $"Story {i}", $"Story {i}. Word{i}x appears here.{(i == 5 ? " " + edited : "")}"))
            .ToList();
        void Index(List<SearchRecord> records)
        {
            using var output = new StagedOutput(Output);
            output.WriteText("index.html", "<!DOCTYPE html><title>Home</title>");
            Assert.Null(SearchIndexer.Run(pagefind, output, records, Shards));
            output.Commit();
        }
        string[] Others() => Enumerable.Range(1, Shards - 1).Select(SearchShards.Folder).ToArray();

        Index(Records("First version."));
        Assert.Equal(Shards, runs());
        Assert.Equal(Shards, Enumerable.Range(0, Shards).Count(shard => File.Exists(Path.Combine(Output, SearchShards.Folder(shard), "pagefind-entry.json"))));
        for (var i = 0; i < 12; i++)
        {
            var found = Assert.Single(PagefindSearch.Find(Output, $"word{i}x", Others()));
            Assert.Equal(($"/articles/story-{i}/", $"Story {i}"), (found.Url, found.Title));
        }

        Index(Records("Second mandolinite version."));
        Assert.Equal(Shards + 1, runs());
        Assert.Equal("/articles/story-5/", Assert.Single(PagefindSearch.Find(Output, "mandolinite", Others())).Url);
        Assert.Equal(12, Enumerable.Range(0, 12).Count(i => PagefindSearch.Find(Output, $"word{i}x", Others()).Count == 1));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Shards_are_indexed_side_by_side()
    {
        // Each Pagefind, before it starts, says it is there and waits (up to a minute) until another one is too; one
        // indexer after another would keep the first waiting the whole minute, and never see the second. (On a machine
        // of more than one core: one core indexes one shard at a time.)
        var marks = _temp.Combine("marks");
        Directory.CreateDirectory(marks);
        var pagefind = PagefindBehind("waiting-pagefind",
            $"touch '{marks}'/started-$$\n" +
            "i=0\n" +
            $"while [ $(ls '{marks}' | grep -c started-) -lt 2 ] && [ $i -lt 600 ]; do sleep 0.1; i=$((i+1)); done\n" +
            $"if [ $i -lt 600 ]; then touch '{marks}'/met-$$; fi\n");
        var records = Enumerable.Range(0, 8).Select(i => new SearchRecord($"/articles/story-{i}/", "en", $"Story {i}", $"Story {i}. Word{i}x appears here.")).ToList();

        using (var output = new StagedOutput(Output))
        {
            Assert.Null(SearchIndexer.Run(pagefind, output, records, shards: 2));
            output.Commit();
        }

        Assert.Equal(2, Directory.GetFiles(marks, "started-*").Length);
        Assert.NotEmpty(Directory.GetFiles(marks, "met-*"));
        Assert.Equal(8, Enumerable.Range(0, 8).Count(i => PagefindSearch.Find(Output, $"word{i}x", [SearchShards.Folder(1)]).Count == 1));
    }

    /// <summary>The real Pagefind, behind a script that counts its runs.</summary>
    [UnsupportedOSPlatform("windows")]
    private (string Pagefind, Func<int> Runs) CountingPagefind()
    {
        var runs = _temp.Combine("runs.log");
        return (PagefindBehind("counting-pagefind", $"echo run >> '{runs}'\n"), () => File.Exists(runs) ? File.ReadAllLines(runs).Length : 0);
    }

    /// <summary>A shell script that runs <paramref name="before"/>, then the real Pagefind with its own arguments.</summary>
    [UnsupportedOSPlatform("windows")]
    private string PagefindBehind(string name, string before)
    {
        var script = _temp.Combine(name);
        File.WriteAllText(script, $"#!/bin/sh\n{before}exec '{PagefindSearch.Command}' \"$@\"\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    public void Dispose() => _temp.Dispose();
}
