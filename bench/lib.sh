# Shared by the bench scripts: tools, cached corpora, the Hugo site, timed runs.
# Source it; it defines functions and these variables:
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(dirname "$BENCH_DIR")
WORK_DIR=${STATICNEWS_BENCH_DIR:-/tmp/staticnews-bench}
CORPUS_SEED=${CORPUS_SEED:-42}

log() { echo "[bench] $*" >&2; }

# Installs Debian's hugo and GNU time when absent (the machine is fresh in CI).
ensure_tools() {
    local missing=()
    command -v hugo >/dev/null || missing+=(hugo)
    [[ -x /usr/bin/time ]] || missing+=(time)
    ((${#missing[@]} == 0)) && return 0
    log "installing ${missing[*]}"
    local sudo=""
    ((EUID == 0)) || sudo=sudo
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}

# ensure_peer_pagefind -> prints the path of the peer's Pagefind (bench/peer: pinned in its package-lock.json), installed
# with npm ci under $WORK_DIR once. StaticNews builds its own search index; Pagefind is what Hugo's users add for search.
ensure_peer_pagefind() {
    local peer="$WORK_DIR/peer"
    if [[ ! -x $peer/node_modules/.bin/pagefind ]] || ! cmp -s "$BENCH_DIR/peer/package-lock.json" "$peer/package-lock.json"; then
        mkdir -p "$peer"
        cp "$BENCH_DIR/peer/package.json" "$BENCH_DIR/peer/package-lock.json" "$peer/"
        (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error >&2)
    fi
    echo "$peer/node_modules/.bin/pagefind"
}

# make_corpus FORMAT N -> prints the corpus directory.
# Cached under $WORK_DIR/corpus-FORMAT-N; remade when CorpusMaker's sources or the seed change.
make_corpus() {
    local format=$1 count=$2
    local dir="$WORK_DIR/corpus-$format-$count"
    local stamp
    stamp=$(cat "$BENCH_DIR"/CorpusMaker/*.cs "$BENCH_DIR"/CorpusMaker/*.csproj | sha256sum | cut -c1-16)
    stamp="$stamp seed=$CORPUS_SEED"
    if [[ -d "$dir" && "$(cat "$dir.stamp" 2>/dev/null)" == "$stamp" ]]; then
        log "corpus cached: $dir"
    else
        log "making $format corpus of $count articles in $dir"
        mkdir -p "$WORK_DIR"
        rm -rf "$dir" "$dir.tmp" "$dir.stamp"
        dotnet run --project "$BENCH_DIR/CorpusMaker" -c Release -- \
            --count "$count" --format "$format" --seed "$CORPUS_SEED" --out "$dir.tmp" >&2
        mv "$dir.tmp" "$dir"
        echo "$stamp" >"$dir.stamp"
    fi
    echo "$dir"
}

# prepare_hugo_site N CORPUS_DIR -> prints the site directory: bench/hugo's config and layouts,
# with the corpus as content/articles (hard links: no second copy of the text on disk).
prepare_hugo_site() {
    local count=$1 corpus=$2
    local site="$WORK_DIR/hugo-site-$count"
    rm -rf "$site"
    mkdir -p "$site/content"
    cp -r "$BENCH_DIR/hugo/hugo.toml" "$BENCH_DIR/hugo/layouts" "$site/"
    cp -al "$corpus" "$site/content/articles" 2>/dev/null || cp -a "$corpus" "$site/content/articles"
    echo "$site"
}

# timed_run LOGFILE CMD... : runs CMD under GNU time; sets RUN_WALL_S, RUN_CPU_S (user + system,
# steadier than wall time when something else loads the machine) and RUN_PEAK_MB.
# Peak is the largest resident set of CMD or any child it waited for (not a sum over processes;
# daemons such as a compiler server are not children and are not counted).
timed_run() {
    local logfile=$1
    shift
    local timefile="$logfile.time"
    if ! /usr/bin/time -v -o "$timefile" "$@" >"$logfile" 2>&1; then
        log "command failed: $* (see $logfile)"
        tail -20 "$logfile" >&2
        return 1
    fi
    RUN_WALL_S=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, part, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + part[i]
        printf "%.2f", s }' "$timefile")
    RUN_CPU_S=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$timefile")
    RUN_PEAK_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$timefile")
}

# peak_run LOGFILE CMD... : timed_run, and which single process of CMD's tree peaked (bench/peak-process.py);
# sets RUN_PEAK_WHAT to it and RUN_PEAK_MB to the larger of the two readings.
peak_run() {
    local logfile=$1
    shift
    timed_run "$logfile" python3 "$BENCH_DIR/peak-process.py" "$logfile.peak" -- "$@" || return 1
    local sampled_mb
    IFS=$'\t' read -r sampled_mb RUN_PEAK_WHAT _ <"$logfile.peak"
    ((sampled_mb > RUN_PEAK_MB)) && RUN_PEAK_MB=$sampled_mb
    return 0
}

# empty_console DIR : an empty console project (`dotnet new console`) in DIR, made once; the peer of a no-op build.
empty_console() {
    local dir=$1
    if [[ ! -f $dir/emptyconsole.csproj ]]; then
        rm -rf "$dir"
        dotnet new console -o "$dir" -n emptyconsole >/dev/null
    fi
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { printf '%s\n' "$@" | sort -g | tail -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

# hugo_build SITE_DIR OUT_DIR LOGFILE [RUNNER] : one clean Hugo build, timed by RUNNER (timed_run unless given;
# peak_run also names the process) after the output is removed, untimed.
hugo_build() {
    local site=$1 out=$2 logfile=$3 runner=${4:-timed_run}
    rm -rf "$out" "$site/resources" "$site/.hugo_build.lock"
    "$runner" "$logfile" hugo --source "$site" --destination "$out" --quiet
}

# copy_repo_with_corpus SOURCE COPY CORPUS : the files git tracks in the repository SOURCE copied into COPY (emptied
# first; a throwaway copy, never the checkout), its seeds/ replaced by the CORPUS folder.
copy_repo_with_corpus() {
    local source=$1 copy=$2 corpus=$3
    rm -rf "$copy" && mkdir -p "$copy"
    git -C "$source" ls-files -z | tar -C "$source" --null --ignore-failed-read -T - -cf - | tar -C "$copy" -xf -
    rm -rf "$copy/seeds" && cp -r "$corpus" "$copy/seeds"
}

# render_stamp COPY : when the copy's site was last rendered (its render target's stamp), or "none"; a no-op build
# must leave it as it was.
render_stamp() { stat -c %Y.%y "$1"/site/obj/*/*/staticnews.render.stamp 2>/dev/null || echo none; }
