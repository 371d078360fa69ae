using StaticNews.Site.Tests.Infrastructure;

namespace StaticNews.Site.Tests;

/// <summary>
/// `dotnet pack` of the generator gives a package a fresh project installs from a folder feed and uses: the generator,
/// the build's tasks (the documents scan) and the list of content diagnostics that TreatWarningsAsErrors leaves as
/// warnings.
/// </summary>
public sealed class PackageTests
{
    [Fact]
    public void A_fresh_project_installs_the_package_and_uses_typed_content()
    {
        using var repo = new RepoCopy();
        var feed = Path.Combine(repo.Root, "feed");
        var pack = DotnetCli.Run(repo.Root, "pack", "generator", "-c", "Release", "-o", feed);
        Assert.True(pack.ExitCode == 0, pack.Output);
        // One package: the generator as an analyzer, the runtime as the library the consumer compiles against and ships.
        using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed, "StaticNews.Generator.0.1.0.nupkg")))
        {
            var entries = package.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("analyzers/dotnet/cs/StaticNews.Generator.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/Tomlyn.dll", entries);
            Assert.Contains("lib/netstandard2.0/StaticNews.Runtime.dll", entries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("StaticNews.Generator.dll", StringComparison.Ordinal));
        }

        // Outside the repository copy, so none of its Directory.*.props apply.
        using var fresh = new TempDirectory();
        var app = fresh.Path;
        Directory.CreateDirectory(Path.Combine(app, "articles", "politics"));
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "Newsroom.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <StaticNewsNamespace>Newsroom.Content</StaticNewsNamespace>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="StaticNews.Generator" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "articles", "politics", "vote.md"), """
            ---
            title: Parliament votes on Monday
            description: The vote decides the budget.
            date: 2025-04-02T10:00:00+04:00
            tags: [Politics, Budget]
            reading_level: 3
            ---
            The *budget* vote is on Monday.
            """);
        // Content problems stay warnings under the project's TreatWarningsAsErrors: one the generator reports (SN0002, no
        // standfirst) and one the scan reports (SN0007, binary data).
        File.WriteAllText(Path.Combine(app, "articles", "title-only.txt"), "Only a headline\n");
        File.WriteAllBytes(Path.Combine(app, "articles", "picture.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using Newsroom.Content;
            var vote = Articles.ParliamentVotesOnMonday;
            long level = vote.ReadingLevel;
            Console.WriteLine($"{vote.Slug}|{vote.SourcePath}|{vote.Published:yyyy-MM-dd}|{string.Join(",", Articles.Tags.Select(t => t.Slug))}|{level}");
            // The runtime is the package's library, shipped beside the app, and reads the body from the embedded document.
            Console.WriteLine($"runtime: {typeof(StaticNews.Content.Article).Assembly.GetName().Name}, {File.Exists(Path.Combine(AppContext.BaseDirectory, "StaticNews.Runtime.dll"))}|{vote.GetMarkdown()}");
            """);

        // A package cache of its own, so the package just packed is the one used.
        var run = DotnetCli.RunWithPath(app, null, ["run", "--disable-build-servers", "-p:RestorePackagesPath=" + Path.Combine(fresh.Path, ".packages")]);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("vote|articles/politics/vote.md|2025-04-02|budget,politics|3", run.Output);
        Assert.Contains("runtime: StaticNews.Runtime, True|The *budget* vote is on Monday.", run.Output);
        Assert.Contains("warning SN0002", run.Output, StringComparison.Ordinal);
        Assert.Contains("warning SN0007", run.Output, StringComparison.Ordinal);
    }
}
