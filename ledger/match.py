"""Linking targets to results: same place, same year, compatible unit, similar indicator.

Each target is compared with each result of its place and year; for every list (one
document's targets) and result document the pairs are chosen as one maximum-weight
assignment (scipy's linear_sum_assignment), so that one result answers at most one
target of a list and a
strong pair is never given up for the greedy first one. A pair below `MIN_SCORE` is no
link: the target then stands as `no report`.
"""
from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np
import regex
from scipy.optimize import linear_sum_assignment

from extractors.numerals import TABLE as NUMERALS
from extractors.script import for_matching
from extractors.segment import words
from extractors.tables import alternation
from extractors.units import unit_table

from .context import Clause
from .tables import read_table


#: The lowest score at which a result is taken to report on a target.
MIN_SCORE = 0.5
#: Indicator similarity that units of a strict kind (个, 家, 所) need to answer each other.
STRICT_UNIT_SIMILARITY = 0.75
#: A result this many times its target reports on something larger (a whole programme's
#: money, `全区共投入资金2.38亿元`, against one project's `需资金210万元`; a list's `全年完成投资3.05亿元`
#: against one row's `计划投资1860` 万元, 16×), not on it. The most any hand link of the sets exceeds
#: its target is 9.3× (the corpus's `100场` → `932场`)
MAX_EXCESS = 12
#: A result within this relative distance of its target met it.
MET_TOLERANCE = 0.005
#: Weights of the score: the indicators (characters, words, one inside the other), then
#: the priors (same category, how close the values are).
WEIGHTS = {"chars": 0.45, "words": 0.3, "contained": 0.25}
#: What a clause's likeness counts against the indicators': a clause says more than what is counted
CONTEXT_WEIGHT = 0.8
CATEGORY_PRIOR = 0.1
VALUE_PRIOR = 0.1
#: A result that is exactly its target's figure (a plan met to the unit, `98个` / `98个`) is
#: the commonest report of all; with the same category it carries a pair whose clauses
#: agree only in part (`实施老旧小区改造提升98个` / `推进实施98个改造项目`)
EXACT_PRIOR = 0.1
#: The highest score a pair can reach: the ledger shows scores divided by it, in [0, 1]
MAX_SCORE = sum(WEIGHTS.values()) + CATEGORY_PRIOR + VALUE_PRIOR + EXACT_PRIOR


@dataclass(frozen=True, slots=True)
class Figure:
    """A record as the ledger needs it, with the place of its document."""
    doc_id: str
    start: int
    end: int
    text: str
    value: float
    unit: str
    year: int | None
    category: str | None
    indicator: str | None
    sentence: str | None
    stance: str | None
    place: str | None
    project: str | None = None
    #: the words of its clause besides the number (ledger/context.py)
    context: str = ""
    #: it counts a whole that its sentence goes on to divide
    divides: bool = False
    #: what it is counted per (`千人口` of 每千人口托位数4.6个)
    per: str | None = None
    #: the district or county inside the place it is for (a plan's row by county, a county's
    #: news flash); None for the place as a whole (a city total, a 合计 row)
    area: str | None = None
    #: the street or town its clause names it for (`其中武当路街道就占了14部`; ledger/context.py)
    subdivision: str | None = None
    #: the month of the point of its year its sentence dates it to (`6月底前…50%` → 6)
    point: int | None = None
    #: a count of works started given beside the count of the same works finished
    #: (`已开工28个、完工9个`): a stage, not the delivered work (`stages_of_works`)
    started_beside_done: bool = False
    #: a result reported part-way through its year (`ledger/track.py`, `reported_to_date`):
    #: progress to date, a count still growing
    to_date: bool = False

    @classmethod
    def of(cls, record: dict, place: str | None, clause: Clause = Clause()) -> "Figure":
        return cls(record["doc_id"], record["start"], record["end"], record["text"], float(record["value"]),
                   record.get("unit") or "", record.get("year"), record.get("category"), record.get("indicator"),
                   record.get("sentence"), record.get("stance"), place, record.get("project"), clause.words,
                   clause.divides, record.get("per"), record.get("area"), clause.subdivision, clause.point)

    @property
    def signed(self) -> bool:
        """Written with its sign (`+12`, `-5` in a review's gap column): by how much a result
        passed or missed its target, not the level a target is tracked to."""
        return self.text[:1] in _SIGNS

    @property
    def said(self) -> str | None:
        """What the figure's clause says about it; a table cell or a figure box, whose
        clause is the number alone, says what its row or its indicator names."""
        return self.context if len(canonical(self.context)) >= 2 else (self.project or self.indicator)

    def brief(self) -> dict:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "text": self.text,
                "value": _plain(self.value), "unit": self.unit}


