using System.Collections.Generic;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticNews.Configuration;

/// <summary>Finds the first key written twice in one mapping, at the second time it is written.</summary>
internal static class DuplicateKeys
{
    public static ConfigProblem? Find(string yaml)
    {
        // One frame per open mapping or sequence: a mapping's nodes alternate key, value.
        var frames = new Stack<Frame>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                var current = parser.Current;
                if (current is MappingEnd or SequenceEnd)
                {
                    frames.Pop();
                    continue;
                }
                if (current is not NodeEvent)
                {
                    continue;
                }
                if (frames.Count > 0 && frames.Peek() is { Keys: not null } mapping)
                {
                    if (mapping.ExpectingKey && current is Scalar key && !mapping.Keys.Add(key.Value))
                    {
                        return new ConfigProblem($"'{key.Value}' is written twice; keep one", (int)key.Start.Line, (int)key.Start.Column);
                    }
                    mapping.ExpectingKey = !mapping.ExpectingKey;
                }
                if (current is MappingStart)
                {
                    frames.Push(new Frame(new HashSet<string>(System.StringComparer.Ordinal)));
                }
                else if (current is SequenceStart)
                {
                    frames.Push(new Frame(null));
                }
            }
        }
        catch (YamlException)
        {
        }
        return null;
    }

    private sealed class Frame(HashSet<string>? keys)
    {
        public HashSet<string>? Keys { get; } = keys;
        public bool ExpectingKey { get; set; } = true;
    }
}
