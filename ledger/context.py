"""The clause a figure stands in: what a plan or a report says about it besides its indicator.

An indicator names what is counted; a plan and its report often count the same thing by
different nouns and say what is done in the rest of the clause (`为2万名适龄妇女开展两癌筛查`
against `宫颈癌、乳腺癌筛查共完成2.08万人`: the indicators 适龄妇女 and 宫颈癌、乳腺癌筛查
share nothing, the clauses share the programme). A figure's clause is the stretch of its
sentence between clause marks, cut where a neighbouring figure of the same sentence begins
or ends, without the figure itself.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from .tables import read_table

Key = tuple[str, int]          # doc_id, start


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern, regex.Pattern, tuple[str, ...], regex.Pattern]:
    data = read_table("context.toml")
    marks = regex.compile("[" + regex.escape(data["clause_marks"]) + "\n\t|]")
    return marks, regex.compile(data["not_words"]), tuple(data["partitive"]), regex.compile(data["subdivision"])


@lru_cache(maxsize=1)
def _points() -> tuple[regex.Pattern, dict[str, int]]:
    """The points of a year a sentence may name, and the month each one ends with."""
    data = read_table("context.toml")["milestone"]
    months = {str(n): n for n in range(1, 12)} | data["month_numbers"]
    periods = sorted(data["periods"], key=len, reverse=True)
    pattern = regex.compile(data["month"] + "|(" + "|".join(map(regex.escape, periods)) + ")")
    return pattern, {**{f"{name}月": n for name, n in months.items()}, **data["periods"]}


def point_of_year(sentence: str, position: int, end: int) -> int | None:
    """The month of the point of its year a figure's sentence dates it to (`6月底前…50%` → 6,
    `上半年…58%` → 6): the last point named before the figure, else the first after it;
    None where the sentence names none before the year's last month."""
    pattern, month_of = _points()
    found = [(m.start(), month_of[m.group()]) for m in pattern.finditer(sentence) if m.group() in month_of]
    before = [month for at, month in found if at < position]
    after = [month for at, month in found if at >= end]
    return before[-1] if before else (after[0] if after else None)


def locate(record: dict, siblings: list[dict]) -> int | None:
    """Where the record's text stands in its sentence: of the places it occurs, the one at
    which the most figures of the sentence fall on their own text (`120户` occurs inside
    `1120户` too)."""
    sentence, text = record.get("sentence") or "", record["text"]
    hits = [m.start() for m in regex.finditer(regex.escape(text), sentence)] if text else []
    if not hits:
        return None

    def fits(position: int) -> int:
        offset = record["start"] - position
        return sum(sentence[s["start"] - offset:s["end"] - offset] == s["text"] for s in siblings)

    return max(hits, key=fits)


@dataclass(frozen=True, slots=True)
class Clause:
    """The text of a figure's clause before and after it."""
    before: str = ""
    after: str = ""
    #: the month of the point of its year its sentence names (point_of_year); None for none
    point: int | None = None

    @property
    def words(self) -> str:
        """The clause without numbers, ordinals and spacing."""
        return _patterns()[1].sub("", self.before + self.after)

    @property
    def divides(self) -> bool:
        """Does the figure count a whole that its sentence goes on to divide (`17个项目中，
        已完成9个`, `十件实事中9件已完成`)? Its parts are no answer to it."""
        return self.after.rstrip().endswith(_patterns()[2])

    @property
    def subdivision(self) -> str | None:
        """The street or town of the place its clause names the figure for (`其中武当路街道
        就占了14部`, a row `五堰街道　10部`); None where it names none. The name may carry a
        word before it (`其中武当路街道`): compare names by their ends."""
        found = _patterns()[3].search(self.words)
        return found.group() if found else None


def clause(record: dict, siblings: list[dict]) -> Clause:
    """The record's clause, cut where a figure beside it begins or ends; empty where the
    record's text is not found in its sentence."""
    position = locate(record, siblings)
    if position is None:
        return Clause()
    sentence, end = record["sentence"], position + len(record["text"])
    marks = _patterns()[0]
    begin = max((m.end() for m in marks.finditer(sentence, 0, position)), default=0)
    stop = next((m.start() for m in marks.finditer(sentence, end)), len(sentence))
    offset = record["start"] - position
    for other in siblings:
        other_start, other_end = other["start"] - offset, other["end"] - offset
        if begin < other_end <= position:
            begin = other_end
        if end <= other_start < stop:
            between = sentence[end:other_start]
            # the next item of a list (`学位600个、小学学位900个`) begins at its 、
            stop = end + between.rfind("、") if "、" in between else other_start
    return Clause(sentence[begin:position], sentence[end:stop], point_of_year(sentence, position, end))


#: The most characters between a figure and its restatement in brackets (`整（小写：`)
RESTATEMENT_GAP = 8


def _restates(earlier: dict, later: dict) -> bool:
    """`later` writes `earlier` again in brackets (`壹仟贰佰陆拾万元整（小写：12600000元）`,
    `三万（30000）人`): the same value and unit, a bracket opening just between them."""
    sentence = later.get("sentence") or ""
    gap = later["start"] - earlier["end"]
    if (earlier.get("value"), earlier.get("unit")) != (later.get("value"), later.get("unit")) \
            or not 0 <= gap <= RESTATEMENT_GAP:
        return False
    position = locate(later, [earlier])
    between = sentence[position - gap:position] if position is not None else ""
    return "（" in between or "(" in between


def clauses(records: Iterable[dict]) -> dict[Key, Clause]:
    """Every record's clause, by (doc_id, start)."""
    by_sentence: dict[tuple, list[dict]] = defaultdict(list)
    for record in records:
        by_sentence[record["doc_id"], record.get("sent_id"), record.get("sentence")].append(record)
    said = {}
    for siblings in by_sentence.values():
        siblings.sort(key=lambda r: r["start"])
        for i, r in enumerate(siblings):
            restated = i > 0 and _restates(siblings[i - 1], r)
            said[r["doc_id"], r["start"]] = (said[r["doc_id"], siblings[i - 1]["start"]] if restated
                                             else clause(r, [s for s in siblings if s is not r]))
    return said
