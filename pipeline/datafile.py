"""Data files in a text dump (an open-data portal's YAML or JSON export, an exchange platform's
INI file) read as labelled figures: the unit that a key names after its words
(`新增学位_个: 3600`, `总投资_亿元 = 6.05`) or that a sibling key holds (`"mj": 15,` beside
`"mj_dw": "平方米",`) is written the way a column header writes it (`新增学位（个）: 3600`), so
that the labelled-figure reader of pipeline/tables.py gives each bare value its unit and
indicator, as a bare table cell takes them from its header. A key a data dictionary above
the records names (`字段说明：mj 使用面积；…`) is read by that name.

The view, mapped back to the original piece by piece (pipeline/columns.py):
- each `[section]`, each YAML list item and each JSON object becomes a standalone heading line, so that
  the project it names governs its figures; a list item's heading is its group (`类别`)
  and its name (`名称`) values, the words that name a project's topic. The headings are
  numbered in the view (`1 教育：城区学校扩容`), as the entries of a list are: a data
  file has no title line, and its first section is an entry, not the document's title;
- a parent key with no value (`目标:`) is read before each of its children's keys, a
  word beside the figure that says goal or result (extractors/data/datafile.toml);
- `#` and `;` comments are dropped: numbers in them (dataset numbers, versions,
  timestamps) are no figures, and a trailing comment must not hide its value's end.

The lines are read here, not by a YAML or INI parser: a parser gives values without
their offsets, and exports use only the plain subset (block maps, `- ` lists, scalars,
sections) that a line shows whole.

Only a run of lines that are all data lines (key and value, section, list item, a JSON
bracket or brace, comment, blank) with enough keys, several of them with a unit, is read so:
prose with a few `名称: …` lines stays as it stands.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.punctuation import ROUND_ASIDE
from extractors.tables import read_table

from .spans import Piece, Region, Span, text_lines
from .tables import column_role, header_unit, unit_word

_COMMENT = regex.compile(r"^[ \t]*[#;]")
#: a JSON line of structure alone: an array's or object's bracket (`[`, `{`, `},`, `]`)
_BRACE = regex.compile(r"^[ \t]*[\[\]{}][ \t]*(?:,[ \t]*)?$")
_SECTION = regex.compile(r"^[ \t]*\[(?P<name>[^\[\]\n]{1,40})\][ \t]*$")
#: `key: value` (YAML: a space after the colon), `key = value` (INI), `- key: value` (a
#: list item's first key), `key:` (a nested map's parent); a key may be quoted
_KEY = regex.compile(r"""^(?P<indent>[ \t]*)(?P<dash>-[ \t]+)?(?P<quote>["']?)(?P<key>[^\s:=#;"'\[\]-][^:=#;"'\n]{0,39}?)(?P=quote)[ \t]*(?:=|:(?=[ \t]|$))[ \t]*(?P<value>[^\n]*)$""")
#: a comment closing a value's line (`4.5   # 年末达到`): white space, then the mark
_TRAILING_COMMENT = regex.compile(r"[ \t]+[#;][ \t]")
#: how a key line ends in the view: a sentence's end, so that no line is joined to the
#: next as a hard-wrapped one, and each figure's clause is its own line
_LINE_END = "。\n"
#: how many lines of a list item are searched for its name (items nested deeper and
#: deeper would otherwise each be read to the end: quadratic)
_MAX_ITEM_LINES = 60
#: a run needs this many keys, this many of them ending in a unit
_MIN_KEYS = 5
_MIN_UNIT_KEYS = 3


@dataclass(frozen=True, slots=True)
class _Spec:
    joiners: str
    per: dict[str, str]
    stance_keys: frozenset[str]
    unit_siblings: tuple[str, ...]
    dictionary: regex.Pattern
    dictionary_entry: regex.Pattern


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("datafile.toml")
    return _Spec("".join(spec["unit_joiners"]), spec["per"], frozenset(spec["stance_keys"]["words"]),
                 tuple(spec["unit_siblings"]), regex.compile(spec["dictionary"]["line"], regex.MULTILINE),
                 regex.compile(spec["dictionary"]["entry"]))


@dataclass(frozen=True, slots=True)
class _Entry:
    """One line of a data file."""
    start: int
    end: int
    kind: str                    # key, section, brace, comment, blank
    indent: int = 0
    item: bool = False           # opens a list item (`- 编号: …`) or a JSON object (`{`)
    key: Span | None = None
    value: Span | None = None    # without quotes and trailing comment; None when empty


def _entry(text: str, start: int, end: int) -> _Entry | None:
    line = text[start:end]
    if not line.strip():
        return _Entry(start, end, "blank")
    if _COMMENT.match(line):
        return _Entry(start, end, "comment")
    if _BRACE.match(line):
        return _Entry(start, end, "brace", len(line) - len(line.lstrip()), item="{" in line)
    if found := _SECTION.match(line):
        return _Entry(start, end, "section", key=(start + found.start("name"), start + found.end("name")))
    found = _KEY.match(line)
    if found is None:
        return None
    value = _value_span(line, found.start("value"), found.end("value"))
    return _Entry(start, end, "key", len(found.group("indent")) + len(found.group("dash") or ""),
                  found.group("dash") is not None, (start + found.start("key"), start + found.end("key")),
                  (start + value[0], start + value[1]) if value else None)


def _value_span(line: str, start: int, end: int) -> Span | None:
    """The value without a trailing comment, the white space after it, a JSON member's comma
    or the quotes around it; None for a JSON object's opening brace (a parent's value)."""
    if comment := _TRAILING_COMMENT.search(line, start, end):
        end = comment.start()
    end = start + len(line[start:end].rstrip())
    if line[start:end].endswith(",") and line[start:start + 1] in "\"0123456789-ntf":
        end = start + len(line[start:end - 1].rstrip())      # `"已建成",`, `15,`, `null,`
    if line[start:end] in ("{", "["):
        return None
    while end - start >= 2 and line[start] == line[end - 1] and line[start] in "\"'":
        start, end = start + 1, end - 1
    return (start, end) if end > start else None


def unit_split(key: str) -> tuple[int, str] | None:
    """Where a key's unit suffix starts and the unit as a header's bracket writes it
    (`新增学位_个` → (4, `个`); `补贴_元每月每人` → (2, `元/人·月`)); None without one."""
    joint = max(key.rfind(j) for j in _spec().joiners)
    if joint <= 0 or joint == len(key) - 1:
        return None
    suffix = key[joint + 1:]
    unit = _written_unit(suffix)
    return (joint, unit) if unit else None


def _names_a_unit(key: str) -> bool:
    """A key that ends in a unit: after a joiner (`新增学位_个`) or in brackets, as a
    header writes it (`新增学位（个）`, read as it stands)."""
    return unit_split(key) is not None or header_unit(key) is not None


def _written_unit(suffix: str) -> str | None:
    if unit_word(suffix) is not None:
        return suffix
    for words, per in _spec().per.items():
        if suffix.endswith(words) and unit_word(measured := f"{suffix[:-len(words)]}/{per}") is not None:
            return measured
    return None


def _runs(text: str) -> list[tuple[list[_Entry], dict[int, str]]]:
    """Runs of consecutive data lines with enough keys, several with a unit, each with the
    units its keys' siblings give them (`_sibling_units`)."""
    runs: list[tuple[list[_Entry], dict[int, str]]] = []
    run: list[_Entry] = []
    for line in text_lines(text) + [None]:
        entry = None if line is None else _entry(text, line.start, line.start + len(line.text))
        if entry is not None:
            run.append(entry)
            continue
        keys = [e for e in run if e.kind == "key"]
        siblings = _sibling_units(text, run)
        unit_keys = [e for e in keys if e.value and (_names_a_unit(text[e.key[0]:e.key[1]]) or e.start in siblings)]
        if len(keys) >= _MIN_KEYS and len(unit_keys) >= _MIN_UNIT_KEYS:
            runs.append((run, siblings))
        run = []
    return runs


