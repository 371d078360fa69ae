namespace StaticNews.Generator;

/// <summary>Names of the pipeline steps, so tests can check which steps re-ran after an edit.</summary>
public static class TrackingNames
{
    public const string BuildOptions = nameof(BuildOptions);
    public const string Config = nameof(Config);
    public const string Options = nameof(Options);

    /// <summary>
    /// Each document file with its resource name. The one step whose model holds a compiler object: the
    /// AdditionalText, which the parse step must read and which compares by reference (the compiler hands the same
    /// object again for an unchanged file).
    /// </summary>
    public const string Documents = nameof(Documents);
    public const string Parse = nameof(Parse);
    public const string UrlLock = nameof(UrlLock);
    public const string Naming = nameof(Naming);
    public const string NamedArticles = nameof(NamedArticles);
    public const string ArticleParts = nameof(ArticleParts);
    public const string Index = nameof(Index);
    public const string References = nameof(References);
    public const string Lead = nameof(Lead);
    public const string Translations = nameof(Translations);

    public const string Pages = nameof(Pages);
}
