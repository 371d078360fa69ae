namespace StaticNews.Generator;

/// <summary>Names of the pipeline steps, so tests can check which steps re-ran after an edit.</summary>
public static class TrackingNames
{
    public const string BuildOptions = nameof(BuildOptions);
    public const string Config = nameof(Config);
    public const string Options = nameof(Options);
    public const string Parse = nameof(Parse);
    public const string Naming = nameof(Naming);
    public const string NamedArticles = nameof(NamedArticles);
    public const string ArticleParts = nameof(ArticleParts);
    public const string Index = nameof(Index);
    public const string References = nameof(References);
}
