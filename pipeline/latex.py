"""LaTeX source in a text dump (a report chapter as its author typed it): how commands,
braces, escapes and table rows read, as edits of the text that keep offsets into the
original (as pipeline/markup.py reads HTML).

A sectioning command reads as markdown's `#` of its level, so that structure.py's
markdown headings govern their sections; a command that prints its argument
(`\\textbf{180个}`, `\\caption{…}`) reads as that argument; one that does not (`\\label{…}`,
`\\usepackage{…}`, `\\begin{table}`) and a bare command (`\\hline`, `\\centering`) read as
nothing, and a line holding only such a command goes with its line break, so that the
rows of a table stand on consecutive lines. In a `tabular` a `&` between cells reads as a
tab and the `\\\\` closing a row as nothing. Escapes print their character (`\\%` → `%`,
`1\\,860` → `1 860`). A `%` comment mark reads as nothing but the comment stays text: a
comment is part of the document (heldout14's decision: `% 问卷样本1200份` is a record).
The commands are in data/latex.toml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from extractors.tables import alternation, read_table

from .markup import Edit, escape_edit

_OPTION = r"(?:[ \t]*\[[^\]\n]*\])?"
_ENVIRONMENT = regex.compile(r"\\(?P<side>begin|end)\{(?P<name>[a-zA-Z]+\*?)\}")


@dataclass(frozen=True)
class _Spec:
    detect: regex.Pattern
    tokens: regex.Pattern
    headings: dict[str, int]
    bracketed: frozenset[str]
    tables: frozenset[str]
    escapes: dict[str, str]


@lru_cache(maxsize=1)
def _spec() -> _Spec:
    spec = read_table("latex.toml")
    commands = spec["commands"]
    # options and arguments in any order (`\begin{table}[htbp]`, `\documentclass[12pt]{…}`)
    # (a brace may hold one level of braces, `{@{}lrr@{}}`; booktabs' trim is in round
    # brackets, `\cmidrule(lr){2-3}`)
    dropped = (rf"\\(?:{alternation(commands['dropped'])})(?![a-zA-Z])\*?"
               r"(?:[ \t]*\[[^\]\n]*\]|[ \t]*\((?:[a-z]*)\)|[ \t]*\{(?:[^{}\n]|\{[^{}\n]*\})*\})*")
    # commands that print only their last argument, the ones before it a layout
    # (`\multicolumn{2}{c|}{数量}`, `\multirow{2}{*}{项目}`): up to that argument's brace
    spanning = (rf"\\(?:{alternation(commands['last_argument_only'])})(?![a-zA-Z])"
                r"(?:[ \t]*\[[^\]\n]*\])?(?:[ \t]*\{(?:[^{}\n]|\{[^{}\n]*\})*\}){2}[ \t]*\{")
    # possessive and atomic: `\textbf{` is never read as a bare `\textb` before `f{`
    bare = rf"\\[a-zA-Z]++\*?+(?>{_OPTION})(?![ \t]*\{{)"
    tokens = regex.compile(
        rf"(?P<line>^[ \t]*(?:{dropped}|{bare})[ \t]*(?:\n|\Z))"
        rf"|(?P<dropped>{dropped})"
        rf"|(?P<spanning>{spanning})"
        rf"|(?P<escape>{alternation(spec['escapes'])})"
        r"|(?P<row_end>[ \t]*\\\\(?:\[[^\]\n]*\])?)"
        r"|(?P<cell>[ \t]*&[ \t]*)"
        rf"|(?P<command>\\(?P<name>[a-zA-Z]+)\*?{_OPTION}[ \t]*\{{)"
        rf"|(?P<bare>{bare})"
        r"|(?P<comment>%[ \t]*)|(?P<open>\{)|(?P<close>\})",
        regex.MULTILINE)
    return _Spec(
        detect=regex.compile(spec["detect"]),
        tokens=tokens,
        headings=dict(spec["headings"]),
        bracketed=frozenset(commands["bracketed"]),
        tables=frozenset(commands["tables"]),
        escapes=dict(spec["escapes"]),
    )


class _Reader:
    """The edits of one document, with the braces still open and the table being read."""

    def __init__(self, spec: _Spec) -> None:
        self.spec = spec
        self.closers: list[str] = []    # what each open brace's `}` reads as
        self.tables = 0                 # how deep in table environments the text stands

    def read(self, m: regex.Match) -> Edit:
        kind = m.lastgroup
        if kind in ("line", "dropped"):
            self._environment(m.group())
            return m.start(), m.end(), ""
        if kind == "escape":
            return escape_edit(m.start(), m.group(), self.spec.escapes[m.group()])
        if kind == "row_end":
            return m.start(), m.end(), "" if self.tables else "\n"
        if kind == "cell":
            return m.start(), m.end(), "\t" if self.tables else m.group()
        if kind == "command":
            return m.start(), m.end(), self._opening(m.group("name"))
        if kind in ("open", "spanning"):
            self.closers.append("")
            return m.start(), m.end(), ""
        if kind == "close":
            return m.start(), m.end(), self.closers.pop() if self.closers else ""
        return m.start(), m.end(), ""       # a bare command, a comment mark

    def _environment(self, token: str) -> None:
        for env in _ENVIRONMENT.finditer(token):
            if env.group("name").rstrip("*") in self.spec.tables:
                self.tables = max(0, self.tables + (1 if env.group("side") == "begin" else -1))

    def _opening(self, name: str) -> str:
        """What `\\name{` reads as; its `}` is pushed to read as its closing."""
        if name in self.spec.headings:
            self.closers.append("")
            return "#" * self.spec.headings[name] + " "
        if name in self.spec.bracketed:
            self.closers.append("）")
            return "（"
        self.closers.append("")
        return ""


def latex_edits(text: str) -> list[Edit]:
    """The edits that read the LaTeX markup of `text`, in order; none for a text that is
    not a LaTeX source."""
    spec = _spec()
    if not spec.detect.search(text):
        return []
    reader = _Reader(spec)
    edits = [reader.read(m) for m in spec.tokens.finditer(text)]
    # an edit never reads longer than what it replaces (offsets map one to one or delete)
    return [(s, e, r) for s, e, r in edits if r != text[s:e]]
