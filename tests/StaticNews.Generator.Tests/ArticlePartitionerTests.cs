using System.Collections.Immutable;
using StaticNews.Generator.Indexing;
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
    public void Each_article_is_placed_in_the_part_of_its_path_ordered_by_class_name()
    {
        // seeds/a.txt → 35, seeds/b.txt → 58, seeds/c.txt → 25 (computed as above); "Zeta" and "Alpha" share a path's part.
        var located = ArticlePartitioner.Locate(
            new[] { "seeds/b.txt", "seeds/c.txt", "seeds/a.txt", "seeds/b.txt" },
            new[] { "Zeta", "Gamma", "Beta", "Alpha" });

        Assert.Equal(
            new[] { new ArticleReference(58, 1), new ArticleReference(25, 0), new ArticleReference(35, 0), new ArticleReference(58, 0) },
            located);
    }

    [Fact]
    public void Split_puts_each_article_at_its_place()
    {
        var articles = Named(("seeds/b.txt", "Zeta"), ("seeds/c.txt", "Gamma"), ("seeds/a.txt", "Beta"), ("seeds/b.txt", "Alpha"));

        var parts = ArticlePartitioner.Split(articles);

        Assert.Equal(new[] { "Beta" }, parts[35].Articles.Select(a => a.Names.ClassName));
        Assert.Equal(new[] { "Alpha", "Zeta" }, parts[58].Articles.Select(a => a.Names.ClassName));
        Assert.Equal(new[] { "Gamma" }, parts[25].Articles.Select(a => a.Names.ClassName));
        Assert.Equal(4, parts.Sum(p => p.Articles.Count));
    }

    [Fact]
    public void Parts_made_from_equal_articles_compare_equal()
    {
        var first = ArticlePartitioner.Split(Named(("seeds/a.txt", "Beta"), ("seeds/c.txt", "Gamma")));
        var second = ArticlePartitioner.Split(Named(("seeds/c.txt", "Gamma"), ("seeds/a.txt", "Beta")));
        var edited = ArticlePartitioner.Split(Named(("seeds/c.txt", "Gamma"), ("seeds/a.txt", "Beta")).Select(a => a.Names.ClassName == "Beta" ? a with { Article = a.Article with { Body = "Edited." } } : a).ToImmutableArray());

        // Compared as the generator driver compares them: with the records' own Equals.
        Assert.True(first.SequenceEqual(second));
        Assert.True(first[25].Equals(edited[25]));
        Assert.False(first[35].Equals(edited[35]));
    }

    /// <summary>Articles named and placed as the naming step does: by <see cref="ArticlePartitioner.Locate"/> over all of them.</summary>
    private static ImmutableArray<NamedArticle> Named(params (string SourcePath, string ClassName)[] articles)
    {
        var located = ArticlePartitioner.Locate(articles.Select(a => a.SourcePath).ToList(), articles.Select(a => a.ClassName).ToList());
        return articles.Select((a, i) => Named(a.SourcePath, a.ClassName, located[i])).ToImmutableArray();
    }

    private static NamedArticle Named(string sourcePath, string className, ArticleReference location)
    {
        var document = new ArticleDocument(
            "/repo/" + sourcePath, sourcePath, DocumentFormat.PlainText, className, "Standfirst.", null, "Body.",
            ArticleMetadata.None, 1, className.ToLowerInvariant(), className, LocationInfo.StartOf("/repo/" + sourcePath));
        return new NamedArticle(document, new ArticleNames(document.FilePath, className.ToLowerInvariant(), className, location), GeneratorOptions.DefaultNamespace);
    }
}
