using System.Text.RegularExpressions;
using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// `dotnet build` at the repository root, the README's and the Pages workflow's command, on a newsroom's own content:
/// content warnings never fail it (every project's warnings are errors in our code), and each is reported once, by
/// the site, the only project that compiles the newsroom's documents. It builds the site and what the site needs, not
/// the test and benchmark projects (after.StaticNews.sln.targets).
/// </summary>
public sealed class RootBuildTests
{
    [Fact]
    public void Content_warnings_never_fail_the_root_build_and_each_is_reported_once_by_the_site()
    {
        using var repo = new RepoCopy(wholeRepository: true);
        var seeds = Path.Combine(repo.Root, "seeds");
        // The newsroom deleted the sample article and wrote its own, some of them with problems.
        foreach (var sample in Directory.GetFiles(seeds))
        {
            File.Delete(sample);
        }
        File.WriteAllText(Path.Combine(seeds, "title-only.txt"), "Only a headline\n");
        File.WriteAllText(Path.Combine(seeds, "first.txt"), "Same headline\nThe first standfirst.\nBody.\n");
        File.WriteAllText(Path.Combine(seeds, "second.txt"), "Same headline\nThe second standfirst.\nBody.\n");
        File.WriteAllBytes(Path.Combine(seeds, "picture.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);

        var build = repo.BuildAtRoot("-p:StaticNewsSearch=false");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(repo.Site, "index.html")), build.Output);
        Assert.True(File.Exists(Path.Combine(repo.Site, "articles", "same-headline", "index.html")));
        Assert.True(File.Exists(Path.Combine(repo.Site, "articles", "same-headline-2", "index.html")));
        Assert.True(File.Exists(Path.Combine(repo.Site, "articles", "only-a-headline", "index.html")));
        ReportedOnceBySite(build.Output, Path.Combine(seeds, "title-only.txt"), "SN0002");
        ReportedOnceBySite(build.Output, Path.Combine(seeds, "second.txt"), "SN0004");
        ReportedOnceBySite(build.Output, Path.Combine(seeds, "picture.txt"), "SN0007");
        // A newsroom's build restores and compiles the site and what it needs; the tests and benchmarks are `dotnet test`'s.
        Assert.Contains(Path.Combine(repo.Root, "site"), Restored(repo));
        Assert.Contains(Path.Combine(repo.Root, "generator"), Restored(repo));
        Assert.Contains(Path.Combine(repo.Root, "tests", "StaticNews.Site.Tests"), TestAndBenchmarkProjects(repo));
        Assert.DoesNotContain(TestAndBenchmarkProjects(repo), project => Directory.Exists(Path.Combine(project, "bin")));
        Assert.Empty(TestAndBenchmarkProjects(repo).Intersect(Restored(repo)));

        // `dotnet test` at the root still restores the whole solution itself (its build then needs the tests' assets).
        // VSTestNoBuild keeps this to the restore (--no-build would skip the restore too): the test run that follows
        // fails for want of built tests, as it should.
        var test = DotnetCli.Run(repo.Root, "test", "-p:VSTestNoBuild=true", "-nodeReuse:false");
        Assert.True(TestAndBenchmarkProjects(repo).Order().SequenceEqual(TestAndBenchmarkProjects(repo).Intersect(Restored(repo)).Order()), test.Output);
    }

    /// <summary>The folders of the solution's projects under tests/ and bench/.</summary>
    private static IEnumerable<string> TestAndBenchmarkProjects(RepoCopy repo) =>
        Regex.Matches(File.ReadAllText(Path.Combine(repo.Root, "StaticNews.sln")), @"^Project\(""[^""]*""\) = ""[^""]*"", ""((?:tests|bench)\\[^""]+\.csproj)""", RegexOptions.Multiline)
            .Select(match => Path.GetDirectoryName(Path.Combine(repo.Root, match.Groups[1].Value.Replace('\\', Path.DirectorySeparatorChar)))!);

    private static List<string> Restored(RepoCopy repo) =>
        Directory.EnumerateFiles(repo.Root, "project.assets.json", SearchOption.AllDirectories)
            .Select(assets => Path.GetDirectoryName(Path.GetDirectoryName(assets))!)
            .ToList();

