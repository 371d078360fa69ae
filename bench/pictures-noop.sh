#!/usr/bin/env bash
# Usage: bench/pictures-noop.sh N [RUNS]
# Issue 18's no-op figure: the README's `dotnet build` at the repository root, run again with nothing changed, on
# N Markdown articles with pictures against the same N articles without, alternating, medians of RUNS (default 3).
# Goal: the no-op with pictures within 1.5x the no-op without.
# Two throwaway copies of the repository's tracked files under $WORK_DIR (never the checkout itself), their seeds/
# the N-article Markdown corpus (make_corpus md N); in the second, one article in 10 has a lead picture (image:,
# image_alt:) and one in 20 a picture in its body (![alt](file)), each a file beside its document, drawn from 40
# photo-like JPEGs of 3000x2000 (bench/ImageBench make). Each copy is built once, untimed (its pictures resized
# then), and checked: the pictured site holds copies and a body <picture>. Every no-op is checked not to render the
# site again (the render stamp). The flags are readme-build.sh's (-nodeReuse:false -p:UseSharedCompilation=false);
# the checkout's node_modules is linked into each copy, so no copy runs npm ci.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${1:?usage: $0 N [RUNS]}
runs=${2:-3}
((runs >= 1)) || { log "RUNS must be at least 1"; exit 2; }

load_before=$(cut -d" " -f1-3 /proc/loadavg)
log "load average before the runs: $load_before on $(nproc) cores"
corpus=$(make_corpus md "$count")

photos="$WORK_DIR/pictures-photos"
if [[ $(ls "$photos"/photo-*.jpg 2>/dev/null | wc -l) -lt 40 ]]; then
    log "making 40 photos of 3000x2000 in $photos"
    dotnet build -c Release "$BENCH_DIR/ImageBench" >/dev/null
    rm -rf "$photos"
    dotnet "$BENCH_DIR/ImageBench/bin/Release/net10.0/ImageBench.dll" make "$photos" 40
fi

flags=(-nodeReuse:false -p:UseSharedCompilation=false)
make_copy() {
    local copy=$1
    log "copying the repository's tracked files to $copy, the corpus as its seeds/"
    copy_repo_with_corpus "$REPO_ROOT" "$copy" "$corpus"
    if [[ -d $REPO_ROOT/node_modules ]]; then
        cp -al "$REPO_ROOT/node_modules" "$copy/node_modules"
    fi
}
plain="$WORK_DIR/pictures-plain-$count"
pictured="$WORK_DIR/pictures-with-$count"
make_copy "$plain"
make_copy "$pictured"

leads=0 bodies=0 i=0
while IFS= read -r document; do
    i=$((i + 1))
    if ((i % 10 == 0)); then
        photo=$(printf 'photo-%04d.jpg' $(((i / 10) % 40)))
        cp "$photos/$photo" "$pictured/seeds/lead-$i.jpg"
        # After the opening '---' of the front matter.
        sed -i "1a image: lead-$i.jpg\nimage_alt: \"A photo of the story\"" "$pictured/seeds/$document"
        leads=$((leads + 1))
    fi
    if ((i % 20 == 5)); then
        photo=$(printf 'photo-%04d.jpg' $(((i / 20 + 20) % 40)))
        cp "$photos/$photo" "$pictured/seeds/body-$i.jpg"
        printf '\n![A photo in the story](body-%s.jpg)\n' "$i" >>"$pictured/seeds/$document"
        bodies=$((bodies + 1))
    fi
done < <(ls "$corpus" | sort)
log "$leads lead pictures and $bodies body pictures in $pictured/seeds"

for copy in "$plain" "$pictured"; do
    log "first (clean) build of $copy"
    peak_run "$WORK_DIR/pictures-first-$(basename "$copy").log" dotnet build "$copy" "${flags[@]}"
    log "first build: $RUN_WALL_S s, peak $RUN_PEAK_MB MB in $RUN_PEAK_WHAT"
done
[[ -n $(ls "$pictured/_site/images" 2>/dev/null) ]] || { log "the pictured site has no picture copies"; exit 1; }
grep -rqs --include=index.html '<picture>' "$pictured/_site/articles" || { log "no article page of the pictured site shows a picture"; exit 1; }
log "the pictured site: $(ls "$pictured/_site/images" | wc -l) picture copies"

plain_s=() pictured_s=() ratios=()
for ((run = 1; run <= runs; run++)); do
    for copy in "$plain" "$pictured"; do
        stamp=$(render_stamp "$copy")
        peak_run "$WORK_DIR/pictures-noop-$(basename "$copy")-$run.log" dotnet build "$copy" "${flags[@]}"
        [[ $(render_stamp "$copy") == "$stamp" ]] || { log "the no-op build of $copy rendered the site again"; exit 1; }
        if [[ $copy == "$plain" ]]; then plain_s+=("$RUN_WALL_S"); else pictured_s+=("$RUN_WALL_S"); fi
    done
    ratios+=("$(ratio "${pictured_s[-1]}" "${plain_s[-1]}")")
    log "run $run no-op: with pictures ${pictured_s[-1]} s, without ${plain_s[-1]} s (${ratios[-1]}x)"
done

load_after=$(cut -d" " -f1-3 /proc/loadavg)
echo "N=$count runs=$runs leads=$leads bodies=$bodies noop_with_pictures_s=$(median "${pictured_s[@]}") noop_without_s=$(median "${plain_s[@]}") with/without=$(median "${ratios[@]}") (goal <= 1.5)"
echo "N=$count per run: with ${pictured_s[*]} s, without ${plain_s[*]} s"
echo "N=$count load average before $load_before, after $load_after ($(nproc) cores)"