_SIGNS = NUMERALS.plus_signs + NUMERALS.minus_signs


@dataclass
class Entry:
    """One target and what reports on it: the best result first, the others after."""
    target: Figure
    results: list[tuple[Figure, float]] = field(default_factory=list)

    @property
    def result(self) -> Figure | None:
        return self.results[0][0] if self.results else None

    @property
    def score(self) -> float | None:
        return round(self.results[0][1] / MAX_SCORE, 3) if self.results else None

    @property
    def ratio(self) -> float | None:
        if self.result is None or not self.target.value:
            return None
        return self.result.value / self.target.value

    @property
    def status(self) -> str:
        ratio = self.ratio
        if ratio is None:
            return "no report"
        if abs(ratio - 1) <= MET_TOLERANCE:
            return "met"
        if ratio > 1:
            return "exceeded"
        # a mid-year report's result below the year's target is on its way, not short of it
        return "in progress" if self.result.to_date else "short"


# ------------------------------------------------------------------- similarity

@lru_cache(maxsize=1)
def _language() -> tuple[list[tuple[str, str]], tuple[str, ...], frozenset[str]]:
    synonyms, units = read_table("synonyms.toml"), read_table("units.toml")
    variants = [(name, group[0]) for group in synonyms["groups"] for name in group[1:]]
    variants.sort(key=lambda pair: len(pair[0]), reverse=True)
    generic = tuple(sorted(synonyms["generic"], key=len, reverse=True))
    return variants, generic, frozenset(units["strict_kinds"])


def canonical(indicator: str | None) -> str:
    """An indicator with its synonyms read as their group's first name and generic words dropped,
    in simplified characters (a plan page in traditional ones, `學位`, names what its report's
    `学位` does)."""
    text = _simplified(indicator or "")
    variants, generic, _ = _language()
    for name, first in variants:
        if name in text and first not in text:
            text = text.replace(name, first)
    text = _without_generic(text, generic)
    text = "".join(ch for ch in text if ch.strip() and ch not in "（）()、，,“”\"·-—")
    return "" if text in _items() else text


#: Indicators and clauses whose simplified form is kept (a ledger compares a few thousand)
_CACHED_NAMES = 65536


@lru_cache(maxsize=_CACHED_NAMES)
def _simplified(text: str) -> str:
    # every pair of figures compares its indicators and clauses: each converted once
    return for_matching(text)


@lru_cache(maxsize=1)
def _items() -> frozenset[str]:
    return frozenset(read_table("synonyms.toml")["items"])


def _without_generic(text: str, generic: tuple[str, ...]) -> str:
    """Generic words dropped: one of several characters wherever it stands, one of a single
    character only where it is a word of its own (the 个 of `32个`, not of `个体`; the 项 of
    `20项`, not of `改造项目`)."""
    for word in generic:
        if len(word) > 1:
            text = text.replace(word, "")
    single = {word for word in generic if len(word) == 1}
    return "".join(word for word in words(text) if word not in single)


def _dice(a: Iterable, b: Iterable) -> float:
    a, b = Counter(a), Counter(b)
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def indicator_similarity(a: str | None, b: str | None) -> float:
    """How alike two indicators are, in [0, 1]: shared characters, shared jieba words, and
    one inside the other, after synonyms and generic words."""
    a, b = canonical(a), canonical(b)
    if not a or not b:
        return 0.0
    contained = float(len(min(a, b, key=len)) >= 2 and (a in b or b in a))
    return (WEIGHTS["chars"] * _dice(a, b) + WEIGHTS["words"] * _dice(words(a), words(b))
            + WEIGHTS["contained"] * contained)


