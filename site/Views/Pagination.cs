namespace StaticNews.Site.Views;

/// <summary>Where a page of a paginated list sits: its number, the total, and the neighbours' URLs.</summary>
public sealed record Pagination(int Number, int Count, string? PreviousUrl, string? NextUrl)
{
    /// <summary>Site-relative path of page <paramref name="number"/> of a list whose first page is at <paramref name="firstPage"/> ("" or "tags/x/").</summary>
    public static string PathOf(string firstPage, int number) => number == 1 ? firstPage : $"{firstPage}page/{number}/";
}
