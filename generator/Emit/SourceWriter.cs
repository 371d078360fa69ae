using System.Text;

namespace StaticNews.Generator.Emit;

/// <summary>A small indented writer for generated C#, in the shape of dotnet/runtime's SourceWriter.</summary>
public sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }
        _builder.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public override string ToString()
    {
        System.Diagnostics.Debug.Assert(_indent == 0, "Every block opened must be closed.");
        return _builder.ToString();
    }
}