def units_compatible(target: Figure, result: Figure, similarity: float) -> bool:
    """The same unit, or units of one kind (人/名); count words (个/家/所), and kinds that
    count one thing two ways (人 / 人次), only where the indicators agree closely. Money
    is 元 with 元."""
    if target.unit == result.unit:
        return True
    kind, other = _kinds().get(target.unit), _kinds().get(result.unit)
    if kind is None or other is None:
        return False
    if kind != other:
        return frozenset((kind, other)) in _kin_kinds() and similarity >= STRICT_UNIT_SIMILARITY
    _, _, strict = _language()
    return kind not in strict or similarity >= STRICT_UNIT_SIMILARITY


@lru_cache(maxsize=1)
def _kin_kinds() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(pair) for pair in read_table("units.toml")["kin_kinds"])


_MARKS = regex.compile(r"[0-9A-Za-z]+")


def marks_agree(a: str | None, b: str | None) -> bool:
    """Grades and levels written in Latin letters or digits (4A级, 3A级景区, 5G基站) name
    another scope when both indicators have them and they differ."""
    marks_a, marks_b = set(_MARKS.findall(a or "")), set(_MARKS.findall(b or ""))
    return not (marks_a and marks_b) or bool(marks_a & marks_b)


def scopes_agree(a: str | None, b: str | None) -> bool:
    """Two indicators that end in the same thing but narrow it by unrelated words count
    another scope (`二级以上医疗机构` / `基层医疗机构`, `4A级以上社会组织` / `先进社会组织`);
    one that narrows the other (`充电桩` / `居住社区充电桩`) or words that overlap
    (`养老照护床位` / `家庭养老服务床位`) do not."""
    a, b = canonical(a), canonical(b)
    shared = len(os.path.commonprefix([a[::-1], b[::-1]]))
    if shared < 2:
        return True
    narrow_a, narrow_b = a[:-shared], b[:-shared]
    return not (narrow_a and narrow_b) or bool(set(narrow_a) & set(narrow_b))


@lru_cache(maxsize=1)
def _clause_words() -> tuple[regex.Pattern, regex.Pattern, tuple[regex.Pattern, ...]]:
    data = read_table("context.toml")
    start, done = (regex.compile(alternation(data[name])) for name in ("start_of_works", "completion_of_works"))
    not_before = data["scope_words_not_before"]
    scopes = tuple(regex.compile(f"(?:{alternation(words)})" + (f"(?!{not_before[kind]})" if kind in not_before else ""))
                   for kind, words in data["scope_words"].items())
    return start, done, scopes + (_change_from_plan(),)


@lru_cache(maxsize=1)
def _change_from_plan() -> regex.Pattern:
    return regex.compile(read_table("context.toml")["change_from_plan"])


@lru_cache(maxsize=1)
def _scoring_criterion() -> regex.Pattern:
    return regex.compile(read_table("context.toml")["scoring_criterion"])


def _names(pattern: regex.Pattern, figure: Figure) -> bool:
    return pattern.search(f"{figure.context}{figure.indicator or ''}") is not None


def scopes_named_agree(target: Figure, result: Figure) -> bool:
    """Words that make a figure another thing (an average `户均补助2650元` against a cap or a
    total, one day's `当天提供岗位` against a year's, one batch `首批资金` against the whole, a
    difference from the plan `比计划多4部` against a count):
    both figures name such a word of each kind or neither does."""
    return all(_names(words, target) == _names(words, result) for words in _clause_words()[2])


def stages_agree(target: Figure, result: Figure) -> bool:
    """A result of works started (`开工52台`) reports no target that asks for works done
    (`完成加装电梯50台`), unless the target counts starts too (`开工建设1000套`)."""
    start, done, _ = _clause_words()
    if result.started_beside_done and not _names(start, target):
        return False
    return not (_names(start, result) and _names(done, target) and not _names(start, target))


def _by_sentence_and_unit(results: list[Figure]) -> Iterable[list[Figure]]:
    """The results grouped by document, sentence and unit, each group in the order given."""
    groups: dict[tuple, list[Figure]] = defaultdict(list)
    for r in results:
        groups[r.doc_id, r.sentence, r.unit].append(r)
    return groups.values()


