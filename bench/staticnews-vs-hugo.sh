#!/usr/bin/env bash
# Usage: bench/staticnews-vs-hugo.sh N [RUNS]
# The same N articles built by Hugo and by a clean `dotnet build` of the StaticNews site, alternating,
# median of RUNS (default 3), through compare.sh. StaticNews reads the plain-text corpus, Hugo the
# Markdown one (the same articles). Search is off on both sides (Hugo builds none).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
count=${1:?usage: $0 N [RUNS]}
runs=${2:-3}

# Each StaticNews run is a clean build: no obj/ or bin/ of the generator or the site.
export STATICNEWS_CLEAN='rm -rf generator/bin/Release generator/obj/Release site/bin/Release site/obj/Release'
exec bench/compare.sh "$count" "$runs" -- \
    'dotnet build site -c Release -nodeReuse:false -p:UseSharedCompilation=false -p:StaticNewsSearch=false \
       "-p:StaticNewsDocuments=$BENCH_CORPUS_TXT" "-p:SiteOutput=$BENCH_OUT/_site"'
