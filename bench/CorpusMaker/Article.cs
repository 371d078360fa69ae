namespace CorpusMaker;

/// <summary>One synthetic article, independent of the file format it is written in.</summary>
internal sealed record Article(
    int Index,
    string Slug,
    string Title,
    string Standfirst,
    DateTimeOffset Date,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Tags,
    string Section,
    bool HasDonationAppeal,
    string? EditorsNote,
    IReadOnlyList<string> Paragraphs);
