using System.Runtime.CompilerServices;
using System.Text;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots without Verify. The approved text lives in <c>Snapshots/NAME.verified.cs</c> beside
/// the calling test's source file. On a mismatch the actual text is written to <c>NAME.received.cs</c> and the
/// test fails naming the first differing line; review the received file and rename it, or run the tests with
/// <c>STATICNEWS_ACCEPT_SNAPSHOTS=1</c> to overwrite the approved files (CI never sets it). Line endings are
/// normalised to \n on both sides, so a checkout with CRLF still matches.
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "STATICNEWS_ACCEPT_SNAPSHOTS";
    public const string FolderName = "Snapshots";

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static bool AcceptFromEnvironment => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Compares <paramref name="actual"/> with the approved snapshot <paramref name="name"/> of the calling test file.</summary>
    public static void Match(string actual, string name, [CallerFilePath] string callerFilePath = "")
    {
        var testFolder = Path.GetDirectoryName(callerFilePath);
        if (string.IsNullOrEmpty(testFolder) || !Directory.Exists(testFolder))
        {
            throw new Xunit.Sdk.XunitException(
                $"Cannot find the test source folder '{testFolder}' (from [CallerFilePath]); snapshots must be run from a source checkout.");
        }
        Match(actual, name, Path.Combine(testFolder, FolderName), AcceptFromEnvironment);
    }

    /// <summary>The comparison itself, with the folder and the accept switch given explicitly (used by the helper's own tests).</summary>
    public static void Match(string actual, string name, string folder, bool accept)
    {
        var verifiedPath = Path.Combine(folder, name + ".verified.cs");
        var receivedPath = Path.Combine(folder, name + ".received.cs");
        var received = Normalize(actual);
        Directory.CreateDirectory(folder);

        if (accept)
        {
            File.WriteAllText(verifiedPath, received, Utf8NoBom);
            File.Delete(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, received, Utf8NoBom);
            throw new Xunit.Sdk.XunitException(
                $"Snapshot '{name}' has no approved file yet. The output was written to {receivedPath}; " +
                $"read it, and if it is right rename it to {Path.GetFileName(verifiedPath)} (or run with {AcceptVariable}=1).");
        }

        var verified = Normalize(File.ReadAllText(verifiedPath));
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, Utf8NoBom);
        throw new Xunit.Sdk.XunitException(
            $"Snapshot '{name}' differs from {verifiedPath}. {FirstDifference(verified, received)}\n" +
            $"The output was written to {receivedPath}; if the change is intended, rename it to {Path.GetFileName(verifiedPath)} " +
            $"(or run with {AcceptVariable}=1).");
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>"First difference at line N" with both lines; <c>null</c> is never returned for different texts.</summary>
    public static string FirstDifference(string verified, string received)
    {
        var expectedLines = verified.Split('\n');
        var actualLines = received.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var expected = i < expectedLines.Length ? expectedLines[i] : null;
            var actual = i < actualLines.Length ? actualLines[i] : null;
            if (expected != actual)
            {
                return $"First difference at line {i + 1}:\n  approved: {Show(expected)}\n  received: {Show(actual)}";
            }
        }
        return "The texts differ only in line endings.";
    }

    private static string Show(string? line) => line is null ? "<end of file>" : line.Length > 200 ? line[..200] + "…" : line;
}
