namespace StaticNews.Content.Data;

/// <summary>
/// A text of an article's record: either given (<see cref="Value"/>, maybe null) or a range of the article's embedded
/// document, which the article reads when the text is first asked for. The generator writes a range when the text
/// stands in the document exactly as the article gives it, so the data does not carry it twice.
/// </summary>
internal readonly struct DocumentText
{
    private DocumentText(string? value, bool inDocument, int start, int length)
    {
        Value = value;
        InDocument = inDocument;
        Start = start;
        Length = length;
    }

    /// <summary>The text when it is given; null when it is none or <see cref="InDocument"/>.</summary>
    public string? Value { get; }

    public bool InDocument { get; }

    /// <summary>With <see cref="InDocument"/>: where the text starts in the decoded document, in UTF-16 units.</summary>
    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public static DocumentText Given(string? value) => new(value, false, 0, 0);

    public static DocumentText Range(int start, int length) => new(null, true, start, length);
}