def _sibling_units(text: str, run: list[_Entry]) -> dict[int, str]:
    """The unit each key's sibling gives it (`"mj": 15,` beside `"mj_dw": "平方米",`), by the key
    line's start: siblings are the keys of one object or list item, whose names are the key's
    and one of the unit suffixes (extractors/data/datafile.toml unit_siblings)."""
    found: dict[int, str] = {}
    group: dict[str, _Entry] = {}
    for entry in [*run, None]:
        if entry is None or entry.item or entry.kind == "section" or entry.kind == "brace":
            for name, key in group.items():
                unit = next((text[sibling.value[0]:sibling.value[1]] for suffix in _spec().unit_siblings
                             if (sibling := group.get(name + suffix)) is not None and sibling.value), None)
                if unit is not None and key.value and unit_word(unit) is not None:
                    found[key.start] = unit
            group = {}
        if entry is not None and entry.kind == "key":
            group[text[entry.key[0]:entry.key[1]]] = entry
    return found


def _dictionary(text: str) -> dict[str, str]:
    """A data dictionary's names for the keys (`字段说明：xh 序号；mj 使用面积；…`): key → name,
    without an aside in brackets (`hlt 护理台（尿布台）数量` → `护理台数量`)."""
    spec = _spec()
    return {found.group("key"): ROUND_ASIDE.sub("", found.group("name")).strip() for line in spec.dictionary.finditer(text)
            for found in spec.dictionary_entry.finditer(line.group("entries"))}


