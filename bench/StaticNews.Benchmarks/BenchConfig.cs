using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace StaticNews.Benchmarks;

/// <summary>
/// One short job, so a run stays bounded on a 2-core machine: one launch, one warmup and five measured iterations,
/// with allocations. BenchmarkDotNet rebuilds this project and the site for each job: the site's own render after
/// Build is switched off (it would write the repository's _site), and the build may take minutes on a loaded machine.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithArguments([new MsBuildArgument("/p:StaticNewsRender=false")]));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