def stages_of_works(results: list[Figure]) -> list[Figure]:
    """A report that counts works started and, next to it, the same works finished
    (`已开工28个、完工9个`, `开工21部、完工14部`) delivers the finished count: the started one
    answers only a target of starts (`开工建设1000套`). The two are stages of one count,
    side by side in a sentence and a unit, the finished one straight after the started."""
    start, done, _ = _clause_words()
    staged: set[tuple[str, int]] = set()
    for siblings in _by_sentence_and_unit(results):
        siblings.sort(key=lambda f: f.start)
        for first, then in zip(siblings, siblings[1:]):
            if _names(start, first) and done.search(then.context) and not start.search(then.context):
                staged.add((first.doc_id, first.start))
    return [replace(r, started_beside_done=True) if (r.doc_id, r.start) in staged else r for r in results]


def subdivisions_agree(a: Figure, b: Figure) -> bool:
    """Two figures each named for a street or town (`武当路街道　12部`, `其中武当路街道就占了14部`)
    count for the same one, or one of them names none. The names may carry a word before
    them (`其中`), so one ends with the other."""
    if not (a.subdivision and b.subdivision):
        return True
    return a.subdivision.endswith(b.subdivision) or b.subdivision.endswith(a.subdivision)


def milestones_agree(target: Figure, result: Figure) -> bool:
    """A rate a plan sets for a point inside its year (`6月底前完成年度任务的50%以上`) is
    answered only by a result of the same point (`截至6月底完成56%`), not by the year's
    (`完成年度任务的105.7%`); a rate of no such point and any count keep every result."""
    if target.point is None or _kinds().get(target.unit) not in RATE_KINDS:
        return True
    return result.point == target.point


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """Each unit's kind (extractors/data/units.csv): 个 a count, % a percent."""
    return {surface.unit: surface.kind for surface in unit_table().values()}


def is_its_part(target: Figure, result: Figure) -> bool:
    """A result of the sentence that divides the target's whole (`17个项目中，已完成9个`)."""
    return target.divides and (result.doc_id, result.sentence) == (target.doc_id, target.sentence)


Parts = dict[tuple[str, int], tuple[str, ...]]


def names_the_part(target: Figure, result: Figure, parts: Parts) -> bool:
    """A result that is one item of a list of parts (`幼儿园学位6000个、小学学位2.1万个…`)
    never answers a target that counts the whole (`学位2.7万个`). The list divides the whole
    only where two of its items or more name it: `已完工71部，另有9部正在施工` names
    `加装电梯` once, and its `既有住宅加装电梯71部` answers `加装电梯80部`."""
    items = parts.get((result.doc_id, result.start))
    if items is None:
        return True
    whole, part = canonical(target.indicator), canonical(result.indicator)
    # two different items: one count told twice by stage (`完工34部，另有6部正在施工`, both
    # named 加装电梯完工) is no list of parts
    divided = sum(whole in item for item in set(items)) > 1 if whole else False
    return not (divided and whole != part and whole in part)


def list_parts(results: list[Figure]) -> Parts:
    """Results that share their sentence and unit with another result whose indicator ends
    in the same word: the items of a list of parts, each with the indicators of its list."""
    parts: Parts = {}
    for siblings in _by_sentence_and_unit(results):
        # a difference from the plan (`412户，超出年度任务12户`) is no item beside its result,
        # nor the start of works beside their finish (`开工21部、完工14部`: one count's stages)
        named = [r for r in siblings if r.indicator and not _names(_change_from_plan(), r) and not r.started_beside_done]
        heads = Counter(_head(r.indicator) for r in named)
        listed = [r for r in named if heads[_head(r.indicator)] > 1]
        items = tuple(canonical(r.indicator) for r in listed)
        parts.update(((r.doc_id, r.start), items) for r in listed)
    return parts


def _head(indicator: str) -> str:
    """The last jieba word of an indicator: what it counts (学位 of 小学学位)."""
    cut = words(indicator)
    return cut[-1] if cut else indicator


def description_similarity(target: Figure, result: Figure) -> float:
    """How alike the two figures are described: by their indicators (or the target's project
    against the result's indicator), or, discounted, by their clauses, where the indicators
    name another noun of the same statement (`适龄妇女` / `宫颈癌、乳腺癌筛查`)."""
    named = max(indicator_similarity(target.indicator, result.indicator),
                indicator_similarity(target.project, result.indicator) if target.project else 0.0,
                indicator_similarity(target.indicator, result.project) if result.project else 0.0)
    if (target.doc_id, target.sentence) == (result.doc_id, result.sentence):
        return named   # two figures of one sentence share their words by construction
    # a table cell says what its row names, and what its column counts: either may be what
    # the other side's clause says (`为居民安装燃气自闭阀` / row 燃气安全, indicator 燃气自闭阀安装)
    said = max(indicator_similarity(target.said, result.said), indicator_similarity(target.said, result.indicator),
               indicator_similarity(target.indicator, result.said), indicator_similarity(target.said, result.project))
    return max(named, CONTEXT_WEIGHT * said)


