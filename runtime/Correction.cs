using System;

namespace StaticNews.Content;

/// <summary>One correction of an article (<c>corrections:</c> in its document): when it was made and what it says.</summary>
public sealed class Correction : IEquatable<Correction>
{
    /// <summary>A correction made at <paramref name="date"/>, saying <paramref name="text"/>.</summary>
    public Correction(DateTimeOffset date, string text)
    {
        Date = date;
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>When the article was corrected.</summary>
    public DateTimeOffset Date { get; }

    /// <summary>What was corrected, as the newsroom wrote it.</summary>
    public string Text { get; }

    /// <summary>The same moment, offset and text.</summary>
    public bool Equals(Correction? other) => other is not null && Date.Equals(other.Date) && Date.Offset == other.Date.Offset && Text == other.Text;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Correction);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked(Date.GetHashCode() * 31 + Text.GetHashCode());

    /// <summary>"2025-04-03: text".</summary>
    public override string ToString() => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ": " + Text;
}
