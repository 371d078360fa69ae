namespace StaticNews.Configuration.Tests;

/// <summary>Each setting of staticnews.yml as the loader reads it, and its default when the file does not set it.</summary>
public sealed class SettingsTests
{
    [Fact]
    public void Every_setting_is_read()
    {
        var (config, problems) = SiteConfigLoader.Load("""
            # A comment.
            title: The Daily
            description: "News, daily."
            language: hy
            time_zone: Asia/Yerevan
            base_url: https://example.org/daily/
            base_path: /daily/
            page_size: 12
            documents: 'news items'
            boilerplate:
              - '^Donate'
              - "^Subscribe$"
            authors:
              Ani Hakobyan:
                bio: Reports from Yerevan.
                url: https://example.org/ani
              Aram:
            websub_hub: https://hub.example.org/
            sections: [World, Politics]
            logo: /assets/logo.png
            masthead: about/
            corrections_policy: https://example.org/corrections
            ethics_policy: /ethics/
            lead: the-big-story
            """);

        Assert.Empty(problems);
        Assert.Equal("The Daily", config.Title);
        Assert.Equal("News, daily.", config.Description);
        Assert.Equal("hy", config.Language);
        Assert.Equal(new ConfigText("Asia/Yerevan", 5, 12), config.TimeZone);
        Assert.Equal("https://example.org/daily/", config.BaseUrl);
        Assert.Equal("/daily/", config.BasePath);
        Assert.Equal(12, config.PageSize);
        Assert.Equal("https://hub.example.org/", config.WebSubHub);
        Assert.Equal(["World", "Politics"], config.Sections.Select(s => s.Value));
        Assert.Equal(new ConfigText("the-big-story", 24, 7), config.Lead);
        Assert.Equal(("/assets/logo.png", "about/", "https://example.org/corrections", "/ethics/"), (config.Logo, config.Masthead, config.CorrectionsPolicy, config.EthicsPolicy));
        Assert.Equal(new ConfigText("news items", 9, 12), config.Documents);
        Assert.Equal([new ConfigText("^Donate", 11, 5), new ConfigText("^Subscribe$", 12, 5)], config.Boilerplate);
        Assert.Equal(["Ani Hakobyan", "Aram"], config.Authors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Reports from Yerevan.", config.Authors["Ani Hakobyan"].Bio);
        Assert.Equal("https://example.org/ani", config.Authors["Ani Hakobyan"].Url);
        Assert.Equal("", config.Authors["Aram"].Bio);
        Assert.Null(config.Authors["Aram"].Url);
    }

    [Fact]
    public void The_permalink_pattern_is_read_where_it_is_written()
    {
        var (config, problems) = SiteConfigLoader.Load("title: The Daily\npermalink: /:year/:month/:slug/\n");

        Assert.Empty(problems);
        Assert.Equal(new ConfigText("/:year/:month/:slug/", 2, 12), config.Permalink);
        Assert.Null(SiteConfigLoader.Load("").Config.Permalink);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_file_keeps_every_default(string yaml)
    {
        var (config, problems) = SiteConfigLoader.Load(yaml);

        Assert.Empty(problems);
        Assert.Equal("StaticNews", config.Title);
        Assert.Equal("", config.Description);
        Assert.Equal("en", config.Language);
        Assert.Equal("UTC", config.TimeZone.Value);
        Assert.Equal("http://localhost:5000/", config.BaseUrl);
        Assert.Equal("/", config.BasePath);
        Assert.Equal(20, config.PageSize);
        Assert.Null(config.WebSubHub);
        Assert.Null(config.Documents);
        Assert.Empty(config.Boilerplate);
        Assert.Empty(config.Authors);
    }

    [Fact]
    public void A_setting_with_no_value_is_empty_text()
    {
        var (config, problems) = SiteConfigLoader.Load("description:\n");

        Assert.Empty(problems);
        Assert.Equal("", config.Description);
    }
}
