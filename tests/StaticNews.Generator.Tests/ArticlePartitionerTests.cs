using System.Collections.Immutable;
using StaticNews.Generator.Emit;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Articles are spread over a fixed set of generated files by a hash of their source path that must be the same on
/// every machine and run (a different part on the next build would re-emit it, and make output differ).
/// </summary>
public sealed class ArticlePartitionerTests
{
    /// <summary>
    /// Expected parts computed outside this code base: FNV-1a (32-bit, offset 2166136261, prime 16777619) over the
    /// path's UTF-16 code units, modulo 256, in a few lines of Python.
    /// </summary>
    [Theory]
    [InlineData("seeds/alpha.txt", 152)]
    [InlineData("seeds/gamma.txt", 185)]
    [InlineData("seeds/привет.txt", 158)]
    [InlineData("seeds/🚀.md", 110)]
    [InlineData("", 197)]
    public void The_part_of_a_path_is_a_fixed_hash_of_it(string sourcePath, int expectedPart)
    {
        Assert.Equal(expectedPart, ArticlePartitioner.PartOf(sourcePath));
    }

    [Fact]
    public void Every_part_is_returned_in_order_even_when_empty()
    {
        var parts = ArticlePartitioner.Split(ImmutableArray<NamedArticle>.Empty);

        Assert.Equal(Enumerable.Range(0, ArticlePartitioner.PartCount), parts.Select(p => p.Number));
        Assert.All(parts, p => Assert.True(p.Articles.IsEmpty));
    }

    [Fact]
    public void Each_article_is_in_the_part_of_its_path_ordered_by_class_name()
    {
        // seeds/a.txt → 35, seeds/b.txt → 58, seeds/c.txt → 25 (computed as above); "Zeta" and "Alpha" share a path's part.
        var articles = ImmutableArray.Create(
            Named("seeds/b.txt", "Zeta"),
            Named("seeds/c.txt", "Gamma"),
            Named("seeds/a.txt", "Beta"),
            Named("seeds/b.txt", "Alpha"));

        var parts = ArticlePartitioner.Split(articles);

        Assert.Equal(new[] { "Beta" }, parts[35].Articles.Select(a => a.Names.ClassName));
        Assert.Equal(new[] { "Alpha", "Zeta" }, parts[58].Articles.Select(a => a.Names.ClassName));
        Assert.Equal(new[] { "Gamma" }, parts[25].Articles.Select(a => a.Names.ClassName));
        Assert.Equal(4, parts.Sum(p => p.Articles.Count));
    }

    [Fact]
    public void Parts_made_from_equal_articles_compare_equal()
    {
        var first = ArticlePartitioner.Split(ImmutableArray.Create(Named("seeds/a.txt", "Beta"), Named("seeds/c.txt", "Gamma")));
        var second = ArticlePartitioner.Split(ImmutableArray.Create(Named("seeds/c.txt", "Gamma"), Named("seeds/a.txt", "Beta")));
        var edited = ArticlePartitioner.Split(ImmutableArray.Create(Named("seeds/c.txt", "Gamma"), Named("seeds/a.txt", "Beta", "Edited.")));

        // Compared as the generator driver compares them: with the records' own Equals.
        Assert.True(first.SequenceEqual(second));
        Assert.True(first[25].Equals(edited[25]));
        Assert.False(first[35].Equals(edited[35]));
    }

    private static NamedArticle Named(string sourcePath, string className, string body = "Body.")
    {
        var document = new ArticleDocument(
            "/repo/" + sourcePath, sourcePath, DocumentFormat.PlainText, className, "Standfirst.", null, body,
            ArticleMetadata.None, 1, className.ToLowerInvariant(), className, LocationInfo.StartOf("/repo/" + sourcePath));
        return new NamedArticle(document, new ArticleNames(document.FilePath, className.ToLowerInvariant(), className), GeneratorOptions.DefaultNamespace);
    }
}
