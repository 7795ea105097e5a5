"""Lightweight markup outlines in a text dump (Org-mode, AsciiDoc, Textile, wiki text,
field lists of reStructuredText): how their marks read, as edits of the text that keep
offsets into the original (as pipeline/markup.py reads HTML).

A heading mark reads as markdown's `#` of the same level, so that structure.py's markdown
headings govern their sections; the markup's chrome (Org keyword lines, TODO keywords,
cookies, tags, drawer bounds, planning and log lines, rst directive markers) reads as
nothing; a field `:目标: 20个` reads as the label `目标：20个`. Underlined headings
(reStructuredText, setext) are read by structure.py, which sees the line under them.
The marks are in data/outline.toml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import read_table

from .markup import Edit
from .spans import line_end

_LINE = regex.MULTILINE
_FIRST_WORD = regex.compile(r"(?P<word>\S+)[ \t]+")


@dataclass(frozen=True)
class _Marks:
    equals: regex.Pattern
    textile: regex.Pattern
    closing: regex.Pattern
    org_keyword_line: regex.Pattern
    org_heading: regex.Pattern
    org_cookie: regex.Pattern
    org_tags: regex.Pattern
    org_chrome: regex.Pattern
    title_keys: frozenset[str]
    todo_keys: frozenset[str]
    todo_keywords: frozenset[str]
    cancelled_keywords: frozenset[str]
    field: regex.Pattern
    directive: regex.Pattern
    grid_border: regex.Pattern


@lru_cache(maxsize=1)
def _marks() -> _Marks:
    spec = read_table("outline.toml")
    headings, org = spec["headings"], spec["org"]
    return _Marks(
        equals=regex.compile(headings["equals"], _LINE),
        textile=regex.compile(headings["textile"], _LINE),
        closing=regex.compile(headings["closing"]),
        org_keyword_line=regex.compile(org["keyword_line"], _LINE),
        org_heading=regex.compile(org["heading"], _LINE),
        org_cookie=regex.compile(org["cookie"]),
        org_tags=regex.compile(org["tags"]),
        org_chrome=regex.compile("|".join(f"(?:{p})" for p in org["chrome_lines"]), _LINE),
        title_keys=frozenset(k.upper() for k in org["title_keys"]),
        todo_keys=frozenset(k.upper() for k in org["todo_keys"]),
        todo_keywords=frozenset(org["todo_keywords"]),
        cancelled_keywords=frozenset(org["cancelled_keywords"]),
        field=regex.compile(spec["field"]["line"], _LINE),
        directive=regex.compile(spec["rst"]["directive"], _LINE),
        grid_border=regex.compile(spec["rst"]["grid_border"], _LINE),
    )


def outline_edits(text: str) -> list[Edit]:
    """The edits that read the outline markup of `text`, in order of position; none for a
    text without it."""
    marks = _marks()
    edits = _heading_edits(text, marks) + _field_edits(text, marks)
    edits += [(m.start(), m.end(), "") for m in marks.directive.finditer(text)]
    # a grid's rows stand on consecutive lines once their borders are gone, as a pipe table's
    edits += [(m.start(), min(m.end() + 1, len(text)), "") for m in marks.grid_border.finditer(text)]
    if marks.org_keyword_line.search(text) or marks.org_chrome.search(text):
        edits += _org_edits(text, marks)
    return _disjoint(sorted(edits))


def cancelled_headlines(text: str) -> list[tuple[int, int]]:
    """The lines of an Org document's headlines that open with a keyword dropping their
    item (`** CANCELLED 新建健身步道8公里`): what they name was planned, not done. None for a
    text that is not Org."""
    marks = _marks()
    if not (marks.org_keyword_line.search(text) or marks.org_chrome.search(text)):
        return []
    spans = []
    for m in marks.org_heading.finditer(text):
        end = line_end(text, m.end())
        first = _FIRST_WORD.match(text, m.end(), end)
        if first and first.group("word") in marks.cancelled_keywords:
            spans.append((m.start(), end))
    return spans


def _as_markdown_heading(start: int, mark_end: int, level: int) -> Edit:
    """The heading mark `text[start:mark_end]` (`h2. `) as `#`s and a space; a mark too
    short to hold its level reads as the deepest level it holds (the order stays)."""
    return start, mark_end, "#" * min(level, mark_end - start - 1) + " "


def _heading_edits(text: str, marks: _Marks) -> list[Edit]:
    edits: list[Edit] = []
    opening = len(text) - len(text.lstrip())
    for m in marks.equals.finditer(text):
        if len(m.group("mark")) == 1 and m.start() != opening:
            continue    # one `=` heads only the document (its title); elsewhere `= 120万元` is a sum
        # `== 标题` → `## 标题`: the marks keep their count, the closing run goes
        edits.append((m.start("mark"), m.end("mark"), "#" * len(m.group("mark"))))
        end = line_end(text, m.end())
        if closing := marks.closing.search(text, m.end(), end):
            edits.append((closing.start(), closing.end(), ""))
    for m in marks.textile.finditer(text):
        edits.append(_as_markdown_heading(m.start(), m.end(), int(m.group("level"))))
    return edits


def _field_edits(text: str, marks: _Marks) -> list[Edit]:
    """`:目标:   20个` → `目标：20个`: the key leads its value as a label with a colon."""
    edits: list[Edit] = []
    for m in marks.field.finditer(text):
        edits.append((m.start("key") - 1, m.start("key"), ""))
        edits.append((m.end("key"), m.end("gap"), "："))
    return edits


def _org_edits(text: str, marks: _Marks) -> list[Edit]:
    edits: list[Edit] = [(m.start(), min(m.end() + 1, len(text)), "") for m in marks.org_chrome.finditer(text)]
    keywords = set(marks.todo_keywords)
    for m in marks.org_keyword_line.finditer(text):
        key = m.group("key").upper()
        if key in marks.todo_keys:
            keywords.update(w for w in m.group("value").split() if w != "|")
        if key in marks.title_keys and m.group("value").strip():
            edits.append((m.start(), m.start("value"), "# "))     # the title: a level-1 heading
        else:
            edits.append((m.start(), min(m.end() + 1, len(text)), ""))
    for m in marks.org_heading.finditer(text):
        edits.append((m.start("mark"), m.end("mark"), "#" * len(m.group("mark"))))
        edits += _headline_chrome(text, m.end(), line_end(text, m.end()), keywords, marks)
    return edits


def _headline_chrome(text: str, start: int, end: int, keywords: set[str], marks: _Marks) -> list[Edit]:
    """A headline's TODO keyword, cookies and tags (`DONE 新建食堂 [2/2]  :安居:`): no text."""
    edits: list[Edit] = []
    first = _FIRST_WORD.match(text, start, end)
    if first and first.group("word") in keywords:
        edits.append((start, first.end(), ""))
    tags = marks.org_tags.search(text, start, end)
    edits += [(c.start(), c.end(), "") for c in marks.org_cookie.finditer(text, start, tags.start() if tags else end)]
    if tags:
        edits.append((tags.start(), tags.end(), ""))
    return edits


def _disjoint(edits: list[Edit]) -> list[Edit]:
    """The edits without those inside an earlier one (a chrome line deleted whole holds
    no field to read)."""
    kept: list[Edit] = []
    for edit in edits:
        if kept and edit[0] < kept[-1][1]:
            continue
        kept.append(edit)
    return kept
