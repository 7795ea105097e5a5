"""Tracked changes and comments in a text dump of a Word or WPS document: the edits that
read them, keeping offsets into the original (extractors/data/revisions.toml).

`[删除：2000个][插入：2400个]` reads as `2400个`: withdrawn text is no part of the
document (a figure struck out in review is no figure of the plan), inserted text stands
without its markers, and format marks and comment anchors (`[格式已更改]`, `【批注1】`)
read as nothing.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from extractors.tables import alternation, read_table

Deletion = tuple[int, int]


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    spec = read_table("revisions.toml")
    deleted, inserted, marks = (alternation(spec[k]["words"]) for k in ("deleted", "inserted", "marks"))
    comments = alternation(spec["marks"]["comments"])
    body = spec["max_body"]
    forms = []
    for opening, closing in spec["brackets"].items():
        o, c = regex.escape(opening), regex.escape(closing)
        inner = rf"[^{c}]{{0,{body}}}?"
        for kind, words in (("deleted", deleted), ("inserted", inserted)):
            forms.append(rf"(?P<{kind}_{len(forms)}>{o}\s*(?:{words})\s*[:：]\s*)(?P<body_{len(forms)}>{inner}){c}")
            forms.append(rf"(?P<{kind}_{len(forms)}>{o}\s*(?:{words})\s*{c})(?P<body_{len(forms)}>.{{0,{body}}}?)"
                         rf"{o}\s*[/／]\s*(?:{words})\s*{c}")
        forms.append(rf"(?P<mark_{len(forms)}>{o}\s*(?:{marks})(?:\s*[:：]{inner})?\s*{c}"
                     rf"|{o}\s*(?:{comments})\s*(?:[A-Za-z]{{1,3}}\s*)?\d{{1,3}}\s*{c})")
    balloons = alternation(spec["deleted"]["balloons"] + spec["marks"]["balloons"])
    forms.append(rf"(?P<mark_balloon>(?m:^[ \t]*(?:{balloons})\s*[:：][^\n]*\n?))")
    return regex.compile("|".join(forms), regex.DOTALL)


def revision_deletions(text: str) -> list[Deletion]:
    """The stretches of `text` that tracked changes and comments withdraw or mark, in order:
    a withdrawn change whole, an inserted one's two markers, a mark or anchor whole."""
    deletions: list[Deletion] = []
    for m in _pattern().finditer(text):
        kind = _kind(m)
        if kind.startswith("inserted"):
            body = m.span(f"body_{kind.split('_')[1]}")
            deletions += [(m.start(), body[0]), (body[1], m.end())]
        else:
            deletions.append(m.span())
    return [(start, end) for start, end in deletions if end > start]


def _kind(m: regex.Match) -> str:
    """The name of the form that matched (`deleted_0`, `inserted_2`, `mark_4`)."""
    return next(name for name, value in m.groupdict().items() if value is not None and not name.startswith("body"))
