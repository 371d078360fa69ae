namespace StaticNews.Tasks.Scanning;

/// <summary>
/// The ids of the scan's own warnings (the rest of the catalogue is the generator's DiagnosticDescriptors). Each is a
/// content warning, never escalated by TreatWarningsAsErrors: the build takes every quoted "SNnnnn" of this file and
/// the descriptors' into WarningsNotAsErrors (generator/build/StaticNews.DiagnosticIds.props).
/// </summary>
internal static class ScanWarnings
{
    public const string Binary = "SN0007";
    public const string UnsafePath = "SN0030";
    public const string LinkOut = "SN0031";
    public const string Unreadable = "SN0032";
    /// <summary>Retired (UTF-32 big-endian text was left out; UTF-32 is decoded now): the id stays reserved, and a
    /// project's WarningsNotAsErrors or .editorconfig naming it means nothing else.</summary>
    public const string RetiredUtf32BigEndian = "SN0033";
}
