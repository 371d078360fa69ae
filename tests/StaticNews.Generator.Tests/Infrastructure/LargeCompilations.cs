namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// Test classes that compile and emit many megabytes of generated code. xUnit runs each collection on its own, so
/// these do not run at the same time: on a two-core machine two of them together thrash memory and take far longer.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LargeCompilations
{
    public const string Name = "Large compilations";
}
