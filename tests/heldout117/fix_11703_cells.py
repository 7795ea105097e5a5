#!/usr/bin/env python3
"""Put the `厨师（名）` cells of 11703's `|` table at their own cells (stdlib only).

Run inside tests/heldout117 after `minsheng gold anchor` of sheets/11703_*.txt:  python3 fix_11703_cells.py
A worksheet context cannot hold a `|`, so a one-digit cell is anchored at the first such digit after the
cell before it; in five rows that digit sits inside the `桌数` cell (`210 | 21 | 2`: the `2` of `21`).
This moves every 厨师 record of the table to the eighth cell of its row (the value is checked against
the cell); it changes nothing else.
"""
import glob
import json

path = glob.glob('gold/11703_*.json')[0]
gold = json.load(open(path, encoding='utf-8'))
text = open('corpus/%s.txt' % gold['doc_id'], encoding='utf-8').read()
cells = []                       # (start, end) of each row's 厨师 cell
pos = 0
for line in text.split('\n'):
    if line.startswith('| ') and not line.startswith('| 序号'):
        parts, at = [], pos
        for raw in line.split('|'):
            s = raw.strip()
            parts.append((at + raw.find(s) if s else at, s))
            at += len(raw) + 1
        start, s = parts[8]
        cells.append((start, start + len(s)))
    pos += len(line) + 1
chefs = sorted((r for r in gold['records'] if r['indicator'] == '厨师'), key=lambda r: r['start'])
assert len(chefs) == len(cells) == 13, (len(chefs), len(cells))
moved = 0
for r, (s, e) in zip(chefs, cells):
    assert float(text[s:e]) == r['value'], (text[s:e], r['value'])
    if (r['start'], r['end']) != (s, e):
        r['start'], r['end'], moved = s, e, moved + 1
    r['text'] = text[s:e]
gold['records'].sort(key=lambda r: r['start'])
head = json.dumps({'doc_id': gold['doc_id'], 'doc_year': gold['doc_year']}, ensure_ascii=False)[:-1]
lines = ',\n'.join('  ' + json.dumps(r, ensure_ascii=False) for r in gold['records'])
with open(path, 'w', encoding='utf-8') as f:       # the layout `minsheng gold anchor` writes
    f.write(head + ', "records": [\n' + lines + '\n]}\n')
print(moved, 'cells moved')
