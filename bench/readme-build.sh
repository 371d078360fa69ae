#!/usr/bin/env bash
# Usage: bench/readme-build.sh N [RUNS]
# Issue 16's figures for N articles: the README's own command, `dotnet build` at the repository root (default
# configuration, search on, Markdown documents with front matter, output on the disk), beside its peer, Hugo and
# then Pagefind (pinned in bench/peer) over Hugo's output, in the same run, alternating, medians of RUNS
# (default 3, at least 3).
# It builds a throwaway copy of the repository's tracked files under $WORK_DIR (never the checkout itself) whose
# seeds/ holds the N-article Markdown corpus (make_corpus md N). Each run, in this order:
#   hugo, pagefind  a clean Hugo build of the same corpus (bench/hugo), then `pagefind --site` over its output
#   clean           `rm -rf _site` and every obj/ and bin/ of the copy (untimed), then `dotnet build`
#   noop            `dotnet build` again, nothing changed (checked: the site is not rendered again)
#   console         the no-op `dotnet build` of an empty console project
#   edit            a sentence appended to one article's body, `dotnet build` (checked: the page has it)
#   title           that article's title edited, `dotnet build`; the lists change (checked: the page has it)
# Every dotnet build adds only -nodeReuse:false -p:UseSharedCompilation=false, what this machine's environment
# sets (MSBUILDDISABLENODEREUSE=1, UseSharedCompilation=false) and the issue's figures were taken with: MSBuild
# nodes and the compiler are then children of the command, so their memory is seen, and no daemon outlives it.
# Peak memory is the largest resident peak of any single process of the command (bench/peak-process.py), and
# which process that was. The copy's first build, a clean one, runs before the timed runs with
# -clp:PerformanceSummary to say where a clean build's time goes (saved as $WORK_DIR/readme-profile-N.log, and how
# long each kind of process ran in readme-profile-N.log.processes).
# Prints the medians, then the issue's ratios (the median of the per-run ratios, each run's pair taken together).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${1:?usage: $0 N [RUNS]}
runs=${2:-3}
((runs >= 3)) || { log "RUNS must be at least 3"; exit 2; }
command -v node >/dev/null || { log "Node.js is needed for the peer's Pagefind"; exit 2; }

ensure_tools
load_before=$(cut -d" " -f1-3 /proc/loadavg)
log "load average before the runs: $load_before on $(nproc) cores"
corpus=$(make_corpus md "$count")
hugo_site=$(prepare_hugo_site "$count" "$corpus")
hugo_out="$WORK_DIR/readme-hugo-out-$count"

copy="$WORK_DIR/readme-repo-$count"
log "copying the repository's tracked files to $copy, the corpus as its seeds/"
copy_repo_with_corpus "$REPO_ROOT" "$copy" "$corpus"
edited="$copy/seeds/$(ls "$corpus" | sort | sed -n "$((count / 2 + 1))p")"
flags=(-nodeReuse:false -p:UseSharedCompilation=false)
console="$WORK_DIR/readme-console"
empty_console "$console"
cd "$copy"

# The first build of the fresh copy is a clean build too; it runs untimed with -clp:PerformanceSummary to say where a
# clean build's time goes.
log "first build of the copy, profiled"
profile="$WORK_DIR/readme-profile-$count.log"
peak_run "$profile.run" dotnet build "${flags[@]}" -clp:PerformanceSummary
cp "$profile.run" "$profile"
cp "$profile.run.peak" "$profile.processes"
log "first (profiled) build: $RUN_WALL_S s, peak $RUN_PEAK_MB MB in $RUN_PEAK_WHAT; processes by kind (seconds alive, how many):"
tail -n +2 "$profile.processes" | column -t -s $'\t' >&2
log "projects (inclusive: a project's time includes waiting for the ones it references):"
awk '/Project Performance Summary:/ { on = 1; next } /Target Performance Summary:/ { on = 0 }
     on && $2 == "ms" && $3 ~ /\.(csproj|sln)$/ { print }' "$profile" | sort -k1,1nr | head -8 >&2 || true
log "the ten slowest targets (exclusive), then tasks:"
awk '/Target Performance Summary:/ { on = 1; next } /Task Performance Summary:/ { on = 0 } on && $2 == "ms" { print }' "$profile" | sort -k1,1nr | head -10 >&2 || true
awk '/Task Performance Summary:/ { on = 1; next } on && $2 == "ms" { print }' "$profile" | sort -k1,1nr | head -10 >&2 || true

pagefind=$(ensure_peer_pagefind)
log "$(hugo version | cut -d" " -f1-2), pagefind $("$pagefind" --version 2>/dev/null | tail -1)"
dotnet build "$console" "${flags[@]}" >/dev/null

clean_copy() {
    # The whole output goes, with its workspace: the spare site the previous run left there would otherwise be
    # deleted inside the timed build (about 2 s at 10,000 articles: what a build after `rm -rf _site` alone pays).
    rm -rf "$copy/_site" "$copy/._site.staticnews"
    find "$copy" -path "$copy/node_modules" -prune -o -type d \( -name obj -o -name bin \) -prune -exec rm -rf {} +
}
# The render stamp changes only when the site is rendered (site/build/StaticNews.Site.targets).
largest() { printf '%s\n' "$@" | sort -k1,1nr | head -1 | sed 's/ / MB, /'; }
page_of_edited() { grep -rl --include=index.html "$1" "$copy/_site" | head -1; }

