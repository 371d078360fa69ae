#!/usr/bin/env bash
# Usage: bench/render-cache.sh N RUNS
# The site process alone (`dotnet StaticNews.Site.dll build`, as the root build's render target runs it) with the render
# cache, over the N-article Markdown corpus: a full render (no cache), a full render that fills the cache, a build
# with no change, one with one article's body edited, one with its title edited (its neighbours and the lists that
# show it change). The site is compiled three times first (the corpus as it is, with the body edit, with the title
# edit; the content is compiled into the assembly) into copies of bin/ under $WORK_DIR; then each run goes
#   no cache (full) -> cache (full) -> no change -> body edited -> as it was -> title edited
# over one output folder on the disk ($WORK_DIR). Prints each step's wall and CPU times, medians and peak memory, with the
# load average before and after. (How many pages each step renders is tested, in RenderCacheTests.)
#   bench/render-cache.sh 10000 3
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${1:?usage: $0 N RUNS}
runs=${2:?usage: $0 N RUNS}
cd "$REPO_ROOT"
ensure_tools
corpus=$(make_corpus md "$count")
work="$WORK_DIR/render-cache-$count"
rm -rf "$work"
mkdir -p "$work"
cp -al "$corpus" "$work/corpus"
# The middle article, edited by writing a new file (the corpus is hard-linked to the cached one).
article=$(find "$work/corpus" -name '*.md' | sort | sed -n "$((count / 2))p")
original=$(cat "$article")

compile() {
    local name=$1
    log "compiling the site over $count articles ($name)"
    dotnet build site -c Release -nodeReuse:false -p:StaticNewsSearch=false -p:StaticNewsRender=false \
        "-p:StaticNewsDocuments=$work/corpus" >"$work/compile-$name.log" 2>&1 \
        || { log "build failed: $work/compile-$name.log"; exit 1; }
    rm -rf "$work/bin-$name"
    cp -a site/bin/Release/net10.0 "$work/bin-$name"
}
# Each step runs the site from one folder, its assembly swapped in, as `dotnet build` runs it from bin/.
use() { cp "$work/bin-$1/StaticNews.Site.dll" "$work/bin/StaticNews.Site.dll"; }
write_article() { rm -f "$article"; printf '%s\n' "$1" >"$article"; }

write_article "$original"
compile original
write_article "$(printf '%s\n\nA paragraph added to the body by the benchmark.' "$original")"
compile body
write_article "$(sed '0,/^title: /s/^title: .*/title: "A headline edited by the benchmark"/' <<<"$original")"
compile title
write_article "$original"
cp -a "$work/bin-original" "$work/bin"

out="$work/out/_site"
cache="$work/render-cache"
steps=(full-no-cache full-cache no-change body-edited back title-edited)
declare -A walls cpus peaks
render() {
    local step=$1 bin=$2 run=$3
    shift 3
    use "$bin"
    timed_run "$work/$step-$run.log" env DOTNET_gcConcurrent=1 "$@" dotnet "$work/bin/StaticNews.Site.dll" build --out "$out" --config staticnews.yml
    walls[$step]+=" $RUN_WALL_S" cpus[$step]+=" $RUN_CPU_S" peaks[$step]+=" $RUN_PEAK_MB"
}
log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((run = 1; run <= runs; run++)); do
    rm -rf "$work/out" "$cache"
    render full-no-cache original "$run" -u STATICNEWS_RENDER_CACHE
    rm -rf "$work/out"
    render full-cache original "$run" "STATICNEWS_RENDER_CACHE=$cache"
    render no-change original "$run" "STATICNEWS_RENDER_CACHE=$cache"
    render body-edited body "$run" "STATICNEWS_RENDER_CACHE=$cache"
    render back original "$run" "STATICNEWS_RENDER_CACHE=$cache"
    render title-edited title "$run" "STATICNEWS_RENDER_CACHE=$cache"
done
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for step in "${steps[@]}"; do
    # shellcheck disable=SC2086
    echo "$step wall_s:${walls[$step]} median $(median ${walls[$step]}) cpu_s:${cpus[$step]} median $(median ${cpus[$step]}) peak_mb:${peaks[$step]}"
done
