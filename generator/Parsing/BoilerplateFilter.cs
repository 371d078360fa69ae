using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Parsing;

/// <summary>
/// Recognises boilerplate lines (donation appeals, newsletter boxes) by the regular expressions in
/// staticnews.yml. Patterns are compiled once per process and matched with a timeout, so a
/// pathological pattern cannot hang the build.
/// </summary>
public sealed class BoilerplateFilter
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly ConcurrentDictionary<string, Regex?> Compiled = new(StringComparer.Ordinal);

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

    private static Regex? TryCompile(string pattern) =>
        Validate(pattern) is null ? new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout) : null;
}
