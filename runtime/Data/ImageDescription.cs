namespace StaticNews.Content.Data;

/// <summary>What the front matter says of the lead image besides its path; <see cref="Line"/> is 0 when unknown.</summary>
internal sealed class ImageDescription
{
    public static readonly ImageDescription None = new(null, null, null, 0);

    public ImageDescription(string? alt, string? caption, string? credit, int line)
    {
        Alt = alt;
        Caption = caption;
        Credit = credit;
        Line = line;
    }

    public string? Alt { get; }

    public string? Caption { get; }

    public string? Credit { get; }

    public int Line { get; }
}