def link_score(target: Figure, result: Figure) -> float:
    """How sure it is that `result` reports on `target`; 0 where it cannot."""
    if ((target.place, target.area, target.year, target.per) != (result.place, result.area, result.year, result.per)
            or is_its_part(target, result)):
        return 0.0   # a level per head (每千人口托位4.6个) never answers a count (新增托位1500个),
                     # nor one county's figure the city's
    if not (marks_agree(target.indicator, result.indicator) and scopes_agree(target.indicator, result.indicator)):
        return 0.0
    if _names(_scoring_criterion(), target):
        return 0.0   # a scoring rule's threshold (`满意率达到95%以上的加1分`) is no promise
    if not (scopes_named_agree(target, result) and stages_agree(target, result) and subdivisions_agree(target, result)
            and milestones_agree(target, result)):
        return 0.0
    if target.value > 0 and result.value > MAX_EXCESS * target.value:
        return 0.0
    similarity = description_similarity(target, result)
    if not units_compatible(target, result, similarity):
        return 0.0
    category = CATEGORY_PRIOR if target.category and target.category == result.category else 0.0
    closeness = min(target.value, result.value) / max(target.value, result.value) if target.value > 0 and result.value > 0 else 0.0
    exact = EXACT_PRIOR if target.value == result.value else 0.0
    return similarity + category + VALUE_PRIOR * closeness + exact


# ------------------------------------------------------------------- assignment

def link(figures: Iterable[Figure]) -> list[Entry]:
    """Every target with the results that report on it: each result document answers a
    target at most once, and each of its results one target of a list at most. Two lists
    that promise the same (a plan, and the target column beside a report's results) are
    each answered."""
    figures = described_by_their_targets(list(figures))
    targets = formal_statements([f for f in figures if f.stance == "target"])
    results_by_doc: dict[str, list[Figure]] = defaultdict(list)
    for figure in stages_of_works([f for f in figures if f.stance == "achieved" and not f.signed]):
        results_by_doc[figure.doc_id].append(figure)
    parts = list_parts([r for results in results_by_doc.values() for r in results])
    results_by_doc = {doc_id: furthest_progress(first_statements(latest_cumulative(results)))
                      for doc_id, results in results_by_doc.items()}
    entries = [Entry(t) for t in targets]
    # a list: one document's targets for a place and year; only that place's year answers them
    lists: dict[tuple, list[int]] = defaultdict(list)
    for i, target in enumerate(targets):
        lists[target.doc_id, target.place, target.year].append(i)
    for results in results_by_doc.values():
        for (_, place, year), indices in lists.items():
            answering = [r for r in results if (r.place, r.year) == (place, year)]
            for i, j, score in assign([targets[k] for k in indices], answering, parts):
                entries[indices[i]].results.append((answering[j], score))
    for entry in entries:
        entry.results.sort(key=lambda pair: -pair[1])
    return entries


def described_by_their_targets(figures: list[Figure]) -> list[Figure]:
    """A result that says nothing of what it counts (a bare cell, `已完成 4350` after
    `育儿入户指导　目标 4000人次 |`) is what the one target of its line in its unit counts:
    it takes that target's indicator and clause, where the line's label stands."""
    targets: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.stance == "target":
            targets[figure.doc_id, figure.sentence, figure.unit].append(figure)
    row_targets: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.stance == "target" and figure.project:
            row_targets[figure.doc_id, figure.project, figure.unit].append(figure)
    described = []
    for figure in figures:
        partners = targets.get((figure.doc_id, figure.sentence, figure.unit), [])
        if figure.stance == "achieved" and not canonical(figure.said) and len(partners) == 1:
            partner = partners[0]
            figure = replace(figure, indicator=partner.indicator, context=partner.context,
                             project=figure.project or partner.project)
        elif figure.stance == "achieved" and figure.project and len(canonical(figure.context)) < 2:
            # a result cell whose words a wrapped line left on the line before (`安装燃气报警器` over
            # `12350户`) counts what the one target of its row in its unit counts
            row = row_targets.get((figure.doc_id, figure.project, figure.unit), [])
            if len(row) == 1:
                figure = replace(figure, indicator=row[0].indicator, context=row[0].context)
        described.append(figure)
    return described


