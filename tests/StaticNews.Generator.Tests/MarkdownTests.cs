using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Generator.Content;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Markdown documents: the body reaches <c>Article.Markdown</c> exactly as written (the site renders it to HTML), the
/// title comes from front matter or a leading "# Heading", and editor's notes and boilerplate are taken out as in
/// plain text, but never from inside a code block.
/// </summary>
public sealed class MarkdownTests
{
    /// <summary>Every construct the site renders; "  " before a line end is a Markdown hard line break.</summary>
    private const string Body = """
        Intro with *emphasis*, **strong**, `code` and a [link](https://example.org/a?b=1&c=2 "Title").
        A hard line break follows,  
        so this is the same paragraph on a new line.

        ## A subheading

        - one
        - two
          - nested, indented

        1. first
        2. second

        > A quote
        > on two lines.

        ![Alt text](/images/photo.jpg "Caption")

        | Col A | Col B |
        |:------|------:|
        | 1     | 2     |

        ```csharp
        var x = 1;

            var indented = "kept";   

        // Editor's note: inside code, not a note
        ```

        ~~~markdown
        ```
        Editor's note: still inside the tilde fence
        ```
        ~~~

            indented code block

        Final paragraph.
        """;

    private static GeneratorRun Run(params AdditionalText[] documents) =>
        GeneratorHarness.Run(documents, TestData.Options()).AssertHealthy();

