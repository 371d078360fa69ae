using Microsoft.Extensions.Time.Testing;
using StaticNews.Site.Serving;

namespace StaticNews.Site.Tests;

/// <summary>
/// A burst of changes ends once none has come for the settle time since the last one: not sooner, and not a whole
/// settle time after the wait began when a change of the same save came just after. On a clock moved by hand.
/// </summary>
public sealed class QuietPeriodTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void A_change_just_after_the_first_ends_the_burst_the_settle_time_after_it()
    {
        var time = new FakeTimeProvider();
        var quiet = new QuietPeriod(Settle, TimeSpan.FromSeconds(5), time);
        quiet.Noted();
        var wait = quiet.WaitAsync(CancellationToken.None);

        Advance(time, 1);
        quiet.Noted();
        Advance(time, 19);
        Assert.False(wait.IsCompleted, "ended 19 ms after the last change");
        Advance(time, 1);

        // A wait that looked again a whole settle time after it began would end at 40 ms.
        Assert.True(wait.IsCompleted, "not ended 20 ms after the last change");
    }

    [Fact]
    public void Changes_that_keep_coming_within_the_settle_time_hold_the_burst_open_until_they_stop()
    {
        var time = new FakeTimeProvider();
        var quiet = new QuietPeriod(Settle, TimeSpan.FromSeconds(5), time);
        quiet.Noted();
        var wait = quiet.WaitAsync(CancellationToken.None);

        for (var i = 0; i < 10; i++)
        {
            Advance(time, 15);
            Assert.False(wait.IsCompleted, $"ended after {15 * (i + 1)} ms, 15 ms after a change");
            quiet.Noted();
        }
        Advance(time, 20);

        Assert.True(wait.IsCompleted);
    }

    [Fact]
    public void A_burst_that_never_goes_quiet_ends_after_the_longest_a_burst_may_last()
    {
        var time = new FakeTimeProvider();
        var quiet = new QuietPeriod(Settle, TimeSpan.FromMilliseconds(100), time);
        quiet.Noted();
        var wait = quiet.WaitAsync(CancellationToken.None);

        for (var i = 0; i < 9; i++)
        {
            Advance(time, 10);
            quiet.Noted();
        }
        Assert.False(wait.IsCompleted, "ended before the longest burst");
        Advance(time, 10);

        Assert.True(wait.IsCompleted, "not ended at the longest burst");
    }

    [Fact]
    public void A_wait_stopped_before_the_burst_goes_quiet_is_cancelled_and_ends_no_later()
    {
        var time = new FakeTimeProvider();
        var quiet = new QuietPeriod(Settle, TimeSpan.FromSeconds(5), time);
        using var stop = new CancellationTokenSource();
        quiet.Noted();
        var wait = quiet.WaitAsync(stop.Token);

        Advance(time, 5);
        stop.Cancel();
        Advance(time, 30);

        Assert.True(wait.IsCanceled);
        Assert.True(quiet.WaitAsync(stop.Token).IsCanceled, "a wait begun after the stop did not end at once");
    }

    private static void Advance(FakeTimeProvider time, int milliseconds)
    {
        // One millisecond at a time, as a real clock passes: a wait set for a time between two steps ends at the later.
        for (var i = 0; i < milliseconds; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
        }
    }
}