#: Indicator similarity at which two mentions of one number in one document are one statement
SAME_STATEMENT = 0.5


def first_statements(results: list[Figure]) -> list[Figure]:
    """One mention per statement: a report repeats a result (a headline box `3 32个`, its
    paragraph, a recap); each repeat stands for the first mention whose sentence names
    what is counted (a box names nothing) or whose table row does (a closing sheet's row, then
    the notes under it that retell it), else for the first; cells of one table row that repeat
    it (`单位自报 | 复核认定`: `60 | 60`) stand for it by the last, the column that checked it."""
    return [_stands_for(g) for g in _repeats(sorted(results, key=lambda f: f.start))]


def _stands_for(repeats: list[Figure]) -> Figure:
    """The mention that stands for a statement's repeats (`first_statements`)."""
    if len(repeats) > 1 and all(_same_row(repeats[0], f) for f in repeats[1:]):
        return repeats[-1]
    return next((f for f in repeats if (_names_what_it_counts(f) and _running_text(f)) or _is_a_row_cell(f)),
                next((f for f in repeats if _names_what_it_counts(f)), repeats[0]))


def _repeats(figures: list[Figure]) -> list[list[Figure]]:
    """The figures grouped by the statement they make, in the order given: each group
    opens with the first mention of its statement."""
    groups: list[list[Figure]] = []
    for figure in figures:
        group = next((g for g in groups if _same_statement(g[0], figure)), None)
        if group is None:
            groups.append([figure])
        else:
            group.append(figure)
    return groups


#: what closes a sentence of running text; a headline or a box's line closes with none
_SENTENCE_END = ("。", "！", "？", "；", ".", "!", "?", ";", "”", "」")


def _running_text(figure: Figure) -> bool:
    """The figure stands in a sentence of running text, not in a headline over it
    (`No.3　托育“家门口”：普惠托位新增468个` over `全区新增普惠托位468个。`)."""
    return bool(figure.sentence) and figure.sentence.rstrip().endswith(_SENTENCE_END)


def formal_statements(targets: list[Figure]) -> list[Figure]:
    """One target per promise: a plan that states a target in its prose and again in its
    table of indicators (`新增普惠托位420个` in the goals, `新增普惠托位 | ≥420个` in the
    form) promises it once; the table's cell, the formal statement, stands for both, else
    the first mention in a sentence of running text (a poll page's candidate line,
    `新增普惠托位360个`, proposes what the adopted list's sentence then promises), else the
    first mention. A figure whose clause is the number alone in running text (`…760元和580元。`)
    is taken before one in a line that closes no sentence, for the same reason. A cell that
    is one year's column of a row spreading a plan over several years (`新增普惠托位 | 个 | 400 |
    400 | 400 | 1200` under 2025年…2027年) is no formal statement of that year's promise: the
    year's own list (`1.普惠托育扩容。新增普惠托位400个…牵头单位：…`) states it, and stands for both."""
    by_doc: dict[str, list[Figure]] = defaultdict(list)
    for figure in sorted(targets, key=lambda f: (f.doc_id, f.start)):
        by_doc[figure.doc_id].append(figure)
    kept = {id(_formal_statement(g, _cells_of_yearly_rows(figures)))
            for figures in by_doc.values() for g in _repeats(_without_spoken_repeats(figures))}
    return [f for f in targets if id(f) in kept]


def _without_spoken_repeats(figures: list[Figure]) -> list[Figure]:
    """One document's figures, in order, without those spelled in Chinese numerals that repeat
    a figure it stated before in digits (the same value, unit, year and area): a text states
    its figures in digits and spells them where it speaks them, so a voice-over under its
    caption (`新建改扩建中小学、幼儿园8所` then `八所学校同步开建`), which rewords what it counts,
    restates the caption's promise and never stands for it."""
    stated: set[tuple] = set()
    kept = []
    for figure in figures:
        key = (figure.value, figure.unit, figure.year, figure.area)
        if _in_digits(figure):
            stated.add(key)
        elif key in stated:
            continue
        kept.append(figure)
    return kept


