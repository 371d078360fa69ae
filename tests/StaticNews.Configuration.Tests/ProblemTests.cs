namespace StaticNews.Configuration.Tests;

/// <summary>
/// Each problem the loader finds, at the line and column (1-based) YamlDotNet's parser marks for it; the setting keeps
/// its default and the rest of the file is still read.
/// </summary>
public sealed class ProblemTests
{
    [Theory]
    [InlineData("title: [a, b]\n", 1, 8, "'title' must be a single value")]
    [InlineData("description: {a: b}\n", 1, 14, "'description' must be a single value")]
    [InlineData("language:\n  - en\n", 2, 3, "'language' must be a single value")]
    [InlineData("time_zone: [UTC]\n", 1, 12, "'time_zone' must be a single value")]
    [InlineData("base_url: [x]\n", 1, 11, "'base_url' must be a single value")]
    [InlineData("base_path: {x: y}\n", 1, 12, "'base_path' must be a single value")]
    [InlineData("documents: [a]\n", 1, 12, "'documents' must be a single value")]
    [InlineData("page_size: ten\n", 1, 12, "'page_size' must be a whole number above 0")]
    [InlineData("page_size: 0\n", 1, 12, "'page_size' must be a whole number above 0")]
    [InlineData("page_size: -3\n", 1, 12, "'page_size' must be a whole number above 0")]
    [InlineData("websub_hub: hub.example.org\n", 1, 13, "'websub_hub' must be an http(s) URL")]
    [InlineData("websub_hub: [x]\n", 1, 13, "'websub_hub' must be a single value")]
    [InlineData("boilerplate: '^Donate'\n", 1, 14, "'boilerplate' must be a list")]
    [InlineData("sections: Politics\n", 1, 11, "'sections' must be a list")]
    [InlineData("lead: [a, b]\n", 1, 7, "'lead' must be a single value")]
    [InlineData("logo: javascript:alert(1)\n", 1, 7, "'logo' must be an http(s) URL or a path of the site")]
    [InlineData("masthead: ../outside/\n", 1, 11, "'masthead' must be an http(s) URL or a path of the site")]
    [InlineData("ethics_policy: //evil.example/\n", 1, 16, "'ethics_policy' must be an http(s) URL or a path of the site")]
    [InlineData("corrections_policy: [a]\n", 1, 21, "'corrections_policy' must be a single value")]
    [InlineData("boilerplate:\n  - '^Donate'\n  - [nested]\n", 3, 5, "each item of 'boilerplate' must be a single value")]
    [InlineData("authors: Ani\n", 1, 10, "'authors' must map each author's name to their bio and url")]
    [InlineData("authors:\n  Ani: a reporter\n", 2, 8, "'Ani' must have bio and url settings")]
    [InlineData("authors:\n  Ani:\n    bio: x\n    twitter: '@ani'\n", 4, 5, "unknown author setting 'twitter' (use bio and url)")]
    [InlineData("authors:\n  Ani:\n    url: ftp://example.org/\n", 3, 10, "the url of 'Ani' must be an http(s) URL")]
    [InlineData("authors:\n  Ani:\n    bio: [x]\n", 3, 10, "'authors.bio' must be a single value")]
    [InlineData("title: x\n\ncolour: red\n", 3, 1, "unknown setting 'colour'")]
    [InlineData("- title\n- x\n", 1, 1, "the file must be a mapping of settings (key: value)")]
    [InlineData("just text\n", 1, 1, "the file must be a mapping of settings (key: value)")]
    public void A_wrong_setting_is_reported_where_its_value_or_key_is_written(string yaml, int line, int column, string message)
    {
        var problem = Assert.Single(SiteConfigLoader.Load(yaml).Problems);

        Assert.Equal(new ConfigProblem(message, line, column), problem);
    }

    [Fact]
    public void Invalid_YAML_is_reported_where_the_parser_stopped()
    {
        var problem = Assert.Single(SiteConfigLoader.Load("title: StaticNews\ndescription: \"unterminated\n").Problems);

        Assert.StartsWith("not valid YAML: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal((2, 14), (problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("title: a\nlanguage: en\ntitle: b\n", 3, 1, "title")]
    [InlineData("authors:\n  Ani:\n    bio: a\n    bio: b\n", 4, 5, "bio")]
    [InlineData("boilerplate:\n  - x\n  - x\ntitle: a\nauthors:\n  Ani: {bio: a}\n  Ani: {bio: b}\n", 7, 3, "Ani")]
    public void A_setting_written_twice_is_reported_where_it_is_written_the_second_time(string yaml, int line, int column, string key)
    {
        var problem = Assert.Single(SiteConfigLoader.Load(yaml).Problems);

        Assert.Equal($"not valid YAML: Duplicate key {key}", problem.Message);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_wrong_setting_keeps_its_default_and_the_others_are_still_read()
    {
        var (config, problems) = SiteConfigLoader.Load("page_size: many\ntitle: The Daily\nboilerplate: none\n");

        Assert.Equal(2, problems.Count);
        Assert.Equal(20, config.PageSize);
        Assert.Equal("The Daily", config.Title);
        Assert.Empty(config.Boilerplate);
    }
}
