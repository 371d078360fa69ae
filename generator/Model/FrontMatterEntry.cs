namespace StaticNews.Generator.Model;

/// <summary>One <c>key: value</c> of a document's front matter, with where the key stands in the document.</summary>
public sealed record FrontMatterEntry(string Key, FrontMatterValue Value, LocationInfo KeyLocation);

/// <summary>A front-matter value: one scalar, or a list of scalars (nested mappings are not allowed).</summary>
public sealed record FrontMatterValue(bool IsList, EquatableArray<ScalarValue> Items, LocationInfo Location)
{
    public ScalarValue? Single => !IsList && Items.Count == 1 ? Items[0] : null;
}

/// <summary>A scalar as written: its text, whether it was quoted (quoted text is always a string), and where.</summary>
public sealed record ScalarValue(string Text, bool Quoted, LocationInfo Location);