def _in_digits(figure: Figure) -> bool:
    """The figure is written in digits (`1500个`), not spelled (`一千五百个`)."""
    return any(c.isdigit() for c in figure.text)


def _formal_statement(repeats: list[Figure], yearly: frozenset[int] = frozenset()) -> Figure:
    """The mention that stands for a promise stated several times: a cell, in running text
    first, else the first mention in running text, else the first; a cell of a row by years
    (`yearly`, their ids) after a mention in running text."""
    def cell(f: Figure) -> bool:
        return _is_a_cell(f) and id(f) not in yearly

    for kept in (lambda f: cell(f) and _running_text(f), cell, _running_text):
        found = next((f for f in repeats if kept(f)), None)
        if found is not None:
            return found
    return repeats[0]


def _cells_of_yearly_rows(figures: list[Figure]) -> frozenset[int]:
    """The ids of one document's cells that share their row (its project) and unit with a
    cell of another year: a row that spreads a target over the years of a plan."""
    years: dict[tuple, set] = defaultdict(set)
    cells = [f for f in figures if f.project and _is_a_cell(f)]
    for f in cells:
        years[f.project, f.unit, f.area].add(f.year)
    return frozenset(id(f) for f in cells if len(years[f.project, f.unit, f.area]) > 1)


def _is_a_row_cell(figure: Figure) -> bool:
    """A table's cell under a row that names its project (not a figure box's bare number)."""
    return bool(figure.project) and _is_a_cell(figure)


def _is_a_cell(figure: Figure) -> bool:
    """A figure whose clause holds no words but the number: a table's cell."""
    return len(canonical(figure.context)) < 2 and bool(figure.project or figure.indicator)


#: Kinds of unit whose figures are rates, not counts that grow through a year
RATE_KINDS = frozenset({"percent", "percent_point"})


def furthest_progress(results: list[Figure]) -> list[Figure]:
    """One figure per count: a review that reports a count at several dates
    (`截至6月底累计建成助餐点45个`, `全年建成助餐点62个`; a table's 1—7月累计 | 8月 | 1—8月累计)
    stands for it by its furthest point, the largest value (two cells of one table row: the later
    column, `单位自报 | 复核认定`). A count is what the figures
    name by one indicator (generic words aside, but not synonyms: `停车位` and its part
    `公共停车泊位` are two counts), category (the households an estate renovation reached and
    those given gas alarms are both `居民`), unit, year, per and area (a county's count is not a
    stage of the city's); rates are no counts."""
    kinds = _kinds()
    generic = _language()[1]
    furthest: dict[tuple, Figure] = {}
    others = []
    for figure in results:
        name = _without_generic(figure.indicator or "", generic)
        # works started beside the same works finished: another stage, not a later point
        if not name or kinds.get(figure.unit) in RATE_KINDS or figure.started_beside_done:
            others.append(figure)
            continue
        key = (name, figure.project, figure.category, figure.area, figure.subdivision, figure.unit, figure.year, figure.per)
        held = furthest.get(key)
        if held is None or (_restates_in_its_row(held, figure) if _same_row(held, figure) else figure.value > held.value):
            furthest[key] = figure
    return sorted(others + list(furthest.values()), key=lambda f: f.start)


def _restates_in_its_row(held: Figure, figure: Figure) -> bool:
    """Does a later cell of the row stand for the count `held` gives? A later column restates it
    as checked or as it stood last; a zero after a count is what was left of it
    (`计划 | 完成 | 未完成`: `300 | 342 | 0`), no statement of it."""
    return figure.start > held.start and (figure.value > 0 or held.value == 0)


def _same_row(a: Figure, b: Figure) -> bool:
    """Two cells of one table row: the later column restates the count as it was checked or as it
    stood last (`单位自报 | 复核认定`, `本月 | 累计`), and stands for it."""
    return (a.doc_id == b.doc_id and abs(a.start - b.start) <= _ROW_REACH
            and all(_is_a_cell(f) and (f.sentence or "").strip() == f.text for f in (a, b)))


#: How far apart two cells of one count may start and still be one row's (a cell is its own
#: sentence, the number alone, so the row is known by its neighbours: `| 4516 | 4388 |`)
_ROW_REACH = 24


