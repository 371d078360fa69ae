using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using StaticNews.Content;
using StaticNews.Site.Live;
using StaticNews.Site.Search;
using StaticNews.Site.Loading;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// A copy of the repository whose documents (news/) exercise what the generator decides across documents and within
/// one: front matter of every kind, custom fields, related slugs (one unknown), a contested slug, tags in two
/// spellings, a draft, a future article, boilerplate, an editor's note, UTF-16 and non-UTF-8 documents, an empty one,
/// an article type, corrections (one dated in the site's time zone) and a translation.
/// Built once with `dotnet build`: its compiled <c>Articles</c> and the site it wrote are what the preview must equal.
/// </summary>
public sealed class CompiledNewsRepository : IDisposable
{
    public CompiledNewsRepository()
    {
        var config = Path.Combine(Repo.Root, "staticnews.yml");
        File.WriteAllText(config, Regex.Replace(File.ReadAllText(config), "(?m)^documents:.*$", "documents: news"));
        Directory.CreateDirectory(Path.Combine(News, "desk"));
        Write("alpha.md", """
            ---
            title: Alpha talks resume in Yerevan
            description: Both sides return to the table.
            date: 2026-03-02T09:30:00+04:00
            updated: 2026-03-03
            authors: [Ann Hakobyan, Bob Smith]
            tags: [Politics, Armenia]
            section: World
            image: /images/alpha.jpg
            language: hy
            related: [beta-briefing, no-such-article]
            aliases: [/old/alpha/]
            priority: 3
            score: 2.5
            breaking: true
            embargo: 2026-02-01T10:00:00+04:00
            regions: [Tavush, Lori]
            source: Wire
            type: analysis
            corrections:
              - date: 2026-03-04
                text: "The talks resumed on Monday, not Tuesday."
              - date: 2026-03-05T10:00:00+04:00
                text: A quote was given to the wrong delegate.
            ---
            ## What happened

            The talks resumed on **Monday** after a [long pause](https://example.org/pause).

            - First point
            - Second point

            ![The venue of the talks](venue.jpg)

            Become a member
            """);
        Write("beta.txt", """
            ---
            slug: beta-briefing
            date: 2026-02-01
            tags: [politics, Économie]
            author: Carla
            related: [alpha]
            ---
            Beta briefing
            A short standfirst.
            The first paragraph of the briefing.
            Become a memberEditor's note: this story was updated.
            The last paragraph.
            """);
        Write("alpha-ru.md", """
            ---
            title: Переговоры возобновились в Ереване
            description: Стороны вернулись за стол.
            date: 2026-03-02T11:00:00+04:00
            lang: ru
            translation_of: alpha
            type: opinion
            ---
            Переговоры возобновились в понедельник.
            """);
        Write("clash-one.txt", "---\ndate: 2026-01-10\n---\nSame headline\nThe later one.\nBody one.\n");
        Write(Path.Combine("desk", "clash-two.txt"), "---\ndate: 2026-01-05\n---\nSame headline\nThe earlier one keeps the slug.\nBody two.\n");
        Write("draft.md", "---\ntitle: A draft\ndescription: Not yet.\ndraft: true\n---\nHidden.\n");
        Write("future.md", "---\ntitle: From the future\ndescription: Later.\ndate: 2999-01-01\n---\nNot yet.\n");
        Write("no-standfirst.txt", "Only a title\n");
        Write("undated-b.txt", "Undated B\nNo date.\nBody.\n");
        Write("undated-a.txt", "Undated A\nNo date either.\nBody.\n");
        Write("empty.txt", "  \n");
        Write("moved.md", "---\nredirect_to: /articles/alpha/\n---");
        Write("to-medium.md", "---\ntitle: Gone to Medium\nredirect_to: https://medium.com/@newsroom/gone-1a2b\n---");
        // Pages, not articles: in no list of articles, each at its own URL and in every footer.
        Directory.CreateDirectory(Path.Combine(News, "pages"));
        Write(Path.Combine("pages", "about.md"), "---\ntitle: About us\ndescription: Who we are.\n---\nWe are a **newsroom** in [Yerevan](/articles/alpha/).\n");
        Write(Path.Combine("pages", "contact.txt"), "Contact\nWrite to us.\nletters@example.org\n");
        File.WriteAllBytes(Path.Combine(News, "utf16.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Ջերմուկ UTF-16\nՍտանդֆերստ.\nՄարմին.\n")]);
        File.WriteAllBytes(Path.Combine(News, "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 society\nA standfirst.\nCaf\u00e9 body.\n"));