def datafile_regions(text: str) -> list[Region]:
    """Each run of data lines and the pieces it reads as (pipeline/columns.py's regions)."""
    if ":" not in text and "=" not in text:
        return []
    runs = _runs(text)
    names = _dictionary(text) if runs else {}
    return [(run[0].start, run[-1].end, _view(text, run, units, names)) for run, units in runs]


def _view(text: str, run: list[_Entry], units: dict[int, str], names: dict[str, str]) -> list[Piece]:
    pieces: list[Piece] = []
    parents: list[_Entry] = []        # the keys without value above the current line
    entries = 0                       # sections and list items so far
    for i, entry in enumerate(run):
        if entry.kind in ("blank", "comment"):
            pieces.append("\n")
            continue
        if entry.kind == "brace" and not entry.item:
            pieces.append("\n")
            continue
        if entry.kind == "section":
            parents = []
            entries += 1
            pieces += [f"\n\n{entries} ", entry.key, "\n\n"]
            continue
        while parents and parents[-1].indent >= entry.indent:
            parents.pop()
        if entry.item:
            entries += 1
            pieces += _item_heading(text, run, i, entries, names)
        if entry.kind == "brace":
            continue
        if entry.value is None:
            parents.append(entry)
            continue
        pieces += _key_line(text, entry, parents, units.get(entry.start), names)
    return pieces


def _item_heading(text: str, run: list[_Entry], first: int, number: int, names: dict[str, str]) -> list[Piece]:
    """A list item's or a JSON object's heading: the values of its group and name keys (`类别: 教育`,
    `名称: 城区学校扩容` → `教育：城区学校扩容`), standing alone."""
    item = run[first]
    named: dict[str, Span] = {}
    for entry in run[first:first + _MAX_ITEM_LINES]:
        if entry is not item and (entry.item and entry.indent <= item.indent or entry.kind == "brace" or
                                  entry.kind == "key" and entry.indent < item.indent or entry.kind == "section"):
            break
        if entry.kind == "key" and entry.value and (role := column_role(_name(text, entry, names))):
            named.setdefault(role, entry.value)
    words = [named[role] for role in ("group", "project") if role in named]
    if not words:
        return ["\n\n"]
    pieces: list[Piece] = [f"\n\n{number} ", words[0]]
    for span in words[1:]:
        pieces += ["：", span]
    return pieces + ["\n\n"]


def _name(text: str, entry: _Entry, names: dict[str, str]) -> str:
    key = text[entry.key[0]:entry.key[1]]
    return names.get(key, key)


def _key_line(text: str, entry: _Entry, parents: list[_Entry], sibling_unit: str | None,
              names: dict[str, str]) -> list[Piece]:
    """`key_unit: value` as `key（unit）：value`, and a key its sibling gives a unit likewise, after
    the parent keys that say goal or result; any other key line as it stands, without its comment;
    a key the data dictionary names, by that name."""
    key = text[entry.key[0]:entry.key[1]]
    split = unit_split(key)
    pieces: list[Piece] = []
    for parent in parents:
        if text[parent.key[0]:parent.key[1]] in _spec().stance_keys:
            pieces += [parent.key, " "]
    named: Piece = names[key] if key in names else entry.key
    if sibling_unit is not None:
        return pieces + [named, f"（{sibling_unit}）", "：", entry.value, _LINE_END]
    if split is None:
        return pieces + [named, "：", entry.value, _LINE_END]
    joint, unit = split
    return pieces + [(entry.key[0], entry.key[0] + joint), f"（{unit}）", "：", entry.value, _LINE_END]
