#!/usr/bin/env bash
# Usage: bench/compare.sh N [RUNS] [-- STATICNEWS_COMMAND]
# Builds the same N articles with Hugo (A) and StaticNews (B), alternating A, B, A, B, ...
# RUNS times each (default 3, at least 3), and prints medians, peaks and B/A ratios:
#   hugo N=<n> median_s=<x> peak_mb=<y>
#   staticnews N=<n> median_s=<x> peak_mb=<y>
#   ratio N=<n> time=<B/A> memory=<B/A>
#
# STATICNEWS_COMMAND is one bash command line, run with these variables set:
#   BENCH_N           the article count
#   BENCH_CORPUS_TXT  the corpus in the seed's plain-text format
#   BENCH_CORPUS_MD   the same articles as Markdown (what Hugo builds)
#   BENCH_OUT         an output folder, emptied before each run
# STATICNEWS_CLEAN (optional) is a command run untimed before each StaticNews run, e.g. to remove
# obj/ so each build is clean. For dotnet builds, pass -nodeReuse:false -p:UseSharedCompilation=false:
# MSBuild nodes and the compiler server otherwise outlive the build, are not its children, and their
# memory escapes the peak measured here. Example:
#   bench/compare.sh 10000 -- 'dotnet build site -c Release -nodeReuse:false -p:UseSharedCompilation=false ...'
# Without a command only the Hugo half runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${1:?usage: $0 N [RUNS] [-- STATICNEWS_COMMAND]}
shift
runs=3
if [[ $# -gt 0 && $1 != -- ]]; then
    runs=$1
    shift
fi
((runs >= 3)) || { log "RUNS must be at least 3"; exit 2; }
[[ ${1:-} == -- ]] && shift
staticnews_command="$*"

# The StaticNews half: one timed build of the corpus by the given command line (run from the repo root).
staticnews_build() {
    local command=$1 logfile=$2
    rm -rf "$BENCH_OUT"
    mkdir -p "$BENCH_OUT"
    if [[ -n ${STATICNEWS_CLEAN:-} ]]; then
        bash -c "$STATICNEWS_CLEAN" >/dev/null
    fi
    timed_run "$logfile" bash -c "$command"
}

cd "$REPO_ROOT"

ensure_tools
log "load average before the runs: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"
corpus_md=$(make_corpus md "$count")
site=$(prepare_hugo_site "$count" "$corpus_md")
export BENCH_N=$count BENCH_CORPUS_MD=$corpus_md BENCH_OUT="$WORK_DIR/staticnews-out-$count"
if [[ -n $staticnews_command ]]; then
    BENCH_CORPUS_TXT=$(make_corpus txt "$count")
    export BENCH_CORPUS_TXT
else
    log "no StaticNews command given: running the Hugo half only"
fi

hugo_walls=() hugo_peaks=() sn_walls=() sn_peaks=()
for ((run = 1; run <= runs; run++)); do
    hugo_build "$site" "$WORK_DIR/hugo-out-$count" "$WORK_DIR/hugo-$count-run$run.log"
    log "run $run hugo: ${RUN_WALL_S} s wall, ${RUN_CPU_S} s cpu, ${RUN_PEAK_MB} MB"
    hugo_walls+=("$RUN_WALL_S") hugo_peaks+=("$RUN_PEAK_MB")

    if [[ -n $staticnews_command ]]; then
        staticnews_build "$staticnews_command" "$WORK_DIR/staticnews-$count-run$run.log"
        log "run $run staticnews: ${RUN_WALL_S} s wall, ${RUN_CPU_S} s cpu, ${RUN_PEAK_MB} MB"
        sn_walls+=("$RUN_WALL_S") sn_peaks+=("$RUN_PEAK_MB")
    fi
done

hugo_s=$(median "${hugo_walls[@]}") hugo_mb=$(maximum "${hugo_peaks[@]}")
echo "hugo N=$count median_s=$hugo_s peak_mb=$hugo_mb"
if [[ -n $staticnews_command ]]; then
    sn_s=$(median "${sn_walls[@]}") sn_mb=$(maximum "${sn_peaks[@]}")
    echo "staticnews N=$count median_s=$sn_s peak_mb=$sn_mb"
    echo "ratio N=$count time=$(ratio "$sn_s" "$hugo_s") memory=$(ratio "$sn_mb" "$hugo_mb")"
fi
