using System;
using System.Collections.Generic;
using System.Text;

namespace StaticNews.Generator.Naming;

/// <summary>C# property names for custom front-matter keys: "reading_level" → ReadingLevel.</summary>
public static class PropertyNames
{
    public const int MaxLength = 100;

    /// <summary>The property name, and whether it had to differ from the plain PascalCase of the key.</summary>
    public static (string Name, bool Renamed) FromKey(string key)
    {
        var name = new StringBuilder();
        foreach (var word in Words.FromTitle(key))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }
        if (name.Length == 0)
        {
            return ("Field" + Words.StableHash(key).ToUpperInvariant(), true);
        }
        if (name.Length > MaxLength)
        {
            // A name in metadata has at most 1023 bytes (CS7013 when the assembly is emitted), and an explicit YAML key
            // ("? key") can be longer: cut, with the key's hash so two long keys stay apart.
            return (name.ToString(0, MaxLength - 8) + Words.StableHash(key).ToUpperInvariant(), true);
        }
        if (char.IsDigit(name[0]))
        {
            return ("Field" + name, true);
        }
        var result = name.ToString();
        return ReservedNames.PropertyNames.Contains(result) ? (result + "Value", true) : (result, false);
    }
}
