#!/bin/bash
# usage: fin.sh NN  (draft/NN.txt, draft/NN.sheet) -> corpus, sheets, gold
set -e
cd /work/wt-heldout6/tests/heldout6
n=$1
h=$(sha256sum draft/$n.txt | cut -c1-16)
id=6${n}_$h
cp draft/$n.txt corpus/$id.txt
sed "s/^@doc .*/@doc $id/" draft/$n.sheet > sheets/$id.txt
cd /work/wt-heldout6
.venv/bin/minsheng gold anchor tests/heldout6/sheets/$id.txt --corpus tests/heldout6/corpus --out tests/heldout6/gold/
echo $id
