using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace StaticNews.Site.Search;

/// <summary>
/// Pagefind's service mode (<c>pagefind --service</c>, what its Node API drives): messages are JSON, base64-encoded,
/// each followed by a comma, on its standard input; answers come back the same way on its standard output, each
/// naming the message it answers. Records are sent without waiting for their answers, which are read meanwhile.
/// </summary>
public sealed class PagefindService : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly Task<string> _errors;
    private int _lastMessage;

    private PagefindService(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts the service in <paramref name="workingDirectory"/>, where Pagefind may write.</summary>
    /// <exception cref="SearchIndexException">It cannot be started.</exception>
    public static PagefindService Start(string command, string workingDirectory)
    {
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--service");
        try
        {
            return new PagefindService(Process.Start(start)!);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SearchIndexException($"Pagefind could not be started ({command}): {e.Message}");
        }
    }

    /// <summary>Indexes <paramref name="records"/> in a new index and writes its files into <paramref name="outputPath"/>.</summary>
    /// <exception cref="SearchIndexException">Pagefind refused a message or stopped.</exception>
    public void Index(IReadOnlyList<SearchRecord> records, string outputPath)
    {
        try
        {
            var index = Ask(writer => writer.WriteStartObject("config"), "NewIndex", "NewIndex").GetProperty("index_id").GetInt32();
            var answers = Task.Run(() =>
            {
                for (var i = 0; i < records.Count; i++)
                {
                    Expect(Read(), "IndexedFile", "a record");
                }
            });
            foreach (var record in records)
            {
                Send("AddRecord", writer =>
                {
                    writer.WriteNumber("index_id", index);
                    writer.WriteString("url", record.Url);
                    writer.WriteString("content", record.Content);
                    writer.WriteString("language", record.Language);
                    writer.WriteStartObject("meta");
                    writer.WriteString("title", record.Title);
                });
                if (answers.IsFaulted)
                {
                    break;
                }
            }
            _input.Flush();
            answers.GetAwaiter().GetResult();
            Ask(writer =>
            {
                writer.WriteNumber("index_id", index);
                writer.WriteString("output_path", outputPath);
            }, "WriteFiles", "WriteFiles");
            _input.Close();
            _process.WaitForExit();
        }
        catch (IOException)
        {
            throw Stopped();
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // It has exited meanwhile.
        }
        _process.Dispose();
    }

    private JsonElement Ask(Action<Utf8JsonWriter> fields, string type, string answer)
    {
        Send(type, fields);
        _input.Flush();
        return Expect(Read(), answer, type);
    }

    private void Send(string type, Action<Utf8JsonWriter> fields)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json))
        {
            writer.WriteStartObject();
            writer.WriteNumber("message_id", ++_lastMessage);
            writer.WriteStartObject("payload");
            writer.WriteString("type", type);
            fields(writer);
            // Closes whatever the fields left open, then the payload and the message.
            while (writer.CurrentDepth > 0)
            {
                writer.WriteEndObject();
            }
        }
        var encoded = new byte[((json.WrittenCount + 2) / 3 * 4) + 1];
        Base64Encode(json.WrittenSpan, encoded);
        encoded[^1] = (byte)',';
        _input.Write(encoded);
    }

    private static void Base64Encode(ReadOnlySpan<byte> data, Span<byte> destination) =>
        System.Buffers.Text.Base64.EncodeToUtf8(data, destination, out _, out _);

    /// <summary>The next answer's payload; null when Pagefind closed its output.</summary>
    private JsonElement? Read()
    {
        var message = new MemoryStream();
        int b;
        while ((b = _output.ReadByte()) != -1 && b != ',')
        {
            message.WriteByte((byte)b);
        }
        if (b == -1)
        {
            return null;
        }
        var json = Convert.FromBase64String(Encoding.ASCII.GetString(message.GetBuffer(), 0, (int)message.Length));
        return JsonDocument.Parse(json).RootElement.GetProperty("payload");
    }

    private JsonElement Expect(JsonElement? payload, string type, string what)
    {
        if (payload is not { } answer)
        {
            throw Stopped();
        }
        var actual = answer.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (actual == type)
        {
            return answer;
        }
        var message = actual == "Error" && answer.TryGetProperty("message", out var m) ? m.GetString() : $"answered {actual} to {what}";
        throw new SearchIndexException("Pagefind refused " + what + ": " + message);
    }

    private SearchIndexException Stopped()
    {
        try
        {
            _input.Dispose();
        }
        catch (IOException)
        {
            // What it did not read is lost with it.
        }
        _process.WaitForExit();
        return new SearchIndexException($"Pagefind exited with {_process.ExitCode}: {_errors.Result}".Trim());
    }
}

/// <summary>Why the search index could not be built, in one line.</summary>
public sealed class SearchIndexException(string message) : Exception(message);
