using System.Reflection;
using Microsoft.CodeAnalysis;
using StaticNews.Generator.Tests.Infrastructure;

namespace StaticNews.Generator.Tests;

/// <summary>
/// Front-matter keys StaticNews does not know become typed properties of that article's class: user code compiles
/// against their static types, the values are in <c>Fields</c> too, quoted text stays text, a key that would clash
/// with a member of the class is renamed (SN0024), and one key typed differently across articles is SN0018.
/// </summary>
public sealed class CustomFieldTests
{
    private const string Budget = """
        ---
        title: Budget vote
        standfirst: Parliament votes on the budget.
        reading_level: 7
        score: 4.5
        negative: -12
        featured: true
        embargo: 2024-06-01T08:00:00+04:00
        deadline: 2024-06-30
        sources: [Reuters, AP]
        byline-note: From our correspondent
        quoted_number: "42"
        quoted_flag: 'true'
        answer: yes
        country: NO
        version: 2024-06-01 or later
        ---
        Body.
        """;

    /// <summary>Uses every field with the static type it must have; returns them so the test can check the values too.</summary>
    private const string UserCode = """
        using System;
        using System.Collections.Generic;
        using StaticNews.Content;

        public static class UserCode
        {
            public static object[] Use()
            {
                long level = Articles.BudgetVote.ReadingLevel;
                long negative = Articles.BudgetVote.Negative;
                double score = Articles.BudgetVote.Score;
                bool featured = Articles.BudgetVote.Featured;
                DateTimeOffset embargo = Articles.BudgetVote.Embargo;
                DateTimeOffset deadline = Articles.BudgetVote.Deadline;
                IReadOnlyList<string> sources = Articles.BudgetVote.Sources;
                string note = Articles.BudgetVote.BylineNote;
                string quoted = Articles.BudgetVote.QuotedNumber;
                string flag = Articles.BudgetVote.QuotedFlag;
                string answer = Articles.BudgetVote.Answer;
                string country = Articles.BudgetVote.Country;
                string version = Articles.BudgetVote.Version;
                return new object[] { level, negative, score, featured, embargo, deadline, sources, note, quoted, flag, answer, country, version };
            }
        }
        """;

    private static GeneratorRun Run(string? userCode, params AdditionalText[] documents) =>
        GeneratorHarness.Run(
            documents.Prepend(TestData.Config("time_zone: Asia/Yerevan\n")),
            TestData.Options(),
            userCode is null ? null : GeneratorHarness.CreateCompilation(userCode));

    [Fact]
    public void Custom_keys_are_typed_properties_that_user_code_compiles_against()
    {
        var run = Run(UserCode, TestData.Document("budget.md", Budget)).AssertHealthy();

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var values = (object[])content.Assembly.GetType("UserCode")!.GetMethod("Use")!.Invoke(null, null)!;
        Assert.Equal(7L, values[0]);
        Assert.Equal(-12L, values[1]);
        Assert.Equal(4.5d, values[2]);
        Assert.Equal(true, values[3]);
        Assert.Equal("2024-06-01T08:00:00.0000000+04:00", ((DateTimeOffset)values[4]).ToString("o"));
        // A date alone is midnight in the site's time zone, like date: and updated:.
        Assert.Equal("2024-06-30T00:00:00.0000000+04:00", ((DateTimeOffset)values[5]).ToString("o"));
        Assert.Equal(new[] { "Reuters", "AP" }, (IReadOnlyList<string>)values[6]);
        Assert.Equal("From our correspondent", values[7]);
        Assert.Equal("42", values[8]);
        Assert.Equal("true", values[9]);
        // YAML 1.1 booleans (yes/no/on/off) are not booleans here: the text stays as written.
        Assert.Equal("yes", values[10]);
        Assert.Equal("NO", values[11]);
        Assert.Equal("2024-06-01 or later", values[12]);
    }

    public static TheoryData<string, string> ExactTypes => new()
    {
        { "ReadingLevel", "long" },
        { "Negative", "long" },
        { "Score", "double" },
        { "Featured", "bool" },
        { "Embargo", "System.DateTimeOffset" },
        { "Deadline", "System.DateTimeOffset" },
        { "Sources", "System.Collections.Generic.IReadOnlyList<string>" },
        { "BylineNote", "string" },
        { "QuotedNumber", "string" },
        { "QuotedFlag", "string" },
        { "Answer", "string" },
        { "Country", "string" },
    };