        // The content as a preview holds it after a series of edits: started before the last of these changes, then
        // told of each (an edit that moves an article to the front and renames its tag, a deletion, an addition).
        Write("gone.txt", "A story that is deleted\nIts standfirst.\nIts body.\n");
        Write("gone-later.md", "---\ntitle: Deleted after the first edits\ndescription: Gone soon.\ndate: 2026-02-20\ntags: [Armenia]\n---\nBody.\n");
        Write("undated-a.txt", "Undated A\nNo date either.\nThe first version.\n");
        var later = Path.Combine(News, "later.md");
        File.Delete(later);
        Edited = new LiveContent(Repo.Root);
        File.Delete(Path.Combine(News, "gone.txt"));
        Write("undated-a.txt", "---\ndate: 2026-04-01\ntags: [Breaking]\n---\nUndated A\nNo date either.\nBody.\n");
        Write("later.md", "---\ntitle: Added while previewing\ndescription: A new one.\ntags: [Armenia]\n---\nNew.\n");
        var movedAway = Path.Combine(News, "moved-away.md");
        Write("moved-away.md", "---\nurl: /old/moved-away.html\nredirect_to: 'https://example.org/moved?from=\"us\"&to=<them>'\n---");
        Edited.Update([Path.Combine(News, "gone.txt"), Path.Combine(News, "undated-a.txt"), later, movedAway]);
        // Then articles alone come and go, clashing with no other: taken into the content without compiling every document.
        File.Delete(Path.Combine(News, "gone-later.md"));
        Write("arrived.md", "---\ntitle: Arrived after the first edits\ndescription: New again.\ndate: 2026-03-01T08:00:00+04:00\ntags: [Armenia, politics, Ceasefire]\n---\nNew.\n");
        Edited.Update([Path.Combine(News, "gone-later.md"), Path.Combine(News, "arrived.md")]);
        LastEditsCompiledAll = Edited.LastUpdateCompiledAll;

        // alpha.md's lead picture and the picture in its body, so their copies are made both ways.
        Directory.CreateDirectory(Path.Combine(Repo.Root, "images"));
        TestPictures.MakePhoto(Path.Combine(Repo.Root, "images", "alpha.jpg"), 1200, 800, seed: 1);
        TestPictures.MakePhoto(Path.Combine(News, "venue.jpg"), 700, 400, seed: 2);

