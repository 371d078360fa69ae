using StaticNews.Generator.Model;

namespace StaticNews.Site.Live;

/// <summary>
/// What a burst of changes did to the documents' articles: those that went, those that came, and those edited (each
/// before and after), for the content to take in (<see cref="LiveContent"/>); whether any redirect or page document
/// came, went or changed, which only a compile of every document takes in.
/// </summary>
internal sealed class ArticleChange
{
    private readonly List<ArticleDocument> _removed = [];
    private readonly List<ArticleDocument> _added = [];
    private readonly List<(ArticleDocument Before, ArticleDocument After)> _edits = [];
    private bool _onlyEdits = true;

    /// <summary>Every article that went or was edited, as it was.</summary>
    public IReadOnlyCollection<ArticleDocument> Removed => [.. _removed, .. _edits.Select(edit => edit.Before)];

    /// <summary>Every article that came or was edited, as it is.</summary>
    public IReadOnlyCollection<ArticleDocument> Added => [.. _added, .. _edits.Select(edit => edit.After)];

    /// <summary>The articles edited, each before and after; null when an article came or went.</summary>
    public IReadOnlyCollection<(ArticleDocument Before, ArticleDocument After)>? Edits => _onlyEdits ? _edits : null;

    /// <summary>No redirect or page document came, went or changed.</summary>
    public bool OnlyArticles { get; private set; } = true;

    /// <summary>A document that went (null: it was not known).</summary>
    public void Gone(ParseResult? document) => Replaced(document, null);

    /// <summary>A document as it was (null: new) and as it is served now (null: gone).</summary>
    public void Replaced(ParseResult? before, ParseResult? after)
    {
        if (before?.Redirect is not null || before?.Page is not null || after?.Redirect is not null || after?.Page is not null)
        {
            OnlyArticles = false;
            _onlyEdits = false;
            return;
        }
        switch (before?.Article, after?.Article)
        {
            case ({ } was, { } now) when !ReferenceEquals(was, now):
                _edits.Add((was, now));
                break;
            case ({ } was, null):
                _removed.Add(was);
                _onlyEdits = false;
                break;
            case (null, { } now):
                _added.Add(now);
                _onlyEdits = false;
                break;
        }
    }
}
