using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StaticNews.Generator.Emit;

/// <summary>
/// Writes article metadata as the records the runtime's ArticleDataReader reads: text as "length:text" (length in
/// UTF-16 code units), "~" for null, numbers as "digits;", lists as a count followed by the items. The result is
/// emitted as a constant string per part, which the compiler stores as it is, binding nothing in it.
/// </summary>
public sealed class ArticleDataWriter
{
    private readonly StringBuilder _builder = new();

    public ArticleDataWriter Text(string? value)
    {
        if (value is null)
        {
            _builder.Append('~');
            return this;
        }
        var text = WithoutLoneSurrogates(value);
        _builder.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
        return this;
    }

    public ArticleDataWriter Number(long value)
    {
        _builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
        return this;
    }

    public ArticleDataWriter Texts(IReadOnlyCollection<string> values)
    {
        Number(values.Count);
        foreach (var value in values)
        {
            Text(value);
        }
        return this;
    }

    public ArticleDataWriter Numbers(IReadOnlyCollection<int> values)
    {
        Number(values.Count);
        foreach (var value in values)
        {
            Number(value);
        }
        return this;
    }

    public ArticleDataWriter Date(DateTimeOffset? value)
    {
        if (value is not { } date)
        {
            _builder.Append('~');
            return this;
        }
        return Number(date.Ticks).Number(date.Offset.Ticks);
    }

    public override string ToString() => _builder.ToString();

    /// <summary>
    /// Half a surrogate pair is no text: the generated source file would not encode as UTF-8 (what the compiler and
    /// EmitCompilerGeneratedFiles write it as); U+FFFD stands in, as a decoder would.
    /// </summary>
    private static string WithoutLoneSurrogates(string value)
    {
        StringBuilder? fixedText = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(value[i - 1])
                : true;
            if (!paired)
            {
                fixedText ??= new StringBuilder(value, 0, i, value.Length);
            }
            fixedText?.Append(paired ? c : '\uFFFD');
        }
        return fixedText?.ToString() ?? value;
    }
}
