#!/usr/bin/env bash
# Usage: bench/render-ab.sh N RUNS COMMIT...
# The site process alone, cold, for several commits side by side: each commit is checked out in a worktree under
# $WORK_DIR, built once over the same N-article plain-text corpus (without rendering), then the runs alternate
# commit by commit, each a fresh `dotnet StaticNews.Site.dll build` into a new folder on tmpfs (/dev/shm), so
# neither the build nor this machine's disk is in the time. Prints each commit's wall times, their median and
# the peak memory of each run. The worktrees stay under $WORK_DIR for the next run (delete them, then
# `git worktree prune`).
#   bench/render-ab.sh 10000 5 b1799b7 HEAD
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${1:?usage: $0 N RUNS COMMIT...}
runs=${2:?usage: $0 N RUNS COMMIT...}
shift 2
(($# >= 1)) || { log "name at least one commit"; exit 2; }
cd "$REPO_ROOT"
ensure_tools
corpus=$(make_corpus txt "$count")

checkouts=()
for commit in "$@"; do
    sha=$(git rev-parse --short "$commit")
    tree="$WORK_DIR/render-ab-$sha"
    if [[ ! -f $tree/site/bin/Release/net10.0/StaticNews.Site.dll ]]; then
        rm -rf "$tree"
        git worktree prune
        git worktree add -f --detach "$tree" "$sha" >/dev/null
        log "building $sha over $count articles"
        dotnet build "$tree/site" -c Release -nodeReuse:false -p:StaticNewsSearch=false -p:StaticNewsRender=false \
            "-p:StaticNewsDocuments=$corpus" >"$WORK_DIR/render-ab-$sha.build.log" 2>&1 \
            || { log "build of $sha failed: $WORK_DIR/render-ab-$sha.build.log"; exit 1; }
    fi
    checkouts+=("$sha")
done

declare -A walls peaks
for ((run = 1; run <= runs; run++)); do
    for sha in "${checkouts[@]}"; do
        tree="$WORK_DIR/render-ab-$sha"
        out="/dev/shm/staticnews-render-ab-$sha"
        rm -rf "$out"
        # With the background collector, as the build's render target runs it (site/build/StaticNews.Site.targets).
        timed_run "$WORK_DIR/render-ab-$sha-$run.log" env DOTNET_gcConcurrent=1 dotnet "$tree/site/bin/Release/net10.0/StaticNews.Site.dll" build \
            --out "$out/_site" --config "$tree/staticnews.yml"
        walls[$sha]+=" $RUN_WALL_S" peaks[$sha]+=" $RUN_PEAK_MB"
        rm -rf "$out"
    done
done
for sha in "${checkouts[@]}"; do
    # shellcheck disable=SC2086
    echo "$sha wall_s:${walls[$sha]} median $(median ${walls[$sha]}) peak_mb:${peaks[$sha]}"
done
