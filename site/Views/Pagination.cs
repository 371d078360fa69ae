namespace StaticNews.Site.Views;

/// <summary>Where a page of a paginated list sits: its number, the total, and the neighbours' URLs.</summary>
public sealed record Pagination(int Number, int Count, string? PreviousUrl, string? NextUrl);
