using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace StaticNews.Tasks.Scanning;

/// <summary>
/// The generator's own judgement of which edits changed only a document's body (StaticNews.Generator.Content.BodyEdits),
/// from the generator assembly the compiler loads, so the scan parses exactly as the compile would. The generator is not
/// a reference of the tasks (it is built after them): it is loaded from its bytes, again only when the file changed (a
/// reused MSBuild node would otherwise keep an old generator), and called by reflection with framework types only. Its
/// dependencies come from the analyzer files beside it (the configuration loader, YamlDotNet, Tomlyn), and Roslyn from
/// MSBuild's own. Anything that goes wrong is a reason to compile, never a failed build.
/// </summary>
internal static class GeneratorBodyEdits
{
    private const string TypeName = "StaticNews.Generator.Content.BodyEdits";
    private const string MethodName = "OnlyBodiesChanged";

    private static readonly object Gate = new();
    private static readonly Dictionary<string, string> Dependencies = new(StringComparer.OrdinalIgnoreCase);
    private static (string Path, long Length, long Ticks, MethodInfo Method)? Loaded;
    private static bool Resolving;

    /// <summary>For each document, whether only its body changed from <paramref name="before"/> to <paramref name="after"/>; null, with the reason, when the generator could not say.</summary>
    public static bool[]? OnlyBodiesChanged(string generatorPath, IEnumerable<string> analyzerFiles, string contentRoot, string configPath, string documentsFolder,
        string[] paths, string[] resourceNames, byte[][] before, byte[][] after, out string? failure)
    {
        failure = null;
        try
        {
            var method = Method(generatorPath, analyzerFiles);
            var configText = configPath.Length > 0 && File.Exists(configPath) ? File.ReadAllText(configPath) : "";
            return (bool[])method.Invoke(null, new object[] { contentRoot, configPath, configText, documentsFolder, paths, resourceNames, before, after });
        }
        catch (Exception e)
        {
            failure = (e is TargetInvocationException { InnerException: { } inner } ? inner : e).Message;
            return null;
        }
    }

    private static MethodInfo Method(string generatorPath, IEnumerable<string> analyzerFiles)
    {
        var file = new FileInfo(generatorPath);
        lock (Gate)
        {
            foreach (var dependency in analyzerFiles)
            {
                Dependencies[Path.GetFileNameWithoutExtension(dependency)] = dependency;
            }
            if (!Resolving)
            {
                AppDomain.CurrentDomain.AssemblyResolve += Resolve;
                Resolving = true;
            }
            if (Loaded is { } loaded && loaded.Path == file.FullName && loaded.Length == file.Length && loaded.Ticks == file.LastWriteTimeUtc.Ticks)
            {
                return loaded.Method;
            }
            var assembly = Assembly.Load(File.ReadAllBytes(file.FullName));
            var method = assembly.GetType(TypeName, throwOnError: true).GetMethod(MethodName, BindingFlags.Public | BindingFlags.Static)
                ?? throw new MissingMethodException(TypeName, MethodName);
            Loaded = (file.FullName, file.Length, file.LastWriteTimeUtc.Ticks, method);
            return method;
        }
    }

    private static Assembly? Resolve(object sender, ResolveEventArgs args)
    {
        string? path;
        lock (Gate)
        {
            Dependencies.TryGetValue(new AssemblyName(args.Name).Name, out path);
        }
        return path is not null && File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
}
