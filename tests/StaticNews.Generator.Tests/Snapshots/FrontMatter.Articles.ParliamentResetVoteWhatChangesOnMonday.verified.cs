    /// <summary>Parliament "reset" vote: what changes on &lt;Monday&gt;</summary>
    /// <remarks>Deputies vote on the new electoral code &amp; its 12 amendments.</remarks>
    public sealed partial class ParliamentResetVoteWhatChangesOnMonday : Article
    {
        /// <summary>Front matter 'reading_level'.</summary>
        public long ReadingLevel { get; } = 7L;

        /// <summary>Front matter 'score'.</summary>
        public double Score { get; } = 4.25d;

        /// <summary>Front matter 'featured'.</summary>
        public bool Featured { get; } = true;

        /// <summary>Front matter 'embargo'.</summary>
        public global::System.DateTimeOffset Embargo { get; } = new global::System.DateTimeOffset(638529912000000000L, new global::System.TimeSpan(144000000000L));

        /// <summary>Front matter 'sources'.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Sources { get; } = new string[] { "Reuters", "AP", "42" };

        /// <summary>Front matter 'url'.</summary>
        public string UrlValue { get; } = "https://example.org/original";

        /// <inheritdoc/>
        protected override global::System.Collections.Generic.IReadOnlyDictionary<string, object> CreateFields() => new global::System.Collections.Generic.Dictionary<string, object>
        {
            ["reading_level"] = ReadingLevel,
            ["score"] = Score,
            ["featured"] = Featured,
            ["embargo"] = Embargo,
            ["sources"] = Sources,
            ["url"] = UrlValue,
        };

        /// <inheritdoc/>
        protected override global::System.ReadOnlySpan<byte> BodyUtf8 => "# Not the title (front matter has one)\n\nThe vote is **today**.\n\n```text\nEditor's note: inside code, kept\n\nsecond code line\n```"u8;
    }
