#!/usr/bin/env bash
# Usage: [EDIT=body|new|delete|template|config] bench/preview.sh N [RUNS]
# Issue 15's measure: edit → served page for the StaticNews preview and `hugo server`, side by side on the same N
# Markdown articles, alternating, RUNS edits each (default 3, at least 3), medians and the ratio of the pair medians.
# EDIT=body (the default) appends a unique sentence to the same article's document (each server has its own copy of
# the corpus) and polls the article's page; EDIT=new writes a new document dated now, with a unique title, and polls
# the front page; EDIT=delete deletes a document dated now with a unique title (one per run, each written before the
# runs, untimed, and waited for on the front page) and polls the front page until the title is gone; EDIT=template
# appends a hidden paragraph with a unique token (Go's templates drop HTML comments) to the template around every page
# (StaticNews's layout.sbn, Hugo's baseof.html) and polls the article's page; EDIT=config puts a unique token in the
# site's title (staticnews.yml's title:, hugo.toml's title), which every page shows, and polls the article's page. The
# latency runs from the write until the first response of the page that contains the token (for delete: no longer
# contains it), polled every 20 ms (/work/shared/notes/measuring-what-users-run.md).
# Both servers start once, before the first edit,
# untimed: StaticNews `serve` (the site built in the default configuration, as `dotnet run --project site -- serve`
# builds it, then run as `dotnet StaticNews.Site.dll serve`, which that command runs after its build) over a folder
# holding staticnews.yml, the site's templates and assets; `hugo server` in its default (fast render) mode over
# bench/hugo.
# Prints: staticnews_s hugo_s (medians) and ratio (staticnews / hugo).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${1:?usage: $0 N [RUNS]}
runs=${2:-3}
((runs >= 3)) || { log "RUNS must be at least 3"; exit 2; }
cd "$REPO_ROOT"
ensure_tools
log "load average before the runs: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"

corpus=$(make_corpus md "$count")
# Real copies, not hard links: the edits must not reach the cached corpus.
root="$WORK_DIR/preview-staticnews-$count"
site="$WORK_DIR/preview-hugo-$count"
rm -rf "$root" "$site"
mkdir -p "$root/site" "$site/content"
cp -a "$corpus" "$root/documents"
cp -r site/templates site/assets "$root/site/"
cp site/StaticNews.Site.csproj "$root/site/"
sed 's|^documents:.*$|documents: documents|' staticnews.yml >"$root/staticnews.yml"
cp -r bench/hugo/hugo.toml bench/hugo/layouts "$site/"
cp -a "$corpus" "$site/content/articles"

document=$(find "$corpus" -name '*.md' | sort | sed -n "$((count / 2 + 1))p")
name=${document#"$corpus"/}
# One URL for both: the article gets a front-matter slug (Hugo and StaticNews derive one from the title each their own way).
slug=preview-bench-article
for copy in "$root/documents/$name" "$site/content/articles/$name"; do
    sed -i '/^slug:/d; 1a slug: '"$slug" "$copy"
done
log "edited article: $name (articles/$slug/)"

log "building the site (the default configuration, as dotnet run builds it)"
dotnet build site -nodeReuse:false -p:StaticNewsRender=false -v q -nologo >"$WORK_DIR/preview-build.log" 2>&1 \
    || { tail -20 "$WORK_DIR/preview-build.log" >&2; exit 1; }

staticnews_port=${STATICNEWS_PORT:-5311}
hugo_port=${HUGO_PORT:-5312}
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

(cd "$root" && exec dotnet "$REPO_ROOT/site/bin/Debug/net10.0/StaticNews.Site.dll" serve --port "$staticnews_port" \
    --site "$root/_site" --project "$root/site/StaticNews.Site.csproj") >"$WORK_DIR/preview-staticnews-$count.log" 2>&1 &
pids+=($!)
hugo server --source "$site" --bind 127.0.0.1 --port "$hugo_port" --baseURL "http://127.0.0.1:$hugo_port/" \
    >"$WORK_DIR/preview-hugo-$count.log" 2>&1 &
pids+=($!)

# serve_edit URL FILE TOKEN MODE TEXT : opens the page once, then, where TEXT's {token} is TOKEN: appends TEXT to FILE
# (MODE append), writes FILE with TEXT (create), replaces FILE's first line that starts with "title" by TEXT (retitle),
# or deletes FILE (delete); prints the seconds until the page served contains TOKEN (for delete: no longer does).
serve_edit() {
    python3 - "$@" <<'EOF'
import os, sys, time, urllib.request, urllib.error
url, path, token, mode, text = sys.argv[1:6]
text = text.replace("{token}", token)
def page():
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError):
        return ""
if page() == "":
    sys.exit(f"{url} is not served")
if mode == "retitle":
    with open(path, encoding="utf-8") as document:
        lines = document.read().split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("title"))
    lines[at] = text
    edited = "\n".join(lines)
start = time.monotonic()
if mode == "delete":
    os.remove(path)
elif mode == "retitle":
    with open(path, "w", encoding="utf-8") as document:
        document.write(edited)
else:
    with open(path, "a" if mode == "append" else "x", encoding="utf-8") as document:
        document.write(text)