    [Fact]
    public void The_body_is_kept_exactly_as_written_and_the_format_is_Markdown()
    {
        var run = Run(TestData.Document("story.md", "---\ntitle: Markdown story\nstandfirst: With every construct.\n---\n" + Body + "\n"));

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("Markdown", LoadedContent.Get<object>(article, "Format").ToString());
        Assert.Equal(Body, LoadedContent.Call<string>(article, "GetMarkdown"));
        Assert.Equal("Markdown story", LoadedContent.Get<string>(article, "Title"));
        Assert.Equal("With every construct.", LoadedContent.Get<string>(article, "Standfirst"));
        Assert.Null(LoadedContent.Get<string?>(article, "EditorsNote"));
        Assert.StartsWith("Intro with *emphasis*", LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CRLF_line_ends_give_the_same_body_with_LF()
    {
        var text = ("---\ntitle: Markdown story\nstandfirst: With every construct.\n---\n" + Body + "\n").Replace("\n", "\r\n");

        var run = Run(TestData.Document("story.md", text));

        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(Body, LoadedContent.Call<string>(Assert.Single(content.All), "GetMarkdown"));
    }

    [Fact]
    public void A_line_of_spaces_between_blocks_is_a_blank_line_and_the_blocks_are_two_paragraphs()
    {
        var run = Run(TestData.Document("spaces.md", "---\ntitle: Spaces\nstandfirst: S.\n---\nFirst block,  \nsame block.\n   \t\nSecond block.\n"));

        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("First block,  \nsame block.\n\nSecond block.", LoadedContent.Call<string>(article, "GetMarkdown"));
        Assert.Equal(new[] { "First block,  \nsame block.", "Second block." }, LoadedContent.Call<IReadOnlyList<string>>(article, "GetParagraphs"));
    }

    /// <summary>
    /// The parser counts words and blocks as it reads the lines; counted again here from the body it kept, split at white
    /// space (what <see cref="char.IsWhiteSpace(char)"/> calls so, as the count does), for bodies with every kind of block,
    /// blank lines inside code, lines of spaces, tabs and no-break spaces, boilerplate and an editor's note taken out.
    /// </summary>
    [Theory]
    [InlineData(Body)]
    [InlineData("One.")]
    [InlineData("First block,  \nsame block.\n   \t\nSecond\u00A0block with a no-break space.\n\n\n")]
    [InlineData("```\n\n   \n```")]
    [InlineData("Become a member Editor's note: a note.\nText after  it.\n\n    code\n\n    more code\n- item\n\n  continued")]
    [InlineData("Amidst the current global turmoil, small news outlets like ours could be the first to close. Please give.\n\nThe only paragraph left.\n\nBecome a member")]
    public void The_word_count_is_the_words_of_the_body_kept(string body)
    {
        var parsed = ContentCompiler.Parse(TestData.ContentRoot + "/seeds/words.md",
            SourceText.From("---\ntitle: Words\nstandfirst: S.\n---\n" + body + "\n"), TestData.RepositoryOptions());

        var article = Assert.IsType<Model.ArticleDocument>(parsed.Article);
        Assert.Equal(article.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, article.WordCount);
        Assert.True(article.WordCount > 0);
    }

    [Fact]
    public void A_plain_text_article_has_no_Markdown()
    {
        var run = Run(TestData.Document("plain.txt", TestData.PlainText("Plain", "Standfirst.", "Body with *stars*.")));

        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("PlainText", LoadedContent.Get<object>(article, "Format").ToString());
        Assert.Null(LoadedContent.Call<string?>(article, "GetMarkdown"));
    }

    [Fact]
    public void Without_a_front_matter_title_the_leading_heading_is_the_title_and_leaves_the_body()
    {
        var run = Run(TestData.Document("the-real-headline.md", "---\nstandfirst: From front matter.\n---\n\n# The real headline #\n\nFirst paragraph.\n\n# A later heading stays\n"));

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("The real headline", LoadedContent.Get<string>(article, "Title"));
        Assert.Equal("First paragraph.\n\n# A later heading stays", LoadedContent.Call<string>(article, "GetMarkdown"));
        Assert.Equal("the-real-headline", LoadedContent.Get<string>(article, "Slug"));
    }

    [Fact]
    public void A_heading_without_front_matter_is_the_title_too()
    {
        var path = TestData.DocumentPath("bare.md");
        var run = Run(TestData.Document("bare.md", "\n# Bare heading\nBody paragraph.\n"));

        // No standfirst: Markdown takes it only from front matter. Reported at the heading.
        DiagnosticAssert.At(Assert.Single(run.Diagnostics), "SN0002", DiagnosticSeverity.Warning, path, 2, 1);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("Bare heading", LoadedContent.Get<string>(article, "Title"));
        Assert.Equal("Body paragraph.", LoadedContent.Call<string>(article, "GetMarkdown"));
    }

    [Fact]
    public void A_front_matter_title_wins_and_a_leading_heading_stays_in_the_body()
    {
        var run = Run(TestData.Document("both.md", "---\ntitle: Front matter title\nstandfirst: S.\n---\n# Heading\n\nBody.\n"));

        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("Front matter title", LoadedContent.Get<string>(article, "Title"));
        Assert.Equal("# Heading\n\nBody.", LoadedContent.Call<string>(article, "GetMarkdown"));
    }

    [Theory]
    [InlineData("Just a paragraph, no heading.\n\nAnother one.\n", 1)]
    [InlineData("## Only a second-level heading\n\nBody.\n", 1)]
    [InlineData("---\nstandfirst: Has a standfirst.\n---\n#Not a heading without the space\n", 1)]
    public void No_title_at_all_is_SN0023_and_the_file_name_is_the_title(string text, int line)
    {
        var path = TestData.DocumentPath("untitled-story.md");
        var run = Run(TestData.Document("untitled-story.md", text), TestData.Document("good.txt", TestData.PlainText("Good", "S.", "B.")));

        var diagnostic = DiagnosticAssert.Single(run.Diagnostics, "SN0023");
        DiagnosticAssert.At(diagnostic, "SN0023", DiagnosticSeverity.Warning, path, line, 1);
        Assert.Contains("'untitled-story'", diagnostic.GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal("untitled-story", LoadedContent.Get<string>(content.BySlug("untitled-story")!, "Title"));
        Assert.Equal(2, content.All.Count);
    }

    [Fact]
    public void Editors_note_and_boilerplate_are_taken_out_of_Markdown_too()
    {
        var path = TestData.DocumentPath("note.md");
        var run = GeneratorHarness.Run(
            new AdditionalText[]
            {
                TestData.Config("boilerplate:\n  - '^Support independent journalism'\n  - '^Become a member$'\n"),
                TestData.Document("note.md", """
                    ---
                    title: Noted
                    standfirst: S.
                    ---
                    First paragraph.

                    Become a memberEditor’s note: This article was updated at 10:00.

                    Support independent journalism: donate today!

                    ```
                    Support independent journalism (a code sample, kept)
                    ```

                    Last paragraph.
                    """),
            },
            TestData.Options()).AssertHealthy();

        // The call-to-action glued to the note, and the appeal: each removal is reported at its line.
        Assert.Collection(run.Diagnostics,
            d => DiagnosticAssert.At(d, "SN0006", DiagnosticSeverity.Info, path, 7, 1),
            d => DiagnosticAssert.At(d, "SN0006", DiagnosticSeverity.Info, path, 9, 1));
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("This article was updated at 10:00.", LoadedContent.Get<string>(article, "EditorsNote"));
        // A removed line leaves its blank lines behind; in Markdown any run of blank lines is one break.
        Assert.Equal("First paragraph.\n\n```\nSupport independent journalism (a code sample, kept)\n```\n\nLast paragraph.",
            Regex.Replace(LoadedContent.Call<string>(article, "GetMarkdown"), "\n{3,}", "\n\n"));
    }
}
