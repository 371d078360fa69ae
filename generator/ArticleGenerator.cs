using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StaticNews.Configuration;
using StaticNews.Generator.Content;
using StaticNews.Generator.Emit;
using StaticNews.Generator.Indexing;
using StaticNews.Generator.Model;
using StaticNews.Generator.Naming;
using StaticNews.Generator.Parsing;

namespace StaticNews.Generator;

/// <summary>
/// Turns every .txt and .md AdditionalFile into a typed article class, plus the <c>Articles</c> index.
/// Each document is parsed on its own (cached per file); only small projections are collected across
/// documents, for unique names and the index. Nothing here throws: failures become diagnostics.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var buildOptions = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => BuildOptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.BuildOptions);

        var config = context.AdditionalTextsProvider
            .Where(IsConfig)
            .Select((file, cancellationToken) => ReadConfig(file, cancellationToken))
            .Collect()
            .Select((configs, _) => configs.IsEmpty ? ConfigResult.Missing : configs[0])
            .WithTrackingName(TrackingNames.Config);

        var options = buildOptions.Combine(config)
            .Select((pair, _) => ContentCompiler.Options(pair.Left.ContentRoot, pair.Right, pair.Left.Namespace, pair.Left.DocumentsFolderWith(pair.Right)))
            .WithTrackingName(TrackingNames.Options);

        // Each document with what the build says about that file alone (the resource it is embedded as): a
        // change elsewhere leaves this pair equal, so the document is not parsed again.
        // Filtered and paired in one step (SelectMany, not Where then Select): every step walks every document's entry
        // on every edit.
        // A file given to the compiler twice (a project that also lists a document as an AdditionalFiles item) is one
        // document: decided here, once, so no later step sees it twice. The collected list changes with any document,
        // but the documents it gives out compare equal (the compiler keeps the object of an unchanged file), so each is
        // parsed again only when it changed.
        var documents = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .SelectMany((pair, _) => IsDocument(pair.Left)
                ? ImmutableArray.Create(Input(pair.Left, pair.Right.GetOptions(pair.Left)))
                : ImmutableArray<DocumentInput>.Empty)
            .Collect()
            .SelectMany((inputs, _) => OnePerFile(inputs))
            .WithTrackingName(TrackingNames.Documents);

        var parsed = documents
            .Combine(options)
            .Select((pair, cancellationToken) => Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        // The steps below read the parse results themselves, each skipping documents that gave no article, rather than
        // through a step of articles only: every step walks every document's entry on every edit.
        var redirects = parsed
            .SelectMany((result, _) => result.Redirect is { } redirect ? ImmutableArray.Create(redirect) : ImmutableArray<RedirectDocument>.Empty)
            .Collect();
        // staticnews.lock is read by naming alone, which already takes every document: no document is parsed again when it changes.
        var urlLock = context.AdditionalTextsProvider
            .Where(IsLock)
            .Select((file, cancellationToken) => ReadLock(file, cancellationToken))
            .Collect()
            .Select((locks, _) => locks.IsEmpty ? UrlLock.Empty : locks[0])
            .WithTrackingName(TrackingNames.UrlLock);
        var naming = parsed
            .SelectMany((result, _) => result.Article is not { } article ? ImmutableArray<NamingRequest>.Empty : ImmutableArray.Create(ContentCompiler.NamingRequestFor(article)))
            .Collect()
            .Combine(redirects.Combine(options.Select((o, _) => o.Permalink)).Combine(urlLock))
            .Select((pair, _) => ContentCompiler.Name(pair.Left, pair.Right.Left.Right, pair.Right.Left.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.Naming);

        var @namespace = options.Select((o, _) => o.Namespace);

        // The documents of pages/: named once the articles are (a page never takes an article's URL), in one small step.
        var pages = parsed
            .SelectMany((result, _) => result.Page is { } page ? ImmutableArray.Create(page) : ImmutableArray<PageDocument>.Empty)
            .Collect()
            .Combine(naming.Combine(@namespace.Combine(buildOptions)).Combine(urlLock))
            .Select((pair, _) => PageNamer.Name(pair.Right.Left.Right.Left, pair.Left, pair.Right.Left.Left, pair.Right.Left.Right.Right.IncludeDrafts, pair.Right.Right))
            .WithTrackingName(TrackingNames.Pages);

        // Every article is combined with the whole naming result, but keeps only its own names: an article
        // whose names did not change comes out equal, so its emitted file stays cached.
        var named = parsed
            .Combine(naming.Combine(@namespace))
            .SelectMany((pair, _) => pair.Left.Article is { } article ? Name(article, pair.Right.Left, pair.Right.Right) : ImmutableArray<NamedArticle>.Empty)
            .WithTrackingName(TrackingNames.NamedArticles);

        // The articles go out in a fixed set of files (parts); a part whose articles all came out of the cache equal
        // compares equal, and its file is not written again.
        var parts = named
            .Collect()
            .SelectMany((all, _) => ArticlePartitioner.Split(all))
            .WithTrackingName(TrackingNames.ArticleParts);

        // Drafts and future articles are decided here, against the build's clock (or StaticNewsNow): only this
        // small collected step re-runs when the clock moves.
        var indexEntries = named
            .Select((article, _) => ContentCompiler.IndexEntryFor(article))
            .Collect();
        // The pages that lead to another site take their URLs in naming, and go out with the index.
        var index = indexEntries
            .Combine(buildOptions)
            .Combine(naming.Select((result, _) => result.Redirects))
            .Select((pair, _) => IndexBuilder.Build(pair.Left.Right.Namespace, pair.Left.Left, pair.Left.Right.IncludeDrafts, pair.Left.Right.Now ?? DateTimeOffset.UtcNow, pair.Right))
            .WithTrackingName(TrackingNames.Index);

        var references = parsed
            .SelectMany((result, _) => result.Article is { } article && ContentCompiler.ReferenceCheckFor(article) is { } check
                ? ImmutableArray.Create(check)
                : ImmutableArray<ReferenceCheck>.Empty)
            .Collect()
            .Combine(naming)
            .Select((pair, _) => ReferenceChecker.Check(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.References);

        // lead: is checked against every article: only this small step re-runs when an article is added or its slug changes.
        var lead = config
            .Combine(indexEntries.Combine(index))
            .Select((pair, _) => LeadChecker.Check(pair.Left, pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.Lead);

        // translation_of: is checked against every article, as lead: is; an edit that changes no slug, date, language or
        // translation_of leaves its input equal.
        var translations = named
            .Select((article, _) => ContentCompiler.TranslationEntryFor(article))
            .Collect()
            .Combine(config.Combine(indexEntries.Combine(index)))
            .Select((pair, _) => TranslationChecker.Check(pair.Right.Left, pair.Left, pair.Right.Right.Left, pair.Right.Right.Right))
            .WithTrackingName(TrackingNames.Translations);

        context.RegisterSourceOutput(config, (output, result) => Report(output, result.Diagnostics));
        context.RegisterSourceOutput(pages, (output, model) =>
        {
            Report(output, model.Diagnostics);
            Emit(output, "", PagesEmitter.HintName, () => PagesEmitter.Emit(model));
        });
        context.RegisterSourceOutput(urlLock, (output, result) => Report(output, result.Diagnostics));
        context.RegisterSourceOutput(lead, Report);
        context.RegisterSourceOutput(translations, Report);
        context.RegisterSourceOutput(parsed, (output, result) => Report(output, result.Diagnostics));
        context.RegisterSourceOutput(naming, (output, result) => Report(output, result.Diagnostics));
        context.RegisterSourceOutput(parts, (output, part) =>
        {
            if (!part.Articles.IsEmpty)
            {
                Emit(output, part.Articles[0].Article.FilePath, ArticleEmitter.HintName(part), () => ArticleEmitter.Emit(part));
            }
        });
        context.RegisterSourceOutput(references, Report);
        context.RegisterSourceOutput(index, (output, model) =>
        {
            Report(output, model.Diagnostics);
            Emit(output, "", IndexEmitter.HintName, () => IndexEmitter.Emit(model));
        });
    }

    private static ImmutableArray<DocumentInput> OnePerFile(ImmutableArray<DocumentInput> inputs)
    {
        var paths = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<DocumentInput>(inputs.Length);
        foreach (var input in inputs)
        {
            if (paths.Add(input.Path))
            {
                builder.Add(input);
            }
        }
        return builder.Count == inputs.Length ? inputs : builder.ToImmutable();
    }

    private static bool IsConfig(AdditionalText file) =>
        string.Equals(Path.GetFileName(file.Path), SiteConfig.FileName, StringComparison.OrdinalIgnoreCase);

    private static bool IsLock(AdditionalText file) =>
        string.Equals(Path.GetFileName(file.Path), UrlLockFile.FileName, StringComparison.OrdinalIgnoreCase);

    private static UrlLock ReadLock(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            return text is null ? UrlLock.Empty : ContentCompiler.ReadLock(file.Path, text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return UrlLock.Empty with { Diagnostics = EquatableArrayOf(ContentCompiler.InternalError(file.Path, e)) };
        }
    }

    private static bool IsDocument(AdditionalText file)
    {
        var extension = Path.GetExtension(file.Path);
        return (extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
            && !Path.GetFileName(file.Path).StartsWith("AnalyzerReleases.", StringComparison.Ordinal);
    }

    private static ConfigResult ReadConfig(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            return text is null ? ConfigResult.Missing : ContentCompiler.ReadConfig(file.Path, text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ConfigResult.Missing with { Diagnostics = EquatableArrayOf(ContentCompiler.InternalError(file.Path, e)) };
        }
    }

    /// <summary>The document with its resource name, and the path it is known by: a UTF-32 document reaches the
    /// compiler as a UTF-8 copy the documents scan wrote in obj/, whose StaticNewsSourceFile (%XX-escaped) names the
    /// original; its SourcePath and diagnostics name that.</summary>
    private static DocumentInput Input(AdditionalText file, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
    {
        var resourceName = options.TryGetValue("build_metadata.AdditionalFiles.StaticNewsResource", out var name) && !string.IsNullOrWhiteSpace(name) ? name : null;
        var path = options.TryGetValue("build_metadata.AdditionalFiles.StaticNewsSourceFile", out var source) && !string.IsNullOrWhiteSpace(source)
            ? Uri.UnescapeDataString(source)
            : file.Path;
        return new DocumentInput(file, resourceName, path);
    }

    private static ParseResult Parse(DocumentInput input, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var file = input.File;
        try
        {
            var text = file.GetText(cancellationToken) ?? SourceText.From("");
            return ContentCompiler.Parse(input.Path, text, options, cancellationToken, input.ResourceName);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParseResult(null, EquatableArrayOf(ContentCompiler.InternalError(input.Path, e)));
        }
    }

    private static ImmutableArray<NamedArticle> Name(ArticleDocument article, NamingResult naming, string @namespace) =>
        naming.For(article.FilePath) is { } names ? ImmutableArray.Create(new NamedArticle(article, names, @namespace)) : ImmutableArray<NamedArticle>.Empty;

    private static void Emit(SourceProductionContext output, string filePath, string hintName, Func<string> emit)
    {
        try
        {
            output.AddSource(hintName, SourceText.From(emit(), System.Text.Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            output.ReportDiagnostic(ContentCompiler.InternalError(filePath, e).ToDiagnostic());
        }
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static EquatableArray<T> EquatableArrayOf<T>(params T[] items) where T : IEquatable<T> => new(items);
}
