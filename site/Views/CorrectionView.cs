namespace StaticNews.Site.Views;

/// <summary>One correction of an article as templates show it: its date (for <c>t.date</c>), the date as RFC 3339, and its words.</summary>
public sealed record CorrectionView(DateTimeOffset Date, string DateIso, string Text);
