using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StaticNews.Generator.Model;

namespace StaticNews.Generator.Emit;

/// <summary>A custom front-matter field as C#: its property's type and its value as a literal.</summary>
public static class CustomFieldValues
{
    public static string TypeName(CustomFieldType type) => type switch
    {
        CustomFieldType.Integer => "long",
        CustomFieldType.Number => "double",
        CustomFieldType.Boolean => "bool",
        CustomFieldType.Date => "global::System.DateTimeOffset",
        CustomFieldType.StringList => "global::System.Collections.Generic.IReadOnlyList<string>",
        _ => "string",
    };

    public static string Literal(CustomField field)
    {
        var value = field.Values.Count > 0 ? field.Values[0] : "";
        return field.Type switch
        {
            CustomFieldType.Integer => value + "L",
            CustomFieldType.Number => FormatDouble(value),
            CustomFieldType.Boolean => value,
            CustomFieldType.Date => DateLiteral(System.DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)),
            CustomFieldType.StringList => StringArray(field.Values),
            _ => CSharpText.StringLiteral(value),
        };
    }

    private static string FormatDouble(string value) =>
        value.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? value + "d" : value + ".0";

    private static string StringArray(IEnumerable<string> values)
    {
        var items = values.ToList();
        return items.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "new string[] { " + string.Join(", ", items.Select(CSharpText.StringLiteral)) + " }";
    }

    private static string DateLiteral(System.DateTimeOffset date)
    {
        var c = CultureInfo.InvariantCulture;
        return "new global::System.DateTimeOffset(" + date.Ticks.ToString(c) + "L, new global::System.TimeSpan(" + date.Offset.Ticks.ToString(c) + "L))";
    }
}
