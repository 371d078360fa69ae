using System;

namespace StaticNews.Content.Data;

/// <summary>An article's title, standfirst and editor's note, once its record's texts are resolved.</summary>
internal sealed class ArticleHeading
{
    private ArticleHeading(string title, string standfirst, string? editorsNote)
    {
        Title = title;
        Standfirst = standfirst;
        EditorsNote = editorsNote;
    }

    public string Title { get; }

    public string Standfirst { get; }

    public string? EditorsNote { get; }

    /// <summary>Reads the texts the record gives as ranges of the body's document, all from one read of the document's start.</summary>
    /// <param name="readDocument">Reads the named resource's first characters (at least as many as asked).</param>
    public static ArticleHeading Read(ArticleRecord record, Func<string, int, string> readDocument)
    {
        var end = Math.Max(End(record.Title), Math.Max(End(record.Standfirst), End(record.EditorsNote)));
        var document = "";
        if (end > 0)
        {
            document = readDocument(record.BodyResource!, end);
            if (document.Length < end)
            {
                throw new InvalidOperationException($"The document of the article {record.SourcePath} has {document.Length} characters; its data names a text up to character {end}.");
            }
        }
        return new ArticleHeading(Resolve(record.Title, document) ?? "", Resolve(record.Standfirst, document) ?? "", Resolve(record.EditorsNote, document));
    }

    private static int End(DocumentText text) => text.InDocument ? text.End : 0;

    private static string? Resolve(DocumentText text, string document) => text.InDocument ? document.Substring(text.Start, text.Length) : text.Value;
}
