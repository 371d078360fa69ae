#!/usr/bin/env bash
# Usage: bench/readme-noop.sh N [RUNS]
# Issue 16's no-op figure alone, for N articles, quicker than bench/readme-build.sh (which takes it too): the README's
# `dotnet build` at the root of a throwaway copy of the repository's tracked files (seeds/ = the N-article Markdown
# corpus), built once untimed, then, alternating RUNS times (default 5, at least 3): the root no-op build (checked:
# the site is not rendered again) and the no-op `dotnet build` of an empty console project. Same flags as
# readme-build.sh (-nodeReuse:false -p:UseSharedCompilation=false). Prints the medians and the median ratio.
# REPO=DIR measures another checkout (a worktree) instead of this one.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${1:?usage: $0 N [RUNS]}
runs=${2:-5}
((runs >= 3)) || { log "RUNS must be at least 3"; exit 2; }
source_repo=${REPO:-$REPO_ROOT}

load_before=$(cut -d" " -f1-3 /proc/loadavg)
corpus=$(make_corpus md "$count")
copy="$WORK_DIR/noop-repo-$count"
log "copying the tracked files of $source_repo to $copy, the corpus as its seeds/"
copy_repo_with_corpus "$source_repo" "$copy" "$corpus"
flags=(-nodeReuse:false -p:UseSharedCompilation=false)
console="$WORK_DIR/readme-console"
empty_console "$console"

log "first build of the copy (untimed)"
(cd "$copy" && dotnet build "${flags[@]}" >"$WORK_DIR/noop-first-$count.log" 2>&1) ||
    { tail -20 "$WORK_DIR/noop-first-$count.log" >&2; exit 1; }
dotnet build "$console" "${flags[@]}" >/dev/null

noop_s=() console_s=() ratios=()
cd "$copy"
for ((run = 1; run <= runs; run++)); do
    stamp=$(render_stamp "$copy")
    timed_run "$WORK_DIR/noop-$count-$run.log" dotnet build "${flags[@]}"
    noop_s+=("$RUN_WALL_S")
    [[ $(render_stamp "$copy") == "$stamp" ]] || { log "the no-op build rendered the site again"; exit 1; }
    timed_run "$WORK_DIR/noop-console-$count-$run.log" dotnet build "$console" "${flags[@]}"
    console_s+=("$RUN_WALL_S")
    ratios+=("$(ratio "${noop_s[-1]}" "$RUN_WALL_S")")
    log "run $run: no-op ${noop_s[-1]} s, empty console $RUN_WALL_S s (${ratios[-1]}x)"
done
echo "N=$count runs=$runs noop_s=$(median "${noop_s[@]}") console_s=$(median "${console_s[@]}") noop/console=$(median "${ratios[@]}") (goal <= 1.5)"
echo "N=$count per run: no-op ${noop_s[*]}; console ${console_s[*]}; ratios ${ratios[*]}"
echo "N=$count load average before $load_before, after $(cut -d" " -f1-3 /proc/loadavg) ($(nproc) cores)"