while (token in page()) == (mode == "delete"):
    if time.monotonic() - start > 300:
        sys.exit(f"{token} not {'gone from' if mode == 'delete' else 'served at'} {url} within 300 s")
    time.sleep(0.02)
print(f"{time.monotonic() - start:.2f}")
EOF
}

# await_token URL TOKEN : until the page served contains TOKEN (untimed set-up).
await_token() {
    local deadline=$((SECONDS + 600))
    until curl -fsS "$1" 2>/dev/null | grep -qF "$2"; do
        ((SECONDS < deadline)) || { log "$2 was not served at $1 within 600 s"; exit 1; }
        sleep 0.2
    done
}

# wait_served URL : until the page answers (the server has started and rendered).
wait_served() {
    local deadline=$((SECONDS + 600))
    until curl -fsS -o /dev/null "$1" 2>/dev/null; do
        ((SECONDS < deadline)) || { log "$1 was not served within 600 s"; exit 1; }
        sleep 0.2
    done
}

staticnews_url="http://127.0.0.1:$staticnews_port/articles/$slug/"
hugo_url="http://127.0.0.1:$hugo_port/articles/$slug/"
wait_served "$staticnews_url"
wait_served "$hugo_url"
log "both servers up: $(grep -m1 'The site is ready' "$WORK_DIR/preview-staticnews-$count.log" || true)"

edit=${EDIT:-body}
log "edit: $edit"
# new_document TITLE : a document dated now, in the front matter both servers read, on one line with its line breaks
# written \n (as edit_of prints an edit's text; printf %b writes it out).
new_document() {
    printf '%s' "---\ntitle: \"$1\"\nstandfirst: \"A new story.\"\ndate: $(date -u +%Y-%m-%dT%H:%M:%S+00:00)\n---\nIts body.\n"
}
victims=()
if [[ $edit == delete ]]; then
    # One document per run to delete, on both sides, each served on both front pages before the runs start.
    for ((run = 1; run <= runs; run++)); do
        victims+=("BenchVictim$run$RANDOM")
        victim=$(new_document "${victims[-1]} is deleted")
        printf '%b' "$victim" >"$root/documents/bench-delete-$run.md"
        printf '%b' "$victim" >"$site/content/articles/bench-delete-$run.md"
        await_token "http://127.0.0.1:$staticnews_port/" "${victims[-1]}"
        await_token "http://127.0.0.1:$hugo_port/" "${victims[-1]}"
    done
fi
# edit_of SERVER RUN : the URL to poll, the file and the mode and text of this run's edit, one per line.
edit_of() {
    local server=$1 run=$2 base documents template config title
    if [[ $server == staticnews ]]; then
        base="http://127.0.0.1:$staticnews_port" documents="$root/documents" template="$root/site/templates/layout.sbn"
        config="$root/staticnews.yml" title='title: StaticNews {token}'
    else
        base="http://127.0.0.1:$hugo_port" documents="$site/content/articles" template="$site/layouts/_default/baseof.html"
        config="$site/hugo.toml" title='title = "StaticNews benchmark (Hugo) {token}"'
    fi
    case $edit in
        body) printf '%s\n%s\n%s\n%s\n' "$base/articles/$slug/" "$documents/$name" append '\n{token} was appended while serving.\n' ;;
        new) printf '%s\n%s\n%s\n%s\n' "$base/" "$documents/bench-new-$run.md" create "$(new_document '{token} arrives')" ;;
        delete) printf '%s\n%s\n%s\n%s\n' "$base/" "$documents/bench-delete-$run.md" delete '' ;;
        template) printf '%s\n%s\n%s\n%s\n' "$base/articles/$slug/" "$template" append '\n<p hidden>{token}</p>\n' ;;
        config) printf '%s\n%s\n%s\n%s\n' "$base/articles/$slug/" "$config" retitle "$title" ;;
        *) log "EDIT must be body, new, delete, template or config"; exit 2 ;;
    esac
}
# timed_edit SERVER RUN TOKEN : serve_edit with this run's edit of SERVER.
timed_edit() {
    local lines
    mapfile -t lines < <(edit_of "$1" "$2")
    serve_edit "${lines[0]}" "${lines[1]}" "$3" "${lines[2]}" "$(printf '%b' "${lines[3]}")"
}

staticnews=() hugo=() ratios=()
for ((run = 1; run <= runs; run++)); do
    if [[ $edit == delete ]]; then
        tokens=("${victims[run - 1]}" "${victims[run - 1]}")
    else
        tokens=("StaticNewsEdit$run$RANDOM" "HugoEdit$run$RANDOM")
    fi
    a=$(timed_edit staticnews "$run" "${tokens[0]}")
    # Hugo's file watcher and StaticNews's render must not overlap: each server is idle when the other one is timed.
    sleep 2
    b=$(timed_edit hugo "$run" "${tokens[1]}")
    sleep 2
    staticnews+=("$a") hugo+=("$b") ratios+=("$(ratio "$a" "$b")")
    log "run $run: staticnews $a s, hugo server $b s"
done

echo "articles=$count runs=$runs edit=$edit"
echo "staticnews_s=$(median "${staticnews[@]}") hugo_s=$(median "${hugo[@]}")"
echo "ratio=$(ratio "$(median "${staticnews[@]}")" "$(median "${hugo[@]}")") (per-run ratios: ${ratios[*]})"
