namespace StaticNews.Site.Writing;

/// <summary>
/// A reason the output folder could not be written, as the one line the build prints: the code, the path, what went
/// wrong and what to do. Thrown by the writing code and caught by the build, so no stack trace ever reaches the user.
/// </summary>
public sealed class OutputFailure(string line) : Exception(line)
{
    /// <summary>The line for a file-system error met while writing <paramref name="path"/> (the output folder or a file in it).</summary>
    public static OutputFailure From(Exception error, string path)
    {
        var reason = error.Message.TrimEnd('.');
        return error switch
        {
            OutputFailure failure => failure,
            UnauthorizedAccessException =>
                new OutputFailure($"error SNS0007: {path} cannot be written ({reason}); make it and its parent folder writable by this user (chmod; chattr -i if it is immutable; or mount it read-write) and build again"),
            IOException when IsReadOnlyFileSystem(error) =>
                new OutputFailure($"error SNS0007: {path} is on a read-only file system; mount it read-write, or pass another output folder (--out, -p:SiteOutput=DIR), and build again"),
            IOException when IsDiskFull(error) =>
                new OutputFailure($"error SNS0008: no space left on the disk of {path}; free some space (the build needs room for a second copy of the changed files) and build again"),
            _ => new OutputFailure($"error SNS0009: {path} could not be written ({reason}); fix the cause and build again: the previous site is kept"),
        };
    }

    /// <summary>.NET reports a POSIX error in the exception's HResult (ENOSPC 28, EDQUOT 122 on Linux, 69 on macOS); Windows by its own codes.</summary>
    private static bool IsDiskFull(Exception error) =>
        error.HResult is 28 or 122 or 69 or unchecked((int)0x80070070) or unchecked((int)0x80070027);

    private static bool IsReadOnlyFileSystem(Exception error) => error.HResult is 30 /* EROFS */;
}
