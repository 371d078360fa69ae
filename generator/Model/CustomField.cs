namespace StaticNews.Generator.Model;

/// <summary>
/// A front-matter key StaticNews does not know, kept as a typed property of that article's class.
/// <see cref="Values"/> holds the value in invariant form (one item unless <see cref="Type"/> is a list).
/// </summary>
public sealed record CustomField(string Key, string PropertyName, CustomFieldType Type, EquatableArray<string> Values, LocationInfo Location);

public enum CustomFieldType
{
    String,
    Integer,
    Number,
    Boolean,
    Date,
    StringList,
}