hugo_s=() pagefind_s=() peer_s=() clean_s=() noop_s=() console_s=() edit_s=() title_s=()
clean_ratio=() noop_ratio=() edit_ratio=() title_ratio=()
clean_peaks=() peer_peaks=() other_peaks=()
for ((run = 1; run <= runs; run++)); do
    hugo_build "$hugo_site" "$hugo_out" "$WORK_DIR/readme-hugo-$count-$run.log" peak_run
    hugo_s+=("$RUN_WALL_S") peer_peaks+=("$RUN_PEAK_MB $RUN_PEAK_WHAT")
    peak_run "$WORK_DIR/readme-pagefind-$count-$run.log" "$pagefind" --site "$hugo_out"
    pagefind_s+=("$RUN_WALL_S") peer_peaks+=("$RUN_PEAK_MB $RUN_PEAK_WHAT")
    peer_s+=("$(awk -v a="${hugo_s[-1]}" -v b="$RUN_WALL_S" 'BEGIN { printf "%.2f", a + b }')")
    log "run $run peer: hugo ${hugo_s[-1]} s + pagefind $RUN_WALL_S s = ${peer_s[-1]} s (peak $(largest "${peer_peaks[@]: -2}"))"

    clean_copy
    peak_run "$WORK_DIR/readme-clean-$count-$run.log" dotnet build "${flags[@]}"
    clean_s+=("$RUN_WALL_S") clean_peaks+=("$RUN_PEAK_MB $RUN_PEAK_WHAT")
    clean_ratio+=("$(ratio "$RUN_WALL_S" "${peer_s[-1]}")")
    [[ -f $copy/_site/index.html && -f $copy/_site/search-index/meta.json ]] || { log "the clean build made no site or no search index"; exit 1; }
    log "run $run clean: $RUN_WALL_S s (${clean_ratio[-1]}x the peer), peak $RUN_PEAK_MB MB in $RUN_PEAK_WHAT"

    stamp=$(render_stamp "$copy")
    peak_run "$WORK_DIR/readme-noop-$count-$run.log" dotnet build "${flags[@]}"
    noop_s+=("$RUN_WALL_S") other_peaks+=("$RUN_PEAK_MB $RUN_PEAK_WHAT (no-op)")
    [[ $(render_stamp "$copy") == "$stamp" ]] || { log "the no-op build rendered the site again"; exit 1; }
    peak_run "$WORK_DIR/readme-console-$count-$run.log" dotnet build "$console" "${flags[@]}"
    console_s+=("$RUN_WALL_S")
    noop_ratio+=("$(ratio "${noop_s[-1]}" "$RUN_WALL_S")")
    log "run $run no-op: ${noop_s[-1]} s, empty console $RUN_WALL_S s (${noop_ratio[-1]}x)"

    # A new file in place of the old, as an editor's save does.
    sentence="Edited in run $run of the README benchmark."
    cp "$edited" "$edited.new" && printf '\n%s\n' "$sentence" >>"$edited.new" && mv "$edited.new" "$edited"
    peak_run "$WORK_DIR/readme-edit-$count-$run.log" dotnet build "${flags[@]}"
    edit_s+=("$RUN_WALL_S") other_peaks+=("$RUN_PEAK_MB $RUN_PEAK_WHAT (edit)")
    edit_ratio+=("$(ratio "$RUN_WALL_S" "${clean_s[-1]}")")
    [[ -n $(page_of_edited "$sentence") ]] || { log "the edit did not reach the site"; exit 1; }
    log "run $run edit: $RUN_WALL_S s (${edit_ratio[-1]}x the clean build)"

    title_mark="retitled in run $run"
    sed -i "0,/^title: /s/^\(title: .*\)\"\$/\1 ($title_mark)\"/" "$edited"
    grep -q "$title_mark" "$edited" || { log "could not edit the title of $edited"; exit 1; }
    peak_run "$WORK_DIR/readme-title-$count-$run.log" dotnet build "${flags[@]}"
    title_s+=("$RUN_WALL_S") other_peaks+=("$RUN_PEAK_MB $RUN_PEAK_WHAT (title edit)")
    title_ratio+=("$(ratio "$RUN_WALL_S" "${clean_s[-1]}")")
    [[ -n $(page_of_edited "$title_mark") ]] || { log "the title edit did not reach the site"; exit 1; }
    log "run $run title edit: $RUN_WALL_S s (${title_ratio[-1]}x the clean build)"
done

load_after=$(cut -d" " -f1-3 /proc/loadavg)
echo "N=$count runs=$runs clean_s=$(median "${clean_s[@]}") hugo_s=$(median "${hugo_s[@]}") pagefind_s=$(median "${pagefind_s[@]}") hugo_pagefind_s=$(median "${peer_s[@]}") noop_s=$(median "${noop_s[@]}") console_s=$(median "${console_s[@]}") edit_s=$(median "${edit_s[@]}") title_s=$(median "${title_s[@]}")"
echo "N=$count clean/(hugo+pagefind)=$(median "${clean_ratio[@]}") (goal <= 1.0) edit/clean=$(median "${edit_ratio[@]}") (goal <= 0.2) title/clean=$(median "${title_ratio[@]}") noop/console=$(median "${noop_ratio[@]}") (goal <= 1.5)"
echo "N=$count peak of one process: clean build $(largest "${clean_peaks[@]}") (goal <= 1500 MB); no-op and edits $(largest "${other_peaks[@]}"); peer $(largest "${peer_peaks[@]}")"
echo "N=$count load average before $load_before, after $load_after ($(nproc) cores)"
