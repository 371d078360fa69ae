namespace StaticNews.Site.Writing;

/// <summary>
/// Puts a staged site in the output folder's place. On Linux the two folders are exchanged in one system call
/// (renameat2 RENAME_EXCHANGE): at every moment the output path holds either the whole old site or the whole new one,
/// and the old one ends up at the staging path. Where that call does not exist (macOS, Windows, a file system without
/// it) the old site is first renamed into the workspace and the new one renamed into place; a build killed between
/// the two leaves no output folder, and the next build puts the old one back before anything else
/// (<see cref="OutputWorkspace.RestoreInterruptedSwap"/>).
/// </summary>
public static class FolderSwap
{
    /// <summary>
    /// Swaps <paramref name="staging"/> in. Returns where the old site is now (to be deleted), null when there was
    /// none; throws <see cref="CannotSwapException"/> when the output cannot be renamed at all (a mount point, another
    /// file system), which the caller answers by writing in place.
    /// </summary>
    public static string? Swap(string staging, string output, OutputWorkspace workspace)
    {
        FaultPoint.Reach(FaultPoint.BeforeSwap);
        if (!FolderMoves.Exists(output))
        {
            Directory.Move(staging, output);
            return null;
        }
        if (!FaultPoint.ForceTwoRenameSwap && NativeFiles.IsLinux)
        {
            var errno = NativeFiles.Exchange(staging, output);
            if (errno is null)
            {
                return staging;
            }
            if (errno is 18 /* EXDEV */ or 16 /* EBUSY */)
            {
                throw new CannotSwapException();
            }
            if (!NativeFiles.ExchangeUnsupported(errno.Value))
            {
                var message = $"{System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno.Value)} : '{output}'";
                throw errno is 1 /* EPERM */ or 13 /* EACCES */ ? new UnauthorizedAccessException(message) : new IOException(message, errno.Value);
            }
        }
        var previous = workspace.NewPreviousPath();
        Directory.Move(output, previous);
        FaultPoint.Reach(FaultPoint.MidSwap);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(previous, output);
            throw;
        }
        return previous;
    }
}

/// <summary>The output folder cannot be renamed (it is a mount point, or on another file system than its workspace).</summary>
public sealed class CannotSwapException : Exception;
