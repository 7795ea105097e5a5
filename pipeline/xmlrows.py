"""Data elements in a text dump (an open-data XML file: one `<项目 名称="…" 年度目标="…"/>`
per line) read as a table: a header line of the attribute names, then one line of
tab-separated values per element, so that the table reader gives each value its column
(a bare `已完成="2860"` beside `年度目标="新增普惠托位3500个"`, a money value with the
unit another attribute names).

Only whole lines that are one self-closing element with several attributes are read;
consecutive elements with the same attribute names make one table, and an element with
other names starts another.
"""
from __future__ import annotations

import regex

from .spans import Region, Span

_ATTRIBUTE = regex.compile(r"""\s+([\p{L}_][\p{L}\p{N}_.\-（）()]*)\s*=\s*"([^"<>\n]*)\"""")
_ELEMENT = regex.compile(r"""^[ \t]*<[\p{L}_][\p{L}\p{N}_.\-]*((?:\s+[\p{L}_][\p{L}\p{N}_.\-（）()]*\s*=\s*"[^"<>\n]*")+)\s*/>[ \t]*$""",
                         regex.MULTILINE)
#: attributes an element needs to be read as a row
_MIN_ATTRIBUTES = 3


def _elements(text: str) -> list[tuple[int, int, list[tuple[Span, Span]]]]:
    """Each data element: its line's span and its attributes' (name span, value span)."""
    found = []
    for m in _ELEMENT.finditer(text):
        attributes = [(a.span(1), a.span(2)) for a in _ATTRIBUTE.finditer(text, m.start(1), m.end(1))]
        if len(attributes) >= _MIN_ATTRIBUTES:
            found.append((m.start(), m.end(), attributes))
    return found


def element_regions(text: str) -> list[Region]:
    """Runs of consecutive data elements with the same attribute names, each read as a
    table: the names once, then the values of each element."""
    regions: list[tuple[int, int, list]] = []
    run: list[tuple[int, int, list[tuple[Span, Span]]]] = []
    for element in _elements(text) + [None]:
        if run and (element is None or not _continues(text, run[-1], element)):
            regions.append(_table(run))
            run = []
        if element is not None:
            run.append(element)
    return regions


def _names(text: str, element) -> list[str]:
    return [text[s:e] for (s, e), _ in element[2]]


def _continues(text: str, last, element) -> bool:
    """The next line, with the same attribute names."""
    between = text[last[1]:element[0]]
    return between.strip() == "" and between.count("\n") == 1 and _names(text, last) == _names(text, element)


def _table(run) -> tuple[int, int, list]:
    pieces = _row([name for name, _ in run[0][2]])
    for _, _, attributes in run:
        pieces += _row([value for _, value in attributes])
    return run[0][0], run[-1][1], pieces


def _row(spans: list[Span]) -> list:
    """One line of the table: the spans, a tab between them."""
    pieces: list = []
    for i, span in enumerate(spans):
        pieces += ["\t"] if i else []
        pieces.append(span)
    pieces.append("\n")
    return pieces
