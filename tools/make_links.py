#!/usr/bin/env python3
"""Write a held-out set's links.json from its gold and a hand-written list of links (stdlib only;
imports nothing from the package).

Each `tests/heldoutN/make_links.py` keeps the set's own link list and options and runs this one:

    write_links(set_dir, links, plan='3403', report='3404', target='first')

writes `set_dir/links.json`: {"pairs": [{"target": ref, "result": ref}, ...], "target_docs": [plan's doc_id],
"result_docs": [report's doc_id]}, a ref being {"doc_id", "start", "end", "text"} of a gold record; JSON with
ensure_ascii=False and indent=1, as the sets have always written it.

plan, report  the two documents: a doc_id, or its prefix (`3403` finds gold/3403_*.json; just one may match).
links         one entry a link: (target side, result side). A result side None lists a target with no result
              (it is skipped). A side names one gold record of its document: a tuple of values for the names in
              `key` (a bare string stands for a 1-tuple), which may end with one more element, the side's own pick.
key           what a side's values are, in order: record fields the record must equal ('text', 'indicator',
              'start', ...), or 'before': the corpus text right before the record's span (the record is the one
              whose span starts where before+text first stands in the document). Default ('text', 'indicator').
target, result  which of the matching records (in document order) a side of each kind takes: None (default):
              exactly one may match; 'first'; 'last'.
              A side's own pick overrides it: False or 0 = the default above, True = the last, n >= 1 = the n-th
              (0-based).
stance        'filter' (default): only records of stance 'target' (plan side) / 'achieved' (result side) match;
              'check': records of any stance match, and the one taken must have that stance; None: stance plays
              no part.
where         {field: value} that every matching record must also have (e.g. {'year': 2026}).
same          fields the target and the result of each link must agree on (checked).
newline       end the file with a newline (default); False: end it at the closing brace, as the first sets did.

A name that matches no record, or more than one where exactly one must, stops the script (AssertionError or
ValueError) before links.json is written. Prints the number of links.
"""
import glob
import json
import os

STANCES = ('target', 'achieved')


def load(set_dir, doc):
    paths = (glob.glob(os.path.join(set_dir, 'gold', glob.escape(doc) + '.json'))
             or glob.glob(os.path.join(set_dir, 'gold', glob.escape(doc.rstrip('_')) + '_*.json')))
    assert len(paths) == 1, (set_dir, doc, paths)
    return json.load(open(paths[0], encoding='utf-8'))


def corpus_text(set_dir, gold):
    return open(os.path.join(set_dir, 'corpus', gold['doc_id'] + '.txt'), encoding='utf-8').read()


def find(set_dir, gold, side, stance, default, key, stance_mode, where):
    """The gold record that `side` names (see the module's doc)."""
    if isinstance(side, str):
        side = (side,)
    values, own = side[:len(key)], side[len(key):]
    assert len(values) == len(key) and len(own) <= 1, (gold['doc_id'], side, key)
    own = own[0] if own else False
    if isinstance(own, bool):
        how = 'last' if own else default
    else:
        how = own or default
    want = dict(where or {})
    before = None
    for name, value in zip(key, values):
        if name == 'before':
            before = value
        else:
            want[name] = value
    if stance_mode == 'filter':
        want['stance'] = stance
    hits = [r for r in sorted(gold['records'], key=lambda r: r['start'])
            if all(r.get(k) == v for k, v in want.items())]
    if before is not None:
        at = corpus_text(set_dir, gold).index(before + want['text']) + len(before)
        hits = [r for r in hits if r['start'] == at and r['end'] == at + len(want['text'])]
    if how is None:
        assert len(hits) == 1, (gold['doc_id'], side, stance, len(hits))
        r = hits[0]
    elif how == 'first':
        assert hits, (gold['doc_id'], side, stance)
        r = hits[0]
    elif how == 'last':
        assert hits, (gold['doc_id'], side, stance)
        r = hits[-1]
    else:
        assert len(hits) > how, (gold['doc_id'], side, stance, len(hits))
        r = hits[how]
    if stance_mode == 'check':
        assert r['stance'] == stance, (gold['doc_id'], side, r['stance'])
    return r


def ref(gold, r):
    return {'doc_id': gold['doc_id'], 'start': r['start'], 'end': r['end'], 'text': r['text']}


def write_links(set_dir, links, plan, report, target=None, result=None, key=('text', 'indicator'),
                stance='filter', where=None, same=(), newline=True):
    set_dir = str(set_dir)
    plan_gold, report_gold = load(set_dir, plan), load(set_dir, report)
    pairs = []
    for link in links:
        t_side, r_side = link
        if r_side is None:
            continue
        t = find(set_dir, plan_gold, t_side, STANCES[0], target, key, stance, where)
        r = find(set_dir, report_gold, r_side, STANCES[1], result, key, stance, where)
        assert all(t[f] == r[f] for f in same), (t_side, r_side, same)
        pairs.append({'target': ref(plan_gold, t), 'result': ref(report_gold, r)})
    out = {'pairs': pairs, 'target_docs': [plan_gold['doc_id']], 'result_docs': [report_gold['doc_id']]}
    with open(os.path.join(set_dir, 'links.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        if newline:
            f.write('\n')
    print(len(pairs), 'links')
    return out
