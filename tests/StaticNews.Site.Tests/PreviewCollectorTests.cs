using StaticNews.Site.Live;
using Xunit;

namespace StaticNews.Site.Tests;

/// <summary>
/// The preview collects the heap between updates and holds the collector off through each (<see cref="LivePreview.CollectThenHold"/>):
/// what one update left behind must be gone before the next, or the preview grows with every edit.
/// </summary>
[Collection(nameof(PreviewCollectorTests))]
[CollectionDefinition(nameof(PreviewCollectorTests), DisableParallelization = true)]
public class PreviewCollectorTests
{
    [Fact]
    public void The_garbage_of_one_update_is_collected_before_the_next_is_held()
    {
        const int Megabytes = 64;
        try
        {
            LivePreview.CollectThenHold();
            var before = GC.GetTotalMemory(forceFullCollection: false);
            // An update's model, dropped when the next update replaces it: many small objects, as views and jobs are, within
            // the hold's budget.
            MakeGarbage(Megabytes);
            var held = GC.GetTotalMemory(forceFullCollection: false);
            Assert.True(held - before > Megabytes / 2 * 1024L * 1024, $"the garbage was collected while held ({before:N0} → {held:N0} bytes)");

            LivePreview.CollectThenHold();
            var after = GC.GetTotalMemory(forceFullCollection: false);

            Assert.True(after - before < Megabytes / 4 * 1024L * 1024,
                $"{(after - before) / (1024 * 1024)} MB of the last update's {Megabytes} MB of garbage are still on the heap ({before:N0} → {held:N0} → {after:N0} bytes)");
        }
        finally
        {
            LivePreview.ReleaseCollector();
        }
    }

    private static void MakeGarbage(int megabytes)
    {
        var list = new List<byte[]>();
        for (var i = 0; i < megabytes * 1024; i++)
        {
            list.Add(new byte[1024 - 24]);
        }
        GC.KeepAlive(list);
    }
}
