using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// The build says how many documents have warnings and how many info notes there are, in one line: info diagnostics
/// are not shown at normal verbosity, and a build that compiles nothing repeats no warning, so it says it again then.
/// </summary>
public sealed class DiagnosticsSummaryTests
{
    [Fact]
    public void The_build_and_a_no_op_build_both_summarize_the_documents_warnings_and_info_notes()
    {
        using var repo = new RepoCopy();
        var docs = Path.Combine(repo.Root, "summarized");
        Directory.CreateDirectory(docs);
        File.WriteAllText(Path.Combine(docs, "clean.txt"), "Clean headline\nA standfirst.\nBody.\n");
        File.WriteAllText(Path.Combine(docs, "title-only.txt"), "Only a headline\n");
        File.WriteAllText(Path.Combine(docs, "unsafe|name.txt"), "Unsafe name headline\nA standfirst.\nBody.\n");
        // The repository's staticnews.yml removes this line as boilerplate, an SN0006 info note.
        File.WriteAllText(Path.Combine(docs, "boilerplate.txt"),
            "Boilerplate headline\nA standfirst.\nAmidst the current global turmoil, small news outlets like ours could be the first to close.\nBody.\n");
        string[] arguments = [$"-p:StaticNewsDocuments={docs}", "-p:StaticNewsSearch=false"];
        const string Summary = "StaticNews documents: 2 of 4 have warnings, 1 info note; every one is listed in obj/";

        var first = repo.Build(arguments);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains(Summary, first.Output);

        var noOp = repo.Build([.. arguments, "-v:n"]);
        Assert.True(noOp.ExitCode == 0, noOp.Output);
        Assert.Contains("Skipping target \"CoreCompile\"", noOp.Output);
        Assert.DoesNotContain("warning SN", noOp.Output);
        Assert.Contains(Summary, noOp.Output);
    }
}
