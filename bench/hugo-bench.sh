#!/usr/bin/env bash
# Usage: bench/hugo-bench.sh N [RUNS]
# Builds the N-article Markdown corpus with Hugo RUNS times (default 3), each into a clean output
# folder, and prints the median wall time and the peak resident memory:
#   hugo N=<n> median_s=<x> peak_mb=<y>
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${1:?usage: $0 N [RUNS]}
runs=${2:-3}

ensure_tools
log "load average before the runs: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores"
corpus=$(make_corpus md "$count")
site=$(prepare_hugo_site "$count" "$corpus")
log "$(hugo version)"

walls=() peaks=()
for ((run = 1; run <= runs; run++)); do
    hugo_build "$site" "$WORK_DIR/hugo-out-$count" "$WORK_DIR/hugo-$count-run$run.log"
    log "run $run: ${RUN_WALL_S} s wall, ${RUN_CPU_S} s cpu, ${RUN_PEAK_MB} MB"
    walls+=("$RUN_WALL_S") peaks+=("$RUN_PEAK_MB")
done

echo "hugo N=$count median_s=$(median "${walls[@]}") peak_mb=$(maximum "${peaks[@]}")"