    /// <summary>Assignments in user code also accept implicit conversions (int to long); the symbols show the exact types.</summary>
    [Theory]
    [MemberData(nameof(ExactTypes))]
    public void Each_property_has_exactly_the_inferred_type(string property, string type)
    {
        var run = Run(null, TestData.Document("budget.md", Budget)).AssertHealthy();

        var symbol = run.OutputCompilation.GetTypeByMetadataName("StaticNews.Content.ArticleClasses.BudgetVote")!.GetMembers(property).OfType<IPropertySymbol>().Single();
        Assert.Equal(type, symbol.Type.ToDisplayString());
        Assert.Equal(Accessibility.Public, symbol.DeclaredAccessibility);
        Assert.True(symbol.IsReadOnly);
    }

    [Fact]
    public void Using_a_field_as_the_wrong_type_does_not_compile()
    {
        var run = Run("""
            public static class Wrong
            {
                public static string Level() => StaticNews.Content.Articles.BudgetVote.ReadingLevel;
                public static bool Quoted() => StaticNews.Content.Articles.BudgetVote.QuotedFlag;
            }
            """, TestData.Document("budget.md", Budget));

        Assert.Equal(new[] { "CS0029", "CS0029" }, run.CompilationErrors.Select(d => d.Id));
    }

    [Fact]
    public void Fields_holds_every_custom_key_by_its_key_with_the_typed_value()
    {
        var run = Run(null, TestData.Document("budget.md", Budget)).AssertHealthy();

        using var content = LoadedContent.Load(run.OutputCompilation);
        var fields = LoadedContent.Get<IReadOnlyDictionary<string, object>>(Assert.Single(content.All), "Fields");
        Assert.Equal(
            new[] { "reading_level", "score", "negative", "featured", "embargo", "deadline", "sources", "byline-note", "quoted_number", "quoted_flag", "answer", "country", "version" },
            fields.Keys);
        Assert.Equal(7L, fields["reading_level"]);
        Assert.Equal(4.5d, fields["score"]);
        Assert.Equal(true, fields["featured"]);
        Assert.IsType<DateTimeOffset>(fields["embargo"]);
        Assert.Equal(new[] { "Reuters", "AP" }, Assert.IsAssignableFrom<IReadOnlyList<string>>(fields["sources"]));
        Assert.Equal("42", fields["quoted_number"]);
        Assert.Equal("yes", fields["answer"]);
    }

    [Fact]
    public void An_article_without_custom_keys_has_empty_Fields()
    {
        var run = Run(null, TestData.Document("plain.txt", TestData.PlainText("Plain", "Nothing custom.", "Body."))).AssertHealthy();

        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Empty(LoadedContent.Get<IReadOnlyDictionary<string, object>>(Assert.Single(content.All), "Fields"));
    }

    [Fact]
    public void A_key_that_clashes_with_a_built_in_member_is_renamed_with_SN0024_and_both_values_are_kept()
    {
        var path = TestData.DocumentPath("clash.md");
        var run = Run("""
            public static class UserCode
            {
                public static string Original() => StaticNews.Content.Articles.Clash.UrlValue;
                public static string Page() => StaticNews.Content.Articles.Clash.Url;
            }
            """,
            TestData.Document("clash.md", "---\ntitle: Clash\nstandfirst: S.\nurl: https://example.org/original\n---\nBody.\n")).AssertHealthy();

        var diagnostic = Assert.Single(run.Diagnostics);
        DiagnosticAssert.At(diagnostic, "SN0024", DiagnosticSeverity.Info, path, 4, 1);
        Assert.Contains("'UrlValue'", diagnostic.GetMessage(), StringComparison.Ordinal);
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("articles/clash/", LoadedContent.Get<string>(article, "Url"));
        Assert.Equal("https://example.org/original", LoadedContent.Get<string>(article, "UrlValue"));
        Assert.Equal("https://example.org/original", LoadedContent.Get<IReadOnlyDictionary<string, object>>(article, "Fields")["url"]);
    }