def latest_cumulative(results: list[Figure]) -> list[Figure]:
    """One figure per count of a progress log: a supervision system's export writes a row per
    update, a project's rows recurring among other projects' (`普惠托育扩容 | 一季度新增180个 |
    180个` … `普惠托育扩容 | 四季度新增242个 | 652个`), each with the running total in a cell
    of its own. The project's count in a unit is then its last such cell: earlier rows are
    progress, a row's prose tells the increment or restates its cell, and a correction row
    (`更正：上条累计数应为25部`) replaces the cell before it by coming after it, though its
    figure is smaller. A count with no such cell (`每千人口托位数4.6个`) keeps its figures."""
    recurring = _recurring_counts(results)
    if not recurring:
        return results
    by_count: dict[tuple, list[Figure]] = {}
    for figure in sorted(results, key=lambda f: f.start):
        by_count.setdefault(_count_of_project(figure), []).append(figure)
    last_cell = {count: cells[-1] for count, figures in by_count.items()
                 if count in recurring and (cells := [f for f in figures if _is_a_cell(f) and f.project])}
    kept = []
    for figure in results:
        count = _count_of_project(figure)
        cell = last_cell.get(count)
        if cell is None:
            kept.append(figure)
        elif cell is figure:
            kept.append(_described_by_its_row(cell, by_count[count]))
    return kept


def _described_by_its_row(cell: Figure, same_count: list[Figure]) -> Figure:
    """A cumulative cell says nothing of what it counts (`6420人次`, `24个；5860户`); the
    prose of its row that states the same figure before it (`培训6420人次`) does: the cell
    takes that figure's indicator and clause. `same_count`: the figures of the cell's count
    (its project, unit, year), grouped once per document rather than sought per cell."""
    same_count = [f for f in same_count if f.start < cell.start]
    row_start = max((f.start for f in same_count if _is_a_cell(f)), default=-1)   # the row after the cell before
    stated = [f for f in same_count if f.start > row_start and f.value == cell.value and not _is_a_cell(f)]
    if not stated:
        return cell
    prose = max(stated, key=lambda f: f.start)
    return replace(cell, indicator=prose.indicator, context=prose.context)


def _count_of_project(figure: Figure) -> tuple:
    return figure.project, figure.unit, figure.year, figure.per, figure.area


def _recurring_counts(results: list[Figure]) -> set[tuple]:
    """The counts of a log (`_count_of_project`): a project's cell of one column that comes back
    after another project's rows, as updates do; a task table gives each project one row (or one
    run of rows), and a second table over the same projects counting something else (a vote's
    `满意 | 不满意` by project after a progress table) makes no cell of the first come back."""
    last_run: dict[tuple, int] = {}
    recurring: set[tuple] = set()
    run, current = -1, None
    for figure in sorted(results, key=lambda f: f.start):
        if not figure.project:
            continue
        if figure.project != current:
            run, current = run + 1, figure.project
        if not _is_a_cell(figure):
            continue
        column = (*_count_of_project(figure), figure.indicator)
        if last_run.get(column, run) != run:
            recurring.add(_count_of_project(figure))
        last_run[column] = run
    return recurring


def _same_statement(a: Figure, b: Figure) -> bool:
    return ((a.value, a.unit, a.year, a.area) == (b.value, b.unit, b.year, b.area)
            and indicator_similarity(a.indicator, b.indicator) >= SAME_STATEMENT)


def _names_what_it_counts(figure: Figure) -> bool:
    return bool(figure.indicator and figure.sentence and figure.indicator in figure.sentence)


def assign(targets: list[Figure], results: list[Figure],
           parts: Parts | None = None) -> list[tuple[int, int, float]]:
    """The maximum-weight one-to-one pairing of targets and results; pairs below MIN_SCORE dropped."""
    if not targets or not results:
        return []
    parts = parts or {}
    scores = np.array([[link_score(t, r) if names_the_part(t, r, parts) else 0.0 for r in results]
                       for t in targets])
    # a weak pair adds nothing: else the sum could trade a strong pair for two weak ones
    scores[scores < MIN_SCORE] = 0.0
    rows, cols = linear_sum_assignment(scores, maximize=True)
    return [(i, j, float(scores[i, j])) for i, j in zip(rows, cols) if scores[i, j] >= MIN_SCORE]


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