        // The README's build: search included, so the preview's search index is compared too.
        var build = Repo.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Compiled = LoadCompiledArticles();
    }

    public RepoCopy Repo { get; } = new();

    public string News => Path.Combine(Repo.Root, "news");

    /// <summary>The live content started over an earlier state of the documents and updated through each change since.</summary>
    public LiveContent Edited { get; }

    /// <summary>Whether the last change <see cref="Edited"/> took in (an article added, another deleted) compiled every document again.</summary>
    public bool LastEditsCompiledAll { get; }

    /// <summary>The live content as the documents are now, or as <see cref="Edited"/> reached it.</summary>
    public LiveContent Live(bool afterEdits) => afterEdits ? Edited : new LiveContent(Repo.Root);

    /// <summary>Articles.All, Articles.Tags and Articles.Redirects of the copy's compiled site.</summary>
    public (IReadOnlyList<Article> All, IReadOnlyList<Tag> Tags, IReadOnlyList<Redirect> Redirects) Compiled { get; }

    public void Dispose() => Repo.Dispose();

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(News, name), text + "\n");

    /// <summary>The copy's site assembly in a context of its own, sharing this process's runtime library (so its articles are <see cref="Article"/>s).</summary>
    private (IReadOnlyList<Article>, IReadOnlyList<Tag>, IReadOnlyList<Redirect>) LoadCompiledArticles()
    {
        var bin = Path.Combine(Repo.Root, "site", "bin");
        var assemblyPath = Directory.GetFiles(bin, "StaticNews.Site.dll", SearchOption.AllDirectories).Single(path => !path.Contains($"{Path.DirectorySeparatorChar}ref{Path.DirectorySeparatorChar}"));
        var assembly = new AssemblyLoadContext("compiled-news", isCollectible: false).LoadFromAssemblyPath(assemblyPath);
        var articles = assembly.GetType("StaticNews.Content.Articles", throwOnError: true)!;
        var all = (IReadOnlyList<Article>)articles.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var tags = (IReadOnlyList<Tag>)articles.GetProperty("Tags", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var redirects = (IReadOnlyList<Redirect>)articles.GetProperty("Redirects", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        CompiledPages = (IReadOnlyList<Page>)assembly.GetType("StaticNews.Content.Pages", throwOnError: true)!
            .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        return (all, tags, redirects);
    }

    /// <summary>Pages.All of the copy's compiled site.</summary>
    public IReadOnlyList<Page> CompiledPages { get; private set; } = [];
}

/// <summary>The preview's in-process content equals the compiled content of a real build, field by field and page by page.</summary>
public sealed class LiveContentEqualityTests(CompiledNewsRepository repository) : IClassFixture<CompiledNewsRepository>
{
    [Fact]
    public void An_article_added_and_another_deleted_are_taken_in_without_compiling_every_document()
    {
        Assert.False(repository.LastEditsCompiledAll);
        Assert.Contains(repository.Edited.Articles, article => article.Title == "Arrived after the first edits");
        Assert.DoesNotContain(repository.Edited.Articles, article => article.Title == "Deleted after the first edits");
        // A tag lists the very articles of Articles (those that name related articles were made again), as Articles.Tags does.
        var bySlug = repository.Edited.Articles.ToDictionary(article => article.Slug);
        Assert.All(repository.Edited.Tags.SelectMany(tag => tag.Articles), article => Assert.Same(bySlug[article.Slug], article));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_published_article_equals_the_compiled_one_in_every_observable_way(bool afterEdits)
    {
        var live = repository.Live(afterEdits);
        var (all, _, _) = repository.Compiled;

        // The corpus reaches every decision: the earlier article keeps the contested slug, drafts and the future stay out.
        Assert.Contains(all, article => article.Slug == "same-headline" && article.SourcePath == "news/desk/clash-two.txt");
        Assert.Contains(all, article => article.Slug == "same-headline-2");
        Assert.DoesNotContain(all, article => article.Title is "A draft" or "From the future" or "A story that is deleted");
        Assert.Equal("undated-a", all[0].Slug);
        Assert.Equal(12, all.Count);
        Assert.Equal((ArticleType.Analysis, 2), (all.Single(a => a.Slug == "alpha").Type, all.Single(a => a.Slug == "alpha").Corrections.Count));
        Assert.Equal("alpha", all.Single(a => a.Slug == "alpha-ru").TranslationOf);

        Assert.Equal(all.Select(a => a.Slug), live.Articles.Select(a => a.Slug));
        foreach (var (compiled, made) in all.Zip(live.Articles))
        {
            AssertSame(compiled, made);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_pages_equal_the_compiled_ones_and_are_no_articles(bool afterEdits)
    {
        var live = repository.Live(afterEdits);
        var compiled = repository.CompiledPages;

        Assert.Equal(new[] { "news/pages/about.md", "news/pages/contact.txt" }, compiled.Select(p => p.SourcePath));
        Assert.DoesNotContain(repository.Compiled.All, article => article.SourcePath.StartsWith("news/pages/", StringComparison.Ordinal));
        Assert.Equal(
            compiled.Select(p => (p.SourcePath, p.Slug, p.Url, p.Title, p.Description, p.Format, p.Language, p.Body)),
            live.Pages.Select(p => (p.SourcePath, p.Slug, p.Url, p.Title, p.Description, p.Format, p.Language, p.Body)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_tags_equal_the_compiled_ones(bool afterEdits)
    {
        var live = repository.Live(afterEdits);
        var (_, tags, _) = repository.Compiled;

        Assert.Contains(tags, tag => tag.Slug == "politics" && tag.Articles.Count == 3);
        Assert.Equal(tags.Select(t => (t.Name, t.Slug, t.Url)), live.Tags.Select(t => (t.Name, t.Slug, t.Url)));
        foreach (var (compiled, made) in tags.Zip(live.Tags))
        {
            Assert.Equal(compiled.Articles.Select(a => a.Slug), made.Articles.Select(a => a.Slug));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_redirects_to_other_sites_equal_the_compiled_ones(bool afterEdits)
    {
        var live = repository.Live(afterEdits);
        var (_, _, redirects) = repository.Compiled;

        Assert.Equal(new[] { "articles/to-medium/", "old/moved-away.html" }, redirects.Select(r => r.Path));
        Assert.Equal(redirects.Select(r => (r.SourcePath, r.Path, r.Target, r.Title)), live.Redirects.Select(r => (r.SourcePath, r.Path, r.Target, r.Title)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_site_rendered_from_the_live_content_equals_the_one_dotnet_build_wrote_byte_for_byte(bool afterEdits)
    {
        var live = repository.Live(afterEdits);
        var result = new LiveRender().Render(live.Articles, live.Tags, new BuildOptions
        {
            ConfigFile = Path.Combine(repository.Repo.Root, "staticnews.yml"),
            BuiltInTemplatesDirectory = Path.Combine(repository.Repo.Root, "site", "templates"),
            AssetsDirectory = Path.Combine(repository.Repo.Root, "site", "assets"),
            Pages = live.Pages,
            Search = true,
        }, live.Redirects);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));

        // What the preview serves is the map it renders into, and the search index made when asked for: the same files
        // as _site, byte for byte.
        var search = Assert.Single(result.Folders);
        Assert.False(search.IsMade);
        var served = result.Files.Concat(search.Files).ToDictionary(StringComparer.Ordinal);
        var built = Files(repository.Repo.Site);
        Assert.Contains("search-index/meta.json", built);
        Assert.Contains("search-index/docs/1.json", built);
        Assert.Contains("articles/alpha/index.html", built);
        Assert.Contains("old/alpha/index.html", built);
        Assert.Contains("articles/moved/index.html", built);
        Assert.Contains("articles/to-medium/index.html", built);
        Assert.Contains("old/moved-away.html", built);
        Assert.Contains("url=https://medium.com/@newsroom/gone-1a2b\"", File.ReadAllText(Path.Combine(repository.Repo.Site, "articles", "to-medium", "index.html")), StringComparison.Ordinal);
        Assert.Contains(built, file => file.StartsWith("images/alpha-", StringComparison.Ordinal) && file.EndsWith("-960.webp", StringComparison.Ordinal));
        Assert.Contains(built, file => file.StartsWith("images/venue-", StringComparison.Ordinal) && file.EndsWith("-700.webp", StringComparison.Ordinal));
        Assert.Contains("<picture>", File.ReadAllText(Path.Combine(repository.Repo.Site, "articles", "alpha", "index.html")).Split("class=\"article-body\"")[1], StringComparison.Ordinal);
        Assert.Contains("sections/world/index.html", built);
        Assert.Contains("hreflang=\"ru\"", File.ReadAllText(Path.Combine(repository.Repo.Site, "articles", "alpha", "index.html")), StringComparison.Ordinal);
        Assert.Contains("about/index.html", built);
        Assert.Contains("contact/index.html", built);
        Assert.Equal(built, served.Keys.Order(StringComparer.Ordinal));
        foreach (var file in built)
        {
            var content = served[file].Content;
            var expected = File.ReadAllBytes(Path.Combine(repository.Repo.Site, file));
            if (file == "search-index/" + SearchDigest.FileName)
            {
                // Its first line names the code that made the index: the copy's own build of the site, not this test's.
                (expected, content) = (WithoutFirstLine(expected), WithoutFirstLine(content));
                Assert.NotEmpty(content);
            }
            Assert.True(expected.AsSpan().SequenceEqual(content),
                $"{file} differs:\n--- dotnet build\n{File.ReadAllText(Path.Combine(repository.Repo.Site, file))}\n--- preview\n{Encoding.UTF8.GetString(content)}");
        }
    }

    private static byte[] WithoutFirstLine(byte[] text) => text[(Array.IndexOf(text, (byte)'\n') + 1)..];

    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static void AssertSame(Article compiled, Article made)
    {
        var what = compiled.SourcePath;
        Assert.Equal((what, compiled.Slug, compiled.Url, compiled.Format), (made.SourcePath, made.Slug, made.Url, made.Format));
        Assert.Equal(compiled.Aliases, made.Aliases);
        Assert.Equal((what, compiled.Title, compiled.Standfirst, compiled.EditorsNote), (made.SourcePath, made.Title, made.Standfirst, made.EditorsNote));
        Assert.Equal((what, compiled.Published, compiled.Updated), (made.SourcePath, made.Published, made.Updated));
        Assert.Equal((what, compiled.Published?.Offset, compiled.Updated?.Offset), (made.SourcePath, made.Published?.Offset, made.Updated?.Offset));
        Assert.Equal(compiled.Authors, made.Authors);
        Assert.Equal(compiled.Tags, made.Tags);
        Assert.Equal((what, compiled.Section, compiled.IsDraft, compiled.Image, compiled.Language), (made.SourcePath, made.Section, made.IsDraft, made.Image, made.Language));
        Assert.Equal(compiled.RelatedSlugs, made.RelatedSlugs);
        Assert.Equal((what, compiled.Type, compiled.TranslationOf), (made.SourcePath, made.Type, made.TranslationOf));
        Assert.Equal(compiled.Corrections, made.Corrections);
        Assert.Equal(compiled.Corrections.Select(c => c.Date.Offset), made.Corrections.Select(c => c.Date.Offset));
        Assert.Equal(compiled.Related.Select(a => a.Slug), made.Related.Select(a => a.Slug));
        Assert.Equal((what, compiled.WordCount, compiled.ReadingTime), (made.SourcePath, made.WordCount, made.ReadingTime));
        Assert.Equal((what, compiled.Excerpt), (made.SourcePath, made.Excerpt));
        Assert.Equal(compiled.GetParagraphs(), made.GetParagraphs());
        Assert.Equal((what, compiled.GetPlainText(), compiled.GetMarkdown()), (made.SourcePath, made.GetPlainText(), made.GetMarkdown()));
        Assert.Equal(compiled.Fields.Keys.Order(StringComparer.Ordinal), made.Fields.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in compiled.Fields)
        {
            var other = made.Fields[key];
            Assert.Equal((what, key, value.GetType()), (made.SourcePath, key, other.GetType()));
            Assert.Equal(value is IEnumerable<string> list ? string.Join("|", list) : value, other is IEnumerable<string> otherList ? string.Join("|", otherList) : other);
            if (value is DateTimeOffset date)
            {
                Assert.Equal(date.Offset, ((DateTimeOffset)other).Offset);
            }
        }
        Assert.Equal(compiled.ToString(), made.ToString());
    }
}
