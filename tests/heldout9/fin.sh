#!/bin/bash
# fin.sh NNN : move draft/NNN.txt to corpus/NNN_<sha16>.txt and print the id
h=$(sha256sum draft/$1.txt | cut -c1-16); id=$1_$h
cp draft/$1.txt corpus/$id.txt; echo $id
