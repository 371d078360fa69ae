using System.Text;

namespace CorpusMaker;

/// <summary>File-name slugs: lower-case ASCII words joined by '-', cut at a word boundary.</summary>
internal static class Slug
{
    private const int MaxLength = 80;

    public static string From(string title)
    {
        var slug = new StringBuilder(title.Length);
        bool pendingDash = false;
        foreach (char c in title)
        {
            if (c is '’' or '‘' or '\'')
            {
                continue; // "Yerevan’s" → "yerevans", not "yerevan-s"
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        if (slug.Length <= MaxLength)
        {
            return slug.ToString();
        }

        int cut = slug.ToString(0, MaxLength + 1).LastIndexOf('-');
        return slug.ToString(0, cut > 0 ? cut : MaxLength);
    }
}
