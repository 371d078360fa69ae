#!/usr/bin/env bash
# Usage: bench/targets.sh N [RUNS]
# Every speed and memory target of issue 5 for N articles, side by side in one run, alternating, median of
# RUNS (default 3, at least 3). Each run, in this order:
#   hugo        a clean Hugo build of the Markdown corpus (bench/hugo: same page set, feeds cut to 20 items)
#   full        a clean `dotnet build` of the StaticNews site over the same articles in plain text
#               (generator and site obj/ and bin/ removed, untimed); its performance summary gives the render step's
#               time (the RenderStaticNewsSite target: the site process from start to exit), and the site's own summary
#               line the time inside that process
#   noop        the same command again, nothing changed
#   console     the no-op build of an empty console project, same flags
#   edit        one article's body edited (a sentence appended), the same command again
# Every dotnet build runs with -nodeReuse:false -p:UseSharedCompilation=false, so MSBuild nodes and the
# compiler are children of the timed command and their memory counts in the peak.
# OUTPUT_ROOT=/dev/shm puts both sites' output (Hugo's and StaticNews's, nothing else) on tmpfs: on this kind of
# machine the disk slows down under repeated bursts of file creation and deletion (the same cold render took
# 4.1, 5.9, 8.4, 9.7, 11.2 and 11.9 s in six runs in a row), which moves both tools' times more than their code does.
# Prints, then ratios:
#   hugo_s full_s render_s render_inside_s noop_s console_s edit_s (medians) and full_peak_mb (largest)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${1:?usage: $0 N [RUNS]}
runs=${2:-3}
((runs >= 3)) || { log "RUNS must be at least 3"; exit 2; }
cd "$REPO_ROOT"

ensure_tools
log "load average before the runs: $(cut -d" " -f1-3 /proc/loadavg) on $(nproc) cores; output under ${OUTPUT_ROOT:-$WORK_DIR}"
corpus_md=$(make_corpus md "$count")
corpus_txt=$(make_corpus txt "$count")
site=$(prepare_hugo_site "$count" "$corpus_md")

# StaticNews builds a private copy, so the edit never touches the cached corpus (Hugo's copy is hard-linked to it).
documents="$WORK_DIR/targets-documents-$count"
output_root=${OUTPUT_ROOT:-$WORK_DIR}
out="$output_root/targets-out-$count"
rm -rf "$documents" && cp -r "$corpus_txt" "$documents"
edited=$(find "$documents" -name '*.txt' | sort | sed -n "$((count / 2 + 1))p")

flags=(-c Release -nodeReuse:false -p:UseSharedCompilation=false)
build_site=(dotnet build site "${flags[@]}" -p:StaticNewsSearch=false "-p:StaticNewsDocuments=$documents" "-p:SiteOutput=$out/_site")

console="$WORK_DIR/emptyconsole"
empty_console "$console"
dotnet build "$console" "${flags[@]}" >/dev/null

# The render step: the RenderStaticNewsSite target's line of -clp:PerformanceSummary ("     6363 ms  RenderStaticNewsSite   1 calls").
render_seconds() { awk '$2 == "ms" && $3 == "RenderStaticNewsSite" { printf "%.2f\n", $1 / 1000 }' "$1" | head -1; }
# The time inside the site process, from its summary line ("... written to ... in 8.56 s").
render_inside_seconds() { grep -E 'StaticNews: .*written' "$1" | grep -oE 'in [0-9.]+ s' | tail -1 | grep -oE '[0-9.]+'; }

hugo=() full=() render=() render_inside=() noop=() console_noop=() edit=() peaks=()
for ((run = 1; run <= runs; run++)); do
    hugo_build "$site" "$output_root/hugo-out-$count" "$WORK_DIR/targets-hugo-$count-$run.log"
    hugo+=("$RUN_WALL_S")
    log "run $run hugo: $RUN_WALL_S s, $RUN_PEAK_MB MB"

    rm -rf generator/bin/Release generator/obj/Release site/bin/Release site/obj/Release "$out"
    timed_run "$WORK_DIR/targets-full-$count-$run.log" "${build_site[@]}" -clp:PerformanceSummary
    full+=("$RUN_WALL_S") peaks+=("$RUN_PEAK_MB")
    render+=("$(render_seconds "$WORK_DIR/targets-full-$count-$run.log")")
    render_inside+=("$(render_inside_seconds "$WORK_DIR/targets-full-$count-$run.log")")
    log "run $run full: $RUN_WALL_S s (render step ${render[-1]} s, ${render_inside[-1]} s inside the site process), $RUN_PEAK_MB MB"

    timed_run "$WORK_DIR/targets-noop-$count-$run.log" "${build_site[@]}"
    noop+=("$RUN_WALL_S")
    if grep -q 'StaticNews: .*written' "$WORK_DIR/targets-noop-$count-$run.log"; then
        log "the no-op build rendered the site again"
        exit 1
    fi
    timed_run "$WORK_DIR/targets-console-$count-$run.log" dotnet build "$console" "${flags[@]}"
    console_noop+=("$RUN_WALL_S")
    log "run $run no-op: ${noop[-1]} s site, ${console_noop[-1]} s empty console"

    # A new file in place of the old (the corpus copy's files are its own), with one sentence more.
    cp "$edited" "$edited.new" && echo "Edited in run $run." >>"$edited.new" && mv "$edited.new" "$edited"
    timed_run "$WORK_DIR/targets-edit-$count-$run.log" "${build_site[@]}"
    edit+=("$RUN_WALL_S")
    grep -q "Edited in run $run." -r "$out/_site/articles" || { log "the edit did not reach the site"; exit 1; }
    log "run $run edit: $RUN_WALL_S s"
done

hugo_s=$(median "${hugo[@]}") full_s=$(median "${full[@]}") render_s=$(median "${render[@]}") render_inside_s=$(median "${render_inside[@]}")
noop_s=$(median "${noop[@]}") console_s=$(median "${console_noop[@]}") edit_s=$(median "${edit[@]}")
peak_mb=$(maximum "${peaks[@]}")
echo "N=$count hugo_s=$hugo_s full_s=$full_s render_s=$render_s render_inside_s=$render_inside_s noop_s=$noop_s console_s=$console_s edit_s=$edit_s full_peak_mb=$peak_mb"
echo "N=$count render/hugo=$(ratio "$render_s" "$hugo_s") full/hugo=$(ratio "$full_s" "$hugo_s") noop/console=$(ratio "$noop_s" "$console_s") edit/full=$(ratio "$edit_s" "$full_s")"