    /// <summary>
    /// Every member an article class has or inherits (Article's public and protected members, object's methods, the
    /// generated Instance and BodyUtf8, and the class's own name) written as a front-matter key: the class still compiles
    /// without warnings (no CS0102 duplicate, CS0108 hiding or CS0542 same-as-class), and each inherited one is renamed with SN0024.
    /// </summary>
    [Fact]
    public void No_front_matter_key_can_clash_with_a_member_of_the_article_class()
    {
        var baseline = Run(null, TestData.Document("members.md", "---\ntitle: Members\nstandfirst: S.\n---\nBody.\n")).AssertHealthy();
        using var loaded = LoadedContent.Load(baseline.OutputCompilation);
        var members = loaded.ArticleType
            .GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy)
            .Where(m => m is PropertyInfo or MethodInfo { IsSpecialName: false } or FieldInfo)
            .Where(m => m switch
            {
                MethodInfo method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
                PropertyInfo property => property.GetMethod is { } get && (get.IsPublic || get.IsFamily || get.IsFamilyOrAssembly),
                FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
                _ => false,
            })
            .Select(m => m.Name)
            .Concat(new[] { "Instance", "Members" })
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("BodyUtf8", members);
        Assert.Contains("IsDraft", members);
        Assert.Contains("Url", members);
        Assert.Contains("GetHashCode", members);

        // Known keys ("title", "Tags", "published", ...) in any case are not custom, so no custom field can be named like
        // those members; the keys kept as custom fields too (url) are.
        var keys = members.Select(SnakeCase)
            .Where(k => StaticNews.Generator.Parsing.FrontMatter.FrontMatterKeys.Canonical(k) is not { } known || StaticNews.Generator.Parsing.FrontMatter.FrontMatterKeys.StaysCustom(known))
            .ToList();
        var frontMatter = string.Join("\n", keys.Select(k => k + ": custom " + k));
        var run = Run(null, TestData.Document("members.md", "---\ntitle: Members\nstandfirst: S.\n" + frontMatter + "\n---\nBody.\n")).AssertHealthy();

