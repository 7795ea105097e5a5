#!/bin/bash
# build.sh NNN : draft/NNN.{txt,sheet,meta} -> corpus/, sheets/, manifest row, anchor, check
set -e
cd "$(dirname "$0")"
n=$1
h=$(sha256sum draft/$n.txt | cut -c1-16)
id=${n}_$h
rm -f corpus/${n}_*.txt sheets/${n}_*.txt gold/${n}_*.json
cp draft/$n.txt corpus/$id.txt
{ echo "@doc $id"; cat draft/$n.sheet; } > sheets/$id.txt
# manifest
{ echo "doc_id,title,published,source,kind,place"; for m in draft/*.meta; do b=$(basename $m .meta); f=$(ls corpus/${b}_*.txt 2>/dev/null | head -1); [ -n "$f" ] && echo "$(basename $f .txt),$(cat $m)"; done; } > corpus/manifest.csv
cd ../..
.venv/bin/minsheng gold anchor tests/heldout8/sheets/$id.txt --corpus tests/heldout8/corpus --out tests/heldout8/gold/
.venv/bin/minsheng gold check tests/heldout8/gold/ --corpus tests/heldout8/corpus/
