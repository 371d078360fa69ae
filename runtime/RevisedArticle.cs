using System;
using System.Collections.Generic;
using System.Text;

namespace StaticNews.Content;

public abstract partial class Article
{
    /// <summary>An article as compiled but for its body, read from its document again (<see cref="WithBody"/>).</summary>
    private sealed class RevisedArticle : Article
    {
        private readonly Article _source;
        private readonly byte[] _body;

        public RevisedArticle(Article source, string body, int wordCount)
        {
            _source = source;
            _body = Encoding.UTF8.GetBytes(body);
            Revise(source, wordCount);
        }

        protected override ReadOnlySpan<byte> BodyUtf8 => _body;

        protected override IReadOnlyDictionary<string, object>? CreateFields() => _source.Fields.Count == 0 ? null : _source.Fields;
    }
}