        // Every inherited member's key is renamed; the key named like the class keeps its name and the class takes a suffix.
        var renamed = run.DiagnosticsWithId("SN0024");
        Assert.True(renamed.Count == keys.Count - 1, DiagnosticAssert.Describe(run.Diagnostics));
        // "url: custom url" is no path within the site either (SN0035); every other diagnostic is a renaming.
        Assert.Equal(run.Diagnostics.Count(d => d.Id != "SN0035"), renamed.Count);
        Assert.DoesNotContain(renamed, d => d.GetMessage().Contains("'members'", StringComparison.Ordinal));
        using var content = LoadedContent.Load(run.OutputCompilation);
        var article = Assert.Single(content.All);
        Assert.Equal("MembersArticle", article.GetType().Name);
        Assert.Equal("custom members", LoadedContent.Get<string>(article, "Members"));
        Assert.Equal("articles/members/", LoadedContent.Get<string>(article, "Url"));
        Assert.False(LoadedContent.Get<bool>(article, "IsDraft"));
        Assert.Equal("Members", LoadedContent.Get<string>(article, "Title"));
        var fields = LoadedContent.Get<IReadOnlyDictionary<string, object>>(article, "Fields");
        Assert.Equal(keys, fields.Keys);
        Assert.All(keys, k => Assert.Equal("custom " + k, fields[k]));
    }

    [Fact]
    public void A_key_named_like_the_article_class_keeps_its_property_and_the_class_takes_a_suffix()
    {
        // The title gives the class ScoreCard; the key gives the property ScoreCard (CS0542 if both stayed).
        var run = Run("""
            public static class UserCode
            {
                public static long Score() => StaticNews.Content.Articles.ScoreCardArticle.ScoreCard;
            }
            """,
            TestData.Document("score.md", "---\ntitle: Score card\nstandfirst: S.\nscore_card: 3\n---\nBody.\n")).AssertHealthy();

        Assert.Empty(run.Diagnostics);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(3L, content.Assembly.GetType("UserCode")!.GetMethod("Score")!.Invoke(null, null));
    }

    [Fact]
    public void Keys_that_cannot_be_identifiers_as_they_are_still_compile_and_are_reported()
    {
        var longKey = string.Concat(Enumerable.Repeat("very_", 300)) + "long";
        var path = TestData.DocumentPath("odd-keys.md");
        var run = Run(null, TestData.Document("odd-keys.md",
            "---\ntitle: Odd keys\nstandfirst: S.\n? " + longKey + "\n: 1\n'2024 turnout': 0.61\n'€$%': x\nclass: keyword\n---\nBody.\n")).AssertHealthy();

        // A plain YAML key has at most 1024 characters, but an explicit one ("? key") has no limit, and a name in metadata
        // at most 1023 bytes (CS7013 when the assembly is emitted): the long key is cut; digit-first and symbol-only keys get a prefix.
        Assert.Collection(run.Diagnostics,
            d => DiagnosticAssert.At(d, "SN0024", DiagnosticSeverity.Info, path, 4, 3),
            d => DiagnosticAssert.At(d, "SN0024", DiagnosticSeverity.Info, path, 6, 1),
            d => DiagnosticAssert.At(d, "SN0024", DiagnosticSeverity.Info, path, 7, 1));
        var type = run.OutputCompilation.GetTypeByMetadataName("StaticNews.Content.ArticleClasses.OddKeys")!;
        var names = type.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsOverride).Select(p => p.Name).ToList();
        Assert.Equal(4, names.Count);
        Assert.All(names, n => Assert.InRange(n.Length, 1, 100));
        Assert.Contains("Class", names);
        // Emitting is what checks the length of names in metadata.
        using var content = LoadedContent.Load(run.OutputCompilation);
        var fields = LoadedContent.Get<IReadOnlyDictionary<string, object>>(Assert.Single(content.All), "Fields");
        Assert.Equal(new object[] { 1L, 0.61d, "x", "keyword" }, fields.Values);
        Assert.Equal(longKey, fields.Keys.First());
    }

    [Fact]
    public void Keys_that_give_the_same_property_name_are_numbered()
    {
        var run = Run(null, TestData.Document("same.md", "---\ntitle: Same\nstandfirst: S.\nreading_level: 1\nreading-level: 2\nreading level: 3\n---\nBody.\n")).AssertHealthy();

        var type = run.OutputCompilation.GetTypeByMetadataName("StaticNews.Content.ArticleClasses.Same")!;
        Assert.Equal(new[] { "ReadingLevel", "ReadingLevel2", "ReadingLevel3" },
            type.GetMembers().OfType<IPropertySymbol>().Where(p => p.Name.StartsWith("ReadingLevel", StringComparison.Ordinal)).Select(p => p.Name));
    }

    [Fact]
    public void One_key_typed_differently_across_articles_is_SN0018_at_each_conflicting_line()
    {
        // By path: a.md sets the type (a whole number); b.md and c.md differ, each at its own line; d.md agrees.
        var run = Run(null,
            TestData.Document("d.md", "---\ntitle: Delta\nstandfirst: S.\nreading_level: 9\n---\nBody.\n"),
            TestData.Document("c.md", "---\ntitle: Gamma\nstandfirst: S.\n\n\nreading_level: 8.5\n---\nBody.\n"),
            TestData.Document("b.md", "---\ntitle: Beta\nstandfirst: S.\nreading_level: \"eight\"\n---\nBody.\n"),
            TestData.Document("a.md", "---\ntitle: Alpha\nstandfirst: S.\nreading_level: 7\n---\nBody.\n")).AssertHealthy();

        Assert.Collection(run.Diagnostics,
            d => DiagnosticAssert.At(d, "SN0018", DiagnosticSeverity.Warning, TestData.DocumentPath("b.md"), 4, 16),
            d => DiagnosticAssert.At(d, "SN0018", DiagnosticSeverity.Warning, TestData.DocumentPath("c.md"), 6, 16));
        Assert.Contains("'reading_level' is text here but a whole number in 'seeds/a.md'", run.Diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'reading_level' is a number here", run.Diagnostics[1].GetMessage(), StringComparison.Ordinal);

        // Each class keeps its own type, so all four still compile and are published.
        var types = new[] { "Alpha", "Beta", "Gamma", "Delta" }
            .Select(c => run.OutputCompilation.GetTypeByMetadataName("StaticNews.Content.ArticleClasses." + c)!.GetMembers("ReadingLevel").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Equal(new[] { "long", "string", "double", "long" }, types);
        using var content = LoadedContent.Load(run.OutputCompilation);
        Assert.Equal(4, content.All.Count);
    }

    /// <summary>"BodyUtf8" → "body_utf8", "GetHashCode" → "get_hash_code".</summary>
    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
