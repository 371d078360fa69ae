using StaticNews.Generator.Model;

namespace StaticNews.Generator.Tests.Infrastructure;

/// <summary>Hand-made models shared by the tests that feed the emitters without a driver.</summary>
public static class SampleModels
{
    /// <summary>
    /// The metadata of seeds/dated.md: every kind of value (an offset other than UTC, two authors, one with quotes,
    /// tags, section, image, language, a related slug). The data fixture's first article and the emitter snapshot
    /// Model.DatedStory both hold it.
    /// </summary>
    public static ArticleMetadata DatedMetadata(LocationInfo location) => ArticleMetadata.None with
    {
        Published = new DateTimeOffset(2025, 3, 31, 18, 45, 0, TimeSpan.FromHours(4)),
        Updated = new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero),
        Authors = new EquatableArray<string>(new[] { "Ani Hovhannisyan", "Sona \"S\" Ghazaryan" }),
        Tags = new EquatableArray<string>(new[] { "Politics", "Armenia" }),
        Section = "World",
        Image = "/images/lead.jpg",
        Language = "hy",
        Related = new EquatableArray<SlugReference>(new[] { new SlugReference("older-story", location) }),
    };
}
