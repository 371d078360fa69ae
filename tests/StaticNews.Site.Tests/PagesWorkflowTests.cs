using StaticNews.Site.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace StaticNews.Site.Tests;

/// <summary>The GitHub Pages workflow: the base URL reaches the build, dotfiles reach Pages, write permissions stay in the deploy job.</summary>
public sealed class PagesWorkflowTests
{
    private static readonly YamlMappingNode Workflow = Load();

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", "pages.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Job(string name) => (YamlMappingNode)((YamlMappingNode)Workflow["jobs"])[name];

    private static List<YamlMappingNode> Steps(string job) => ((YamlSequenceNode)Job(job)["steps"]).Cast<YamlMappingNode>().ToList();

    private static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    [Fact]
    public void The_build_gets_the_base_url_from_configure_pages()
    {
        var steps = Steps("build");
        var configure = Assert.Single(steps, s => Value(s, "uses")?.StartsWith("actions/configure-pages@") == true);
        var id = Value(configure, "id");
        var build = Assert.Single(steps, s => Value(s, "run")?.StartsWith("dotnet build") == true);
        Assert.Contains($"-p:SiteBaseUrl=${{{{ steps.{id}.outputs.base_url }}}}/", Value(build, "run"));
    }

    [Fact]
    public void The_artifact_is_the_site_folder_with_hidden_files()
    {
        var upload = Assert.Single(Steps("build"), s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact@") == true);
        var with = (YamlMappingNode)upload["with"];
        Assert.Equal("_site", Value(with, "path"));
        Assert.Equal("true", Value(with, "include-hidden-files"));
    }

    [Fact]
    public void Only_the_deploy_job_can_write_to_pages()
    {
        Assert.Equal("read", Value((YamlMappingNode)Workflow["permissions"], "contents"));
        Assert.False(Job("build").Children.ContainsKey(new YamlScalarNode("permissions")));
        var deploy = Job("deploy");
        Assert.Equal("build", Value(deploy, "needs"));
        var permissions = (YamlMappingNode)deploy["permissions"];
        Assert.Equal("write", Value(permissions, "pages"));
        Assert.Equal("write", Value(permissions, "id-token"));
        Assert.Contains(Steps("deploy"), s => Value(s, "uses")?.StartsWith("actions/deploy-pages@") == true);
    }

    [Fact]
    public void The_site_is_rebuilt_on_a_schedule_so_future_dated_articles_appear_without_a_push()
    {
        var triggers = (YamlMappingNode)Workflow["on"];
        var schedule = (YamlSequenceNode)triggers["schedule"];
        var cron = Value((YamlMappingNode)Assert.Single(schedule), "cron");
        var fields = cron!.Split(' ');
        Assert.Equal(5, fields.Length);
        // At least hourly: the hour, day, month and weekday fields are all "*".
        Assert.All(fields[1..], field => Assert.Equal("*", field));
        Assert.True(triggers.Children.ContainsKey(new YamlScalarNode("push")), "a push still deploys");
    }
}
