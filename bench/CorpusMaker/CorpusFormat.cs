namespace CorpusMaker;

internal enum CorpusFormat
{
    /// <summary>Front matter, then the seed's plain-text layout.</summary>
    Txt,

    /// <summary>Front matter, then Markdown paragraphs.</summary>
    Md,

    /// <summary>Even indices as text, odd as Markdown.</summary>
    Mixed,
}
