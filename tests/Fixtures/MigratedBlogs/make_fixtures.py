#!/usr/bin/env python3
"""Writes the migrated-blog fixtures (posts/) and what each post must keep (expected.tsv).

The posts are in the shapes Hugo, Jekyll, Zola and a Go-style YAML blog write them; expected.tsv is written here,
from the same values, never from StaticNews's output. Run again only to change the corpus: python3 make_fixtures.py
"""
import os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
POSTS = os.path.join(HERE, "posts")
rows = []

PEOPLE = ["Ani Hovhannisyan", "Kevin Hannon", "Michał Woźniak", "Sona Ghazaryan", "Parker Moore", "Daniel Martí",
          "Tom Preston-Werner", "Russ Cox", "Hannah Wolfe", "Aram Petrosyan", "Lea Verou", "José Valim"]
WORDS = ["release", "cluster", "network", "garden", "compiler", "river", "market", "library", "storm", "bridge",
         "museum", "festival", "election", "harvest", "station", "archive"]

def person(i): return PEOPLE[i % len(PEOPLE)]
def words(i, n=3): return [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(n)]

def write(path, text):
    full = os.path.join(POSTS, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

def expect(path, title, date, authors, standfirst, url):
    rows.append("\t".join([path, title, date, "|".join(authors), standfirst, url]))

FIGURE_HTML = '<figure>\n  <img src="/img/{0}.png" alt="A {0}" width="640">\n  <figcaption>The {0} at dawn.</figcaption>\n</figure>\n'
DETAILS_HTML = '<details>\n<summary>Show the numbers</summary>\n\n| Year | Count |\n|---|---|\n| 2023 | 12 |\n| 2024 | 30 |\n\n</details>\n'
TABLE_HTML = '<table>\n  <tr><th>Version</th><th>Date</th></tr>\n  <tr><td>1.0</td><td>May</td></tr>\n</table>\n'

def body(i, extra):
    w = words(i, 4)
    return (f"The {w[0]} and the {w[1]} met again this week, and *nobody* expected what followed.\n\n"
            + extra
            + f"\nMore on the {w[2]} follows in the [next post](/archive/). A footnote here.[^1]\n\n"
            + f"## What changes for the {w[3]}\n\nEverything, in the end.\n\n[^1]: As reported before.\n")

# Hugo, TOML front matter: 15 posts; bundles, slugs, url, aliases, shortcodes, raw HTML.
for i in range(15):
    w = words(i)
    title = f"Hugo {w[0].title()} notes {i}: the {w[1]}"
    name = f"{w[0]}-{w[1]}-{i}"
    day = 1 + i
    date = f"2024-04-{day:02d}T10:00:00-07:00"
    authors = [person(i), person(i + 1)]
    summary = f"What the {w[2]} means for operators ({i})." if i % 5 != 4 else ""
    bundle = i % 3 == 0
    path = f"hugo/post/{name}/index.md" if bundle else f"hugo/post/{name}.md"
    slug = f"custom-{name}" if i % 4 == 1 else None
    own_url = f"/2024/04/hugo-own-{i}/" if i % 7 == 2 else None
    fm = ["+++", f'title = "{title}"', f"date = {date}", "draft = false"]
    if summary: fm.append(f'summary = "{summary}"')
    fm.append(f'author = "{authors[0]}, {authors[1]}"')
    fm.append(f'tags = ["{w[0]}", "{w[1]}"]')
    fm.append(f'categories = ["{w[2].title()}"]')
    if slug: fm.append(f'slug = "{slug}"')
    if own_url: fm.append(f'url = "{own_url}"')
    fm.append(f'aliases = ["/old/hugo/{i}/", "/p/{i}.html"]')
    fm.append("weight = 3")
    fm.append("+++")
    extra = (f'{{{{< figure src="/img/{w[0]}.png" caption="The {w[0]}" >}}}}\n\n' if i % 2 == 0 else FIGURE_HTML.format(w[0]) + "\n")
    if i % 3 == 1: extra += "{{% note %}}\nThis is a note\nover two lines.\n{{% /note %}}\n\n"
    if i % 4 == 0: extra += DETAILS_HTML + "\n"
    write(path, "\n".join(fm) + "\n\n" + body(i, extra))
    url = own_url.strip("/") + "/" if own_url else f"articles/{slug or name}/"
    expect(path, title, date, authors, summary, url)

# Hugo, YAML front matter: 5 posts.
for i in range(15, 20):
    w = words(i)
    title = f"Hugo YAML {w[0]} {i}"
    name = f"yaml-{w[0]}-{i}"
    date = f"2023-11-{i:02d}T08:30:00+01:00"
    authors = [person(i)]
    summary = f"A {w[1]} in YAML ({i})."
    path = f"hugo/post/{name}.md"
    fm = ["---", f'title: "{title}"', f"date: {date}", f"lastmod: 2023-12-01", f"description: {summary}",
          f"authors:\n  - {authors[0]}", f"tags: [{w[0]}, {w[1]}]", "draft: false", "---"]
    write(path, "\n".join(fm) + "\n" + body(i, TABLE_HTML + "\n"))
    expect(path, title, date, authors, summary, f"articles/{name}/")

# Jekyll: 15 posts in _posts/, dates with offsets or from the file name, redirect_from, Liquid.
for i in range(20, 35):
    w = words(i)
    title = f"Jekyll: {w[0].title()} & the {w[1]} ({i})"
    day = i - 19
    name = f"{w[0]}-{w[1]}-{i}"
    file_date = f"2013-05-{day:02d}"
    path = f"jekyll/_posts/{file_date}-{name}.md"
    a, b = person(i), person(i + 3)
    fm = ["---", "layout: post", f'title: "{title}"']
    if i % 3 == 0:
        date = f"{file_date}T00:00:00+02:00"   # from the file name, midnight in the site's zone (Europe/Berlin)
    else:
        fm.append(f"date: {file_date} 02:12:52 +0200")
        date = f"{file_date}T02:12:52+02:00"
    if i % 2 == 0:
        fm.append(f'author: "[{a}](https://example.org/{i}) and {b}"')
        authors = [a, b]
    else:
        fm.append(f"author: {a}")
        authors = [a]
    excerpt = f"You'll find this {w[2]} in your _posts directory ({i})." if i % 6 != 5 else ""
    if excerpt: fm.append(f'excerpt: "{excerpt}"')
    fm.append(f"categories: {w[0]} {w[1]}")
    if i % 2 == 0:
        fm.append(f"redirect_from:\n  - /{file_date.replace('-', '/')}/{w[0]}/\n  - /legacy/{i}.html")
    else:
        fm.append(f"redirect_from: /j/{i}/")
    own = None
    if i % 5 == 3:
        own = f"/blog/{w[0]}-{i}/"
        fm.append(f"permalink: {own}")
    fm.append("---")
    extra = ("{% highlight ruby %}\ndef print_hi(name)\n  puts \"Hi, #{name}\"\nend\n{% endhighlight %}\n\n"
             + (f"{{% include note.html text=\"{w[2]}\" %}}\n\n" if i % 2 else "")
             + f"See [the docs]({{{{ site.baseurl }}}}/docs/{w[0]}/).\n\n"
             + (TABLE_HTML + "\n" if i % 3 == 1 else ""))
    write(path, "\n".join(fm) + "\n" + body(i, extra))
    url = own.strip("/") + "/" if own else f"articles/{name}/"
    expect(path, title, date, authors, excerpt, url)
# Jekyll: a post that moved to another host leaves a document with nothing but redirect_to: (jekyll-redirect-from), no post.
write("jekyll/_posts/2013-06-01-moved-to-medium.md",
      "---\nlayout: post\ntitle: Moved to Medium\nredirect_to: https://medium.com/@parker/moved-to-medium-1a2b\n---\n")

# Zola: 10 posts, TOML, path, [taxonomies], [extra] author, shortcodes.
for i in range(35, 45):
    w = words(i)
    title = f"Zola {w[0]} {i}"
    name = f"zola-{w[0]}-{i}"
    date = f"2025-02-{i - 34:02d}"
    iso = f"2025-02-{i - 34:02d}T00:00:00+01:00"
    author = person(i)
    description = f"The {w[1]} edition is stable ({i})."
    path = f"zola/content/blog/{name}.md"
    own = f"2025/02/{name}" if i % 2 == 0 else None
    fm = ["+++", f'title = "{title}"', f'description = "{description}"', f"date = {date}"]
    if own: fm.append(f'path = "{own}"')
    fm += ["aliases = [\"/zola-old/%d/\"]" % i, "", "[taxonomies]", f'tags = ["{w[0]}", "{w[2]}"]', "", "[extra]", f'author = "{author}"', "+++"]
    extra = ('{{ youtube(id="dQw4w9WgXcQ") }}\n\n' if i % 2 else "") + ('{% note(kind="info") %}\nZola note body.\n{% end %}\n\n' if i % 3 == 0 else "")
    write(path, "\n".join(fm) + "\n\n" + body(i, extra))
    expect(path, title, iso, [author], description, (own + "/") if own else f"articles/{name}/")

# Go-style YAML: 10 posts, by:, summary:, dates without leading zeros, template calls.
for i in range(45, 55):
    w = words(i)
    title = f"Go {w[0]} and {w[1]} ({i})"
    name = f"go-{w[0]}-{i}"
    date_text = f"2024-4-{i - 44}"
    iso = f"2024-04-{i - 44:02d}T00:00:00+02:00"
    authors = [person(i), person(i + 5)]
    summary = f"How the {w[2]} works in Go ({i})." if i != 50 else ""
    path = f"goblog/_content/{name}.md"
    fm = ["---", f"title: {title}", f"date: {date_text}", "by:", f"- {authors[0]}", f"- {authors[1]}"]
    if summary: fm.append(f"summary: {summary}")
    fm += [f"tags:\n- {w[0]}", "---"]
    extra = f'{{{{code "{w[0]}/main.go" `/^func main/` `/^}}/`}}}}\n\n<img src="/{name}/diagram.png" alt="Diagram">\n\n'
    write(path, "\n".join(fm) + "\n\n" + body(i, extra))
    expect(path, title, iso, authors, summary, f"articles/{name}/")

with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# path\ttitle\tpublished\tauthors (|)\tstandfirst (empty: none given)\turl\n")
    f.write("\n".join(rows) + "\n")
print(len(rows), "posts")
