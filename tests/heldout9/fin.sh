#!/bin/bash
# fin.sh NNN : copy draft/NNN.txt (the final text, kept outside the repository once done) to corpus/NNN_<sha16>.txt and print the id
h=$(sha256sum draft/$1.txt | cut -c1-16); id=$1_$h
cp draft/$1.txt corpus/$id.txt; echo $id
