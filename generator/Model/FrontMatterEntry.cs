namespace StaticNews.Generator.Model;

/// <summary>One <c>key: value</c> of a document's front matter, with where the key stands in the document.</summary>
public sealed record FrontMatterEntry(string Key, FrontMatterValue Value, LocationInfo KeyLocation);

/// <summary>
/// A front-matter value: one scalar, or a list of scalars. Nested mappings are not allowed, except as the items of a
/// list whose key reads them (<c>corrections:</c>, a list of <c>date</c> and <c>text</c>): those are
/// <paramref name="Mappings"/>, one level deep.
/// </summary>
public sealed record FrontMatterValue(bool IsList, EquatableArray<ScalarValue> Items, LocationInfo Location, EquatableArray<FrontMatterMapping> Mappings = default)
{
    public ScalarValue? Single => !IsList && Items.Count == 1 ? Items[0] : null;
}

/// <summary>A scalar as written: its text, whether it was quoted (quoted text is always a string), and where.</summary>
public sealed record ScalarValue(string Text, bool Quoted, LocationInfo Location);

/// <summary>A mapping that is an item of a list (<c>- date: ...</c>), where it starts; a field nested deeper has no value.</summary>
public sealed record FrontMatterMapping(EquatableArray<FrontMatterField> Fields, LocationInfo Location);

/// <summary>One <c>key: value</c> of a <see cref="FrontMatterMapping"/>; <paramref name="Value"/> is null when it is no single value.</summary>
public sealed record FrontMatterField(string Key, ScalarValue? Value, LocationInfo KeyLocation);
