using System.Diagnostics;
using System.Reflection;
using StaticNews.Content;

namespace StaticNews.Generator.Tests;

/// <summary>
/// The product's assemblies are compiled optimized in every configuration (Directory.Build.props): the README's build
/// is Debug, and the generator runs inside the compiler on every compile of the content. An assembly compiled without
/// optimizations says so in its DebuggableAttribute, and the JIT then leaves its code unoptimized.
/// </summary>
public sealed class OptimizedBuildTests
{
    [Theory]
    [InlineData(typeof(ArticleGenerator))]
    [InlineData(typeof(Article))]
    [InlineData(typeof(StaticNews.Configuration.SiteConfig))]
    public void The_product_is_compiled_optimized_in_this_configuration(Type type)
    {
        var debuggable = type.Assembly.GetCustomAttribute<DebuggableAttribute>();
        Assert.False(debuggable?.IsJITOptimizerDisabled ?? false, type.Assembly.GetName().Name + " is compiled without optimizations");
    }
}
