namespace StaticNews.Site.Serving;

/// <summary>
/// When a burst of changes has gone quiet: once no change has been noted for the settle time, however long the burst
/// goes on (up to a longest burst, for a tool that never stops writing). The wait runs from the last change, not a whole
/// settle time from each look: the events of one save come a millisecond or two apart, and a wait that began after the
/// first and then found the others waited a second settle time (half of the preview's new documents reached the
/// browser 20 ms later than their save's last event allowed).
/// </summary>
public sealed class QuietPeriod(TimeSpan settle, TimeSpan longest, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private long _lastChange;

    /// <summary>A change came now.</summary>
    public void Noted() => Interlocked.Exchange(ref _lastChange, _time.GetTimestamp());

    /// <summary>Waits until no change has been noted for the settle time, or the burst (from now) has lasted the longest a burst may.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        var start = _time.GetTimestamp();
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ITimer? timer = null;
        // Registered before the first look, which a timer may follow on another thread: the look that ends the wait
        // always finds the registration to undo.
        var cancelled = cancellationToken.Register(() =>
        {
            timer?.Dispose();
            ended.TrySetCanceled(cancellationToken);
        });
        // Looked at now, then again each time the quiet could have lasted long enough (a timer set anew, not a loop of
        // awaits: the clock's own thread ends the wait, so a clock moved by hand ends it when it passes the time).
        void Look()
        {
            if (ended.Task.IsCompleted)
            {
                // Cancelled meanwhile.
                timer?.Dispose();
                return;
            }
            var quiet = _time.GetElapsedTime(Interlocked.Read(ref _lastChange));
            var lasted = _time.GetElapsedTime(start);
            if (quiet >= settle || lasted >= longest)
            {
                timer?.Dispose();
                cancelled.Dispose();
                ended.TrySetResult();
                return;
            }
            timer ??= _time.CreateTimer(_ => Look(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            timer.Change(settle - quiet < longest - lasted ? settle - quiet : longest - lasted, Timeout.InfiniteTimeSpan);
        }
        Look();
        return ended.Task;
    }
}
