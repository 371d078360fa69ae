using StaticNews.Site.Live;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The preview checks staticnews.yml's <c>lead:</c> against its articles as the build does (SN0039, SN0040 at the line
/// of staticnews.yml), at start and each time staticnews.yml changes.
/// </summary>
public sealed class LiveLeadTests
{
    [Fact]
    public void A_lead_that_names_no_article_or_a_draft_is_reported_at_its_line_and_a_fixed_one_clears_it()
    {
        using var root = new PreviewRoot();
        root.Write("vote.md", "---\ntitle: Vote\ndescription: Counted.\ndate: 2025-01-02\n---\nBody.\n");
        root.Write("plan.md", "---\ntitle: Plan\ndescription: Drafted.\ndate: 2025-01-01\ndraft: true\n---\nBody.\n");
        var config = File.ReadAllText(root.Config);
        var line = config.Split('\n').Length;
        File.WriteAllText(root.Config, config.TrimEnd('\n') + "\nlead: no-such-story\n");
        var content = new LiveContent(root.Root);

        var unknown = Assert.Single(content.ConfigDiagnostics);
        Assert.Equal(("SN0039", root.Config, line), (unknown.Id, unknown.FilePath, unknown.Line));
        Assert.Contains(unknown, content.AllDiagnostics);

        File.WriteAllText(root.Config, config.TrimEnd('\n') + "\nlead: plan\n");
        content.ReloadConfig();
        var draft = Assert.Single(content.ConfigDiagnostics);
        Assert.Equal(("SN0040", line), (draft.Id, draft.Line));

        File.WriteAllText(root.Config, config.TrimEnd('\n') + "\nlead: vote\n");
        content.ReloadConfig();
        Assert.Empty(content.ConfigDiagnostics);
    }
}
