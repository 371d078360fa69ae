using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace StaticNews.Site.Writing;

/// <summary>
/// The few file-system calls .NET does not offer, from the C library of Linux (glibc or musl) and macOS: swapping two
/// folders in one step, hard links, whole-file locks, and a file's identity (device, mount and inode). Every method
/// answers false or null where the call is missing or refused, so each caller has its portable fallback.
/// </summary>
internal static class NativeFiles
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint RenameExchange = 2; // RENAME_EXCHANGE
    private const int FollowLink = 0x400; // AT_SYMLINK_FOLLOW
    private const int NoFollowLink = 0x100; // AT_SYMLINK_NOFOLLOW
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH
    private const uint StatxBasicAndMount = 0x7ff | 0x1000; // STATX_BASIC_STATS | STATX_MNT_ID
    private const uint StatxMountId = 0x1000;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int LockRelease = 8;

    public static bool IsLinux { get; } = OperatingSystem.IsLinux();

    /// <summary>Errno values that say the call itself is missing or not supported here.</summary>
    private static bool Unsupported(int errno) => errno is 38 /* ENOSYS */ or 22 /* EINVAL */ or 95 /* EOPNOTSUPP */;

    /// <summary>
    /// Swaps two folders on one file system in a single step (renameat2 with RENAME_EXCHANGE): at every moment each
    /// path holds one whole tree. Null when swapped; else the errno (ENOSYS, EINVAL: not supported here; EXDEV, EBUSY:
    /// another file system or a mount point).
    /// </summary>
    public static int? Exchange(string first, string second)
    {
        if (!IsLinux)
        {
            return 38;
        }
        try
        {
            return renameat2(CurrentFolder, first, CurrentFolder, second, RenameExchange) == 0 ? null : Marshal.GetLastPInvokeError();
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return 38;
        }
    }

    public static bool ExchangeUnsupported(int errno) => Unsupported(errno);

    /// <summary>
    /// Opens a file for reading unless it is a link (O_NOFOLLOW), so what is compared, and then linked, is the
    /// output's own file. Null when it is a link, gone, or cannot be opened that way here.
    /// </summary>
    public static SafeFileHandle? OpenNoFollow(string path)
    {
        if (!IsLinux)
        {
            return null;
        }
        var noFollow = RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 ? 0x8000 : 0x20000;
        const int closeOnExec = 0x80000;
        var fd = open(path, noFollow | closeOnExec, 0);
        return fd < 0 ? null : new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>
    /// Makes <paramref name="link"/> a second name of the file open in <paramref name="file"/> (through /proc, so it is
    /// the very file that was compared, not whatever the path names by now). False when that is not possible here
    /// (another file system, no /proc): the caller writes the bytes instead.
    /// </summary>
    public static bool LinkOpenFile(SafeFileHandle file, string link)
    {
        if (!IsLinux)
        {
            return false;
        }
        var procPath = "/proc/self/fd/" + file.DangerousGetHandle().ToInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return linkat(CurrentFolder, procPath, CurrentFolder, link, FollowLink) == 0;
    }

    /// <summary>A hard link by path, on Unix systems other than Linux (where <see cref="LinkOpenFile"/> is used).</summary>
    public static bool LinkPath(string existing, string link) => !OperatingSystem.IsWindows() && NativeLink(existing, link) == 0;

    /// <summary>The path with every link resolved (realpath), or null when it does not exist or cannot be resolved here.</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }
        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    /// <summary>Device, mount and inode of a path (the link itself when it is one), or null where statx is missing.</summary>
    public static FileIdentity? Identify(string path) => IsLinux ? Statx(CurrentFolder, path, NoFollowLink) : null;

    /// <summary>Device, mount and inode of an open file.</summary>
    public static FileIdentity? Identify(SafeFileHandle file) =>
        IsLinux ? Statx(file.DangerousGetHandle().ToInt32(), "", EmptyPath) : null;

    private static FileIdentity? Statx(int folder, string path, int flags)
    {
        var buffer = new byte[256];
        try
        {
            if (statx(folder, path, flags, StatxBasicAndMount, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
        var mask = BitConverter.ToUInt32(buffer, 0);
        var inode = BitConverter.ToUInt64(buffer, 32);
        var device = ((ulong)BitConverter.ToUInt32(buffer, 136) << 32) | BitConverter.ToUInt32(buffer, 140);
        ulong? mount = (mask & StatxMountId) != 0 ? BitConverter.ToUInt64(buffer, 144) : null;
        return new FileIdentity(device, mount, inode);
    }

    /// <summary>Opens (creating) a file for a whole-file lock; null where that is not done with these calls.</summary>
    public static SafeFileHandle? OpenLockFile(string path)
    {
        int flags;
        if (IsLinux)
        {
            flags = 2 | 0x40 | 0x80000; // O_RDWR | O_CREAT | O_CLOEXEC
        }
        else if (OperatingSystem.IsMacOS())
        {
            flags = 2 | 0x200 | 0x1000000;
        }
        else
        {
            return null;
        }
        var fd = open(path, flags, Convert.ToInt32("644", 8));
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno switch
            {
                2 or 20 => new DirectoryNotFoundException($"Could not find a part of the path '{path}'."),
                13 or 1 => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
                _ => new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{path}'", errno),
            };
        }
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>Takes the exclusive lock (flock) without waiting: false when another process holds it.</summary>
    public static bool TryLock(SafeFileHandle file) => flock(file.DangerousGetHandle().ToInt32(), LockExclusive | LockNonBlocking) == 0;

    public static void Unlock(SafeFileHandle file) => flock(file.DangerousGetHandle().ToInt32(), LockRelease);

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int linkat(int oldFolder, string oldPath, int newFolder, string newPath, int flags);

    [DllImport("libc", SetLastError = true, EntryPoint = "link")]
    private static extern int NativeLink(string existing, string link);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int fd, int operation);

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int folder, string path, int flags, uint mask, [Out] byte[] buffer);
}

/// <summary>Where a file lives (device, and mount where known) and which file it is there.</summary>
internal readonly record struct FileIdentity(ulong Device, ulong? Mount, ulong Inode)
{
    /// <summary>True when both are on the same file system and the same mount (a rename between them can work).</summary>
    public bool SameMount(FileIdentity other) => Device == other.Device && (Mount is null || other.Mount is null || Mount == other.Mount);
}