    /// <summary>
    /// A root build skips the restore while nothing the restore reads or writes has changed (after.StaticNews.sln.targets):
    /// a changed props file, a deleted assets file or RestoreForce restore again, and every build succeeds.
    /// </summary>
    [Fact]
    public void The_root_build_skips_an_unchanged_restore_and_restores_when_its_inputs_change()
    {
        using var repo = new RepoCopy(wholeRepository: true);
        const string Skipped = "StaticNews: restore skipped";
        var assets = Path.Combine(repo.Root, "site", "obj", "project.assets.json");
        DotnetCli.Result Build(params string[] extra) => repo.BuildAtRoot(["-p:StaticNewsSearch=false", "-v:n", .. extra]);

        var first = Build();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.DoesNotContain(Skipped, first.Output);

        var unchanged = Build();
        Assert.True(unchanged.ExitCode == 0, unchanged.Output);
        Assert.Contains(Skipped, unchanged.Output);
        // The restore left with no project says nothing: a no-op build shows no warning.
        Assert.DoesNotContain("Unable to find a project to restore", unchanged.Output);
        Assert.Contains(" 0 Warning(s)", unchanged.Output);

        File.SetLastWriteTimeUtc(Path.Combine(repo.Root, "Directory.Packages.props"), DateTime.UtcNow.AddSeconds(5));
        var propsChanged = Build();
        Assert.True(propsChanged.ExitCode == 0, propsChanged.Output);
        Assert.DoesNotContain(Skipped, propsChanged.Output);
        Assert.Contains(Skipped, Build().Output);

        File.Delete(assets);
        var assetsDeleted = Build();
        Assert.True(assetsDeleted.ExitCode == 0, assetsDeleted.Output);
        Assert.DoesNotContain(Skipped, assetsDeleted.Output);
        Assert.True(File.Exists(assets));

        var forced = Build("-p:RestoreForce=true");
        Assert.True(forced.ExitCode == 0, forced.Output);
        Assert.DoesNotContain(Skipped, forced.Output);
        Assert.True(File.Exists(Path.Combine(repo.Site, "index.html")));
    }

    /// <summary>
    /// The site keeps every SN id out of its TreatWarningsAsErrors: each id in the diagnostics catalogue (the generator's
    /// and the build's own) is in the site's WarningsNotAsErrors as MSBuild evaluates it.
    /// </summary>
    [Fact]
    public void Every_catalogued_SN_id_stays_a_warning_in_the_site()
    {
        var catalogue = Regex.Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md")), @"^## (SN\d{4})$", RegexOptions.Multiline)
            .Select(match => match.Groups[1].Value)
            .ToList();
        var evaluated = DotnetCli.Run(RepoPaths.Root, "msbuild", "site/StaticNews.Site.csproj", "-getProperty:WarningsNotAsErrors", "-nologo");

        Assert.True(evaluated.ExitCode == 0, evaluated.Output);
        var notEscalated = evaluated.Output.Split([';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.Contains("SN0001", catalogue);
        Assert.Contains("SN0030", catalogue);
        Assert.All(catalogue, id => Assert.Contains(id, notEscalated));
    }

    /// <summary>
    /// The site's compile runs the generators (the content) but no analyzer: any analyzer makes the compiler analyze
    /// every generated article class, a cost that grows with the site. What the compiler is told, as the SDK decides it
    /// just before the compile (/skipanalyzers+).
    /// </summary>
    [Fact]
    public void The_sites_compile_runs_the_generators_but_no_analyzer()
    {
        var decided = DotnetCli.Run(RepoPaths.Root, "msbuild", "site/StaticNews.Site.csproj", "-t:_ComputeSkipAnalyzers", "-getProperty:_SkipAnalyzers", "-nologo");

        Assert.True(decided.ExitCode == 0, decided.Output);
        Assert.Equal("true", decided.Output.Trim());
    }

    private static void ReportedOnceBySite(string output, string document, string id)
    {
        // The console logger repeats every warning in its summary: the same line twice is one report.
        var reports = output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith($"{document}(", StringComparison.Ordinal) && line.Contains($" warning {id}:", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        var report = Assert.Single(reports);
        Assert.EndsWith($"{Path.Combine("site", "StaticNews.Site.csproj")}]", report);
    }
}
