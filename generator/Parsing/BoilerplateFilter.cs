using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// Recognises boilerplate lines (donation appeals, newsletter boxes) by the regular expressions in
/// staticnews.yml. Patterns are compiled once per process. A pathological pattern cannot hang the build: where
/// the runtime has a linear-time engine (RegexOptions.NonBacktracking, .NET 7 and later, the compiler's own runtime
/// on the command line) the patterns run on it; elsewhere, or for a pattern it does not support (backreferences,
/// lookarounds), they run with a timeout. The linear-time engine is preferred even where a timeout would do: a
/// timeout reads the clock on every match, which is a large share of parsing thousands of documents.
/// </summary>
public sealed class BoilerplateFilter
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly ConcurrentDictionary<string, Regex?> Compiled = new(StringComparer.Ordinal);
    private static readonly RegexOptions? LinearTime = Enum.TryParse<RegexOptions>("NonBacktracking", out var option) ? option : null;

    private readonly EquatableArray<string> _patterns;

    public BoilerplateFilter(EquatableArray<string> patterns) => _patterns = patterns;

    /// <summary>The pattern the line matches, or null when it is ordinary text.</summary>
    public string? Match(string line)
    {
        foreach (var pattern in _patterns)
        {
            var regex = Compiled.GetOrAdd(pattern, TryCompile);
            try
            {
                if (regex is not null && regex.IsMatch(line))
                {
                    return pattern;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern that takes this long on one line is treated as not matching; it is kept.
            }
        }
        return null;
    }

    /// <summary>Null when valid, else the reason the pattern cannot be used.</summary>
    public static string? Validate(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    private static Regex? TryCompile(string pattern)
    {
        if (Validate(pattern) is not null)
        {
            return null;
        }
        if (LinearTime is { } linearTime)
        {
            try
            {
                return new Regex(pattern, RegexOptions.CultureInvariant | linearTime);
            }
            catch (NotSupportedException)
            {
                // A construct the linear-time engine lacks: the backtracking one, with its timeout.
            }
        }
        return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
    }
}
