"""HTML source in a text dump (a page saved as text, a table copied with its tags): how
each tag and entity reads, as edits of the text that keep offsets into the original.

A tag reads as nothing, an entity as its character, a boundary between two table cells
as a tab, so that a `<table>` reads as a table with one row per line and tab-separated
cells. A cell merged over rows or columns (`rowspan`, `colspan`) is read as that many
cells: the rows under it get an empty cell in its column, as a spreadsheet copy gives.
Only HTML's own tag names are read: a `<` in prose stays.
"""
from __future__ import annotations

import html

import regex

_MARKUP = regex.compile(
    r"(?P<row>(?P<row_after_row></tr>\s*)?<tr\b[^<>]*>\s*)"
    r"|(?P<cell>(?:</t[dh]>\s*)?<t[dh]\b(?P<attributes>[^<>]*)>)"
    r"|<(?P<code>script|style)\b[^<>]*>|(?P<comment><!--)|<!DOCTYPE[^<>]*>"
    r"|</?(?:html|head|body|title|meta|link|div|span|p|h[1-6]|table|caption|thead|tbody|tfoot|tr|td|th|br|hr"
    r"|a|b|strong|em|i|u|font|ul|ol|li|dl|dt|dd|section|article|header|footer|nav|img|center)\b[^<>]*>"
    r"|(?P<entity>&(?:[a-zA-Z]{2,8}|#\d{1,6}|#[xX][0-9a-fA-F]{1,6});)",
    regex.IGNORECASE)
_CLOSING = {kind: regex.compile(pattern, regex.IGNORECASE)
            for kind, pattern in {"script": r"</script\s*>", "style": r"</style\s*>", "comment": r"-->"}.items()}
_SPAN = regex.compile(r"\b(?P<kind>rowspan|colspan)\s*=\s*[\"']?(?P<n>\d{1,3})", regex.IGNORECASE)

#: The most rows or columns a merged cell is read over (a table is narrower than this)
_MAX_SPAN = 64

Edit = tuple[int, int, str]    # (start, end, what the original text there reads as)


def escape_edit(start: int, escape: str, printed: str) -> Edit:
    """A backslash escape at `start` read as `printed`; where it prints its own last
    character (`\\%` → `%`) only the backslash goes, so that a span ending in it
    (`104.7\\%`) holds the whole escape."""
    if printed == escape[-1]:
        return start, start + len(escape) - 1, ""
    return start, start + len(escape), printed


class _Grid:
    """Where the next cell of a table row stands, given the cells merged from above."""

    def __init__(self) -> None:
        self.column = 0
        self.merged_from_above: dict[int, int] = {}     # column → rows it still covers
        self.last_span = 1

    def new_row(self) -> None:
        self.column, self.last_span = 0, 0
        self.merged_from_above = {c: n - 1 for c, n in self.merged_from_above.items() if n > 1}

    def place(self, attributes: str) -> int:
        """Place a cell; how many columns lie between the end of the cell before and it."""
        self.column += self.last_span
        skipped = 0
        while self.merged_from_above.get(self.column, 0) > 0:
            self.column, skipped = self.column + 1, skipped + 1
        spans = {m.group("kind").lower(): min(int(m.group("n")), _MAX_SPAN) for m in _SPAN.finditer(attributes)}
        self.last_span = max(1, spans.get("colspan", 1))
        if spans.get("rowspan", 1) > 1:
            for c in range(self.column, self.column + self.last_span):
                self.merged_from_above[c] = spans["rowspan"]
        return skipped


def markup_edits(text: str) -> list[Edit]:
    """The edits that read the HTML tags and entities of `text`, in order; none for a
    text without them."""
    if "<" not in text and "&" not in text:
        return []
    edits: list[Edit] = []
    grid = _Grid()
    hidden_until = 0       # the end of a script, style or comment: nothing in it is read
    unclosed: set[str] = set()
    for m in _MARKUP.finditer(text):
        if m.start() < hidden_until:
            continue
        if m.group("code") or m.group("comment"):
            kind = (m.group("code") or "comment").lower()
            close = None if kind in unclosed else _CLOSING[kind].search(text, m.end())
            if close is None:
                unclosed.add(kind)      # and none after a later opening either
            hidden_until = close.end() if close else m.end()
            edits.append((m.start(), hidden_until, ""))
        elif m.group("row"):
            grid.new_row()
            # rows stand on lines of their own, however the source broke its lines
            edits.append((m.start(), m.end(), "\n" if m.group("row_after_row") else ""))
        elif m.group("cell"):
            opens_row = grid.last_span == 0
            gap = grid.last_span - 1 + grid.place(m.group("attributes"))
            tabs = gap if opens_row else 1 + gap
            edits.append((m.start(), m.end(), "\t" * min(tabs, m.end() - m.start())))
        elif m.group("entity"):
            character = html.unescape(m.group())
            edits.append((m.start(), m.end(), " " if character == "\xa0" or len(character) != 1 else character))
        else:
            edits.append((m.start(), m.end(), ""))
    return edits
