using Microsoft.CodeAnalysis;
using StaticNews.Generator.Model;
using StaticNews.Generator.Parsing;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>The plain-text parser on the real seed, with the boilerplate patterns of the repository's staticnews.yml.</summary>
public sealed class SeedParserTests
{
    private const string Title =
        "Russia expresses its ‘readiness’ to provide support as the situation between Armenia and Azerbaijan remains tense";

    private const string Standfirst =
        "Russia also said that Armenia’s ‘frozen’ membership in the CSTO ‘does not contribute to strengthening Armenia’s security’.";

    private const string EditorsNote =
        "This article has been updated to include the announcement of the latest call between Mirzoyan and Lavrov.";

    private const string FirstParagraph =
        "Following the freefall in bilateral relations over the past few years, Armenia’s relations with Russia appear to be warming up, with the number of high-level contacts increasing in recent weeks.";

    private const string LastParagraph =
        "With this geopolitical shift, political analysts foresaw a potential shift in Armenia’s pro-Western policy to pursuing more balanced relations with other countries, including with Russia.";

    private const string Appeal = "Amidst the current global turmoil";

    private static ParseResult ParseSeed(GeneratorOptions options) =>
        DocumentParser.Parse(TestData.SeedPath, InMemoryAdditionalText.Decode(TestData.SeedBytes), options, CancellationToken.None);

    private static ArticleDocument ParseSeedArticle(GeneratorOptions options) =>
        ParseSeed(options).Article ?? throw new Xunit.Sdk.XunitException("The seed did not parse into an article.");

    [Fact]
    public void Title_is_the_first_non_empty_line()
    {
        Assert.Equal(Title, ParseSeedArticle(TestData.RepositoryOptions()).Title);
    }

    [Fact]
    public void Standfirst_is_the_second_non_empty_line()
    {
        Assert.Equal(Standfirst, ParseSeedArticle(TestData.RepositoryOptions()).Standfirst);
    }

    [Fact]
    public void Editors_note_is_split_from_the_call_to_action_glued_before_it()
    {
        Assert.Equal(EditorsNote, ParseSeedArticle(TestData.RepositoryOptions()).EditorsNote);
    }

    [Fact]
    public void Body_has_the_23_paragraphs_and_nothing_else()
    {
        var article = ParseSeedArticle(TestData.RepositoryOptions());

        Assert.Equal(23, article.Paragraphs.Count);
        Assert.Equal(FirstParagraph, article.Paragraphs[0]);
        Assert.Equal(LastParagraph, article.Paragraphs[22]);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains(Appeal, StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Become a member", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Editor’s note", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains(Title, StringComparison.Ordinal) || p.Contains(Standfirst, StringComparison.Ordinal));
    }

    [Fact]
    public void Word_count_is_the_words_of_the_body()
    {
        var article = ParseSeedArticle(TestData.RepositoryOptions());

        var expected = article.Paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(expected, article.WordCount);
        Assert.InRange(article.WordCount, 700, 1200);
    }

    [Fact]
    public void Source_path_is_relative_to_the_content_root()
    {
        Assert.Equal("seeds/" + TestData.SeedFileName, ParseSeedArticle(TestData.RepositoryOptions()).SourcePath);
    }

    [Fact]
    public void Without_the_configured_pattern_the_appeal_stays_a_paragraph()
    {
        var article = ParseSeedArticle(TestData.OptionsWithoutBoilerplate());

        // The removal is driven by staticnews.yml, not hard-coded: without the pattern the appeal is body text.
        Assert.Equal(24, article.Paragraphs.Count);
        Assert.StartsWith(Appeal, article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(FirstParagraph, article.Paragraphs[1]);
        // The editor's note is still found: that part is the parser's own rule.
        Assert.Equal(EditorsNote, article.EditorsNote);
    }

    [Fact]
    public void Each_removal_is_reported_as_SN0006_info_at_its_line()
    {
        var result = ParseSeed(TestData.RepositoryOptions());

        var removals = result.Diagnostics.Select(d => d.ToDiagnostic()).ToList();
        Assert.Equal(2, removals.Count);
        Assert.All(removals, d =>
        {
            Assert.Equal("SN0006", d.Id);
            Assert.Equal(DiagnosticSeverity.Info, d.Severity);
            Assert.Equal(TestData.SeedPath, d.Location.GetLineSpan().Path);
        });
        // The file starts with a blank line: the title is on line 2, the standfirst on 3.
        var appeal = removals[0].Location.GetLineSpan();
        Assert.Equal(4, appeal.StartLinePosition.Line + 1);
        Assert.Equal(1, appeal.StartLinePosition.Character + 1);
        Assert.Contains("Amidst the current global turmoil", removals[0].GetMessage(), StringComparison.Ordinal);

        var callToAction = removals[1].Location.GetLineSpan();
        Assert.Equal(5, callToAction.StartLinePosition.Line + 1);
        Assert.Contains("Become a member", removals[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_raises_no_warning()
    {
        var result = ParseSeed(TestData.RepositoryOptions());

        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor.DefaultSeverity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Parsing_is_a_pure_function_of_the_input()
    {
        var first = ParseSeed(TestData.RepositoryOptions());
        var second = ParseSeed(TestData.RepositoryOptions());

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }
}
