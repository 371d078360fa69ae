using System.Collections;
using Microsoft.Build.Framework;

namespace StaticNews.Tasks.Tests.Infrastructure;

/// <summary>A build engine that keeps what a task logs.</summary>
public sealed class FakeBuildEngine : IBuildEngine
{
    public List<BuildWarningEventArgs> Warnings { get; } = [];
    public List<BuildErrorEventArgs> Errors { get; } = [];

    public bool ContinueOnError => false;
    public int LineNumberOfTaskNode => 0;
    public int ColumnNumberOfTaskNode => 0;
    public string ProjectFileOfTaskNode => "test.proj";

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);
    public void LogMessageEvent(BuildMessageEventArgs e) { }
    public void LogCustomEvent(CustomBuildEventArgs e) { }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException();
}
