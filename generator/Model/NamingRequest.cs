namespace StaticNews.Generator.Model;

/// <summary>The small projection of an article that naming needs; only this is collected across documents.</summary>
public sealed record NamingRequest(string FilePath, string SourcePath, string ProposedSlug, string ProposedClassName, LocationInfo TitleLocation);
