"""Stance: does a figure promise (target), report a result (achieved) or state a standing
total (stock)?  ← data/stance.toml

Words are matched in a simplified, ASCII-digit copy of the text (extractors/script.py), so
traditional and full-width documents read alike. A before→after pair decides first
(`由X提高到Y`: X stood, Y is the period's); a change against last year (`较上年提高1.8个
百分点`) says what the figure it compares says; the number of projects on the year's list
(`十件民生实事`) and the figure of a goal or threshold (`…6.5万个学位的目标`, `低于85%的项目`)
are targets. Then the words nearest the figure: a cue in its own clause (`已建成`, `力争`,
`全市共有`, a verb's `了`), then the nearest cue before it in the sentence (a plan's modal
that opens the sentence reaches all its items), then its table column's header, then its
section heading (`工作回顾`, `工作安排`). Where no word speaks, a table row of a task list
is a target, and the figure's year against the document's says whether it lies behind or
ahead; the document kind (a plan, a report, a mixed release) is the last resort, a prior
and not the answer. There a `StanceGuess` (the statistical half's stance model, which the
pipeline passes in) may speak first: it has read how the gold sets' annotators labelled
figures no rule word frames.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .clause_marks import break_before, break_from
from .prefilter import first_char_screened, loosened_for_re
from .punctuation import CLAUSE_BREAKS, COLONS, ROUND_ASIDE, char_class
from .quantities import find_quantities
from .script import for_matching
from .tables import alternation, read_table
from .times import counts_fieldwork, counts_own_output
from .units import unit_table

TARGET, ACHIEVED, STOCK = "target", "achieved", "stock"
PLAN, REPORT, MIXED, UNKNOWN = "plan", "report", "mixed", "unknown"
STANDARD = "standard"      # a standard's text: requirements in force (data/stance.toml [kind.standard])
STANDING = "standing"      # a text of what stands: a policy Q&A, an opening notice, a survey's report ([kind.forms])

_CLAUSE_BREAK = regex.compile(char_class(CLAUSE_BREAKS, COLONS, "\n"))
_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    stance: str
    strong: bool
    clause_only: bool = False    # speaks only in its own clause (a verb's 了)


@dataclass(frozen=True, slots=True)
class Where:
    """What the stance of one figure is read from (offsets relative to `sentence`)."""
    sentence: str
    start: int
    end: int
    heading: str | None = None
    table_row: bool = False
    column: str | None = None     # the header of the table cell the figure fills
    year: int | None = None
    status: str | None = None     # what a checkbox item's mark says of it (`done`, `progress`…)
    in_table: bool = False        # in a table row, a remark cell's prose too (`table_row` is not)
    frame: str | None = None      # the stance its paragraph opened with (`年末全市共有…`: stock)
    unit: str | None = None       # the figure's canonical unit
    field: str | None = None      # the stance its line's field label names (`整改措施：…`: target)
    outer_heading: str | None = None  # the heading `heading` stands under (a numbered item's section)
    row_expected: bool = False    # its table row says its thing is still to come (`2024年9月（预计）`)
    in_project_name: bool = False     # in its table row's project name (`新增普惠性托位1200个`)
    in_account: bool = False      # in a row of prose of a table that lists no tasks (a TV rundown's `内容`)
    per: str | None = None        # the denominator of a rate unit (`元/月` → 月)


#: A stance for a figure no rule word frames (the sentence with offsets, its heading, the
#: document's kind, its year's place against the year the stance is read from: `year_relation`),
#: or None where it has none to give.
StanceGuess = Callable[[str, int, int, str, str, str], "str | None"]


@lru_cache(maxsize=1)
def _tables() -> dict:
    return read_table("stance.toml")


@lru_cache(maxsize=None)
def _pattern(section: str, key: str) -> regex.Pattern:
    """One pattern of the table, compiled once: `regex.match(string, …)` looks its pattern
    up in regex's cache on every call, which cost more than most of the searches."""
    return regex.compile(_tables()[section][key])


@lru_cache(maxsize=1)
def _cue_patterns() -> tuple[tuple[regex.Pattern, str, bool, bool], ...]:
    """(pattern, stance, strong, clause_only) of every cue; `clause` cues are strong ones
    that speak only in their own clause."""
    patterns = []
    for stance, lists in _tables()["cues"].items():
        for strength in ("strong", "clause", "weak"):
            for cue in lists.get(strength, ()):
                patterns.append((regex.compile(cue), stance, strength != "weak", strength == "clause"))
    return tuple(patterns)


@dataclass(frozen=True, slots=True)
class _CueSet:
    """The cue patterns of one strength, in table order, and a screen: the standard
    library's `re` compiles most of them (not variable-width look-behinds nor Unicode properties),
    and joined into one pattern it tells in one scan whether any of those occurs at all,
    three times faster than searching them one by one; most sentences hold no cue."""
    patterns: tuple[tuple[regex.Pattern, str, bool, bool], ...]
    unscreened: tuple[tuple[regex.Pattern, str, bool, bool], ...]   # those the screen leaves out, in order
    screen: re.Pattern
    #: the same patterns in runs of `_GROUP` with a screen each: where the screen above finds
    #: a cue, only the runs whose own screen finds one are searched pattern by pattern
    #: (a third of the searches), in table order still
    groups: tuple[_CueSet, ...] = ()


#: Patterns in a run that one screen tells about
_GROUP = 12


@lru_cache(maxsize=2)
def _cue_set(strong: bool) -> _CueSet:
    patterns = tuple(p for p in _cue_patterns() if p[2] == strong)
    groups = tuple(_screened(patterns[i:i + _GROUP]) for i in range(0, len(patterns), _GROUP))
    return replace(_screened(patterns), groups=groups)


def _screened(patterns: tuple[tuple[regex.Pattern, str, bool, bool], ...]) -> _CueSet:
    in_re = {p: _screen_form(p[0].pattern) for p in patterns}
    covered = [p for p in patterns if in_re[p] is not None]
    unscreened = tuple(p for p in patterns if p not in covered)
    # `(?!)` never matches: nothing to screen
    screen = re.compile(first_char_screened("|".join(f"(?:{in_re[p]})" for p in covered)) if covered else r"(?!)")
    return _CueSet(patterns, unscreened, screen)


def _screen_form(pattern: str) -> str | None:
    """What the screen holds of a cue pattern: the pattern itself where `re` compiles it, else
    the pattern without its look-behinds (`(?<!完成[^，]{0,4})目标` → `目标`: every match of the
    cue is one of it), if `re` compiles that and can tell the characters its matches begin
    with (a bare look-ahead would keep the whole screen from its first-character scan);
    None: the cue is searched in every text. The loosened ones were 21 of the 144 strong cues,
    searched in every sentence: half the time of the cues on the bench archive."""
    try:
        re.compile(pattern)
        return pattern
    except re.error:
        pass
    loosened = loosened_for_re(pattern)
    if loosened is None or first_char_screened(loosened.pattern) == loosened.pattern:
        return None
    return loosened.pattern


def find_cues(text: str, strong: bool = True) -> list[Cue]:
    """The strong (or else the weak) cues in `text`; where two overlap, the one that starts
    first wins, the longer at one start (`历年累计完成` over `累计完成`, `累计完成` over `累计`)."""
    return list(_cues(text, strong))


#: Sentences whose cues are kept: every figure of a sentence reads the same sentence's cues
#: (and every figure under a heading the heading's), which was one scan per pattern per figure.
#: 4,096: the stances are set after all of a document's sentences are read (bench archive: 16,196 → 12,773 scans).
_CACHED_TEXTS = 4096


@lru_cache(maxsize=_CACHED_TEXTS)
def _cues(text: str, strong: bool) -> tuple[Cue, ...]:
    # a pattern's matches are collected only where its search finds one (most sentences hold
    # no cue): on the bench archive a quarter less than one search of all the patterns joined first
    cue_set = _cue_set(strong)
    if cue_set.screen.search(text) is None:
        candidates = cue_set.unscreened
    else:
        candidates = [p for group in cue_set.groups
                      for p in (group.patterns if group.screen.search(text) is not None else group.unscreened)]
    found = [Cue(m.start(), m.end(), stance, is_strong, clause_only)
             for pattern, stance, is_strong, clause_only in candidates
             if pattern.search(text) is not None for m in pattern.finditer(text)]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Cue] = []
    for cue in found:
        if kept and cue.start < kept[-1].end:
            continue
        kept.append(cue)
    return tuple(kept)


def nearest_cue(text: str, start: int, end: int, strong: bool = True) -> str | None:
    """The stance of the cue nearest the figure [start, end)."""
    cue = _nearest(text, start, end, strong)
    return cue.stance if cue else None


def _nearest(text: str, start: int, end: int, strong: bool = True) -> Cue | None:
    """The cue nearest the figure [start, end): in its own clause (before or after it, the
    one before winning a tie), else the nearest before it in the sentence."""
    left, right = _clause(text, start, end)
    cues = _cues(text, strong)
    in_clause = [c for c in cues if left <= c.start and c.end <= right and not (c.start < end and c.end > start)
                 and not (c.start >= end and _opens_a_figure(text, c.end)) and not _bracketed_apart(text, c, start, end)]
    if in_clause:
        nearest = min(in_clause, key=lambda c: (_distance(c, start, end), c.start > start))
        if nearest.stance == STOCK and nearest.end <= start and _pattern("change", "beside").search(text, nearest.end, start):
            return None
        return nearest
    item_start = max(text.rfind("；", 0, left), text.rfind(";", 0, left)) + 1
    before = [c for c in cues if c.end <= left and not c.clause_only
              and (item_start <= c.start or _governs_sentence(text, c, cues, item_start))
              and not _bracketed_apart(text, c, start, end)]
    if not before:
        return None
    nearest = before[-1]
    if nearest.stance == STOCK and _changes_between(text, nearest.end, end):
        return None
    return nearest


def _bracketed_apart(text: str, cue: Cue, start: int, end: int) -> bool:
    """Does a bracket hold the cue but not the figure [start, end) (`6个食堂和24个助餐点（含已建成
    18个…）`: the 已 speaks of the 18, not of the 24 before the bracket)? Not a bracket right
    after the figure, its own note (`136.7万人（2024年末）`), unless it holds a figure of its own before the
    cue (`118.5公里（剩余1.5公里…顺延至…）`: the remainder's), nor one a cue opens (`时序进度（62.2%）7.4个百分点`)."""
    if cue.start >= end and text[end:cue.start].startswith(_OPENING):
        return bool(find_quantities(text[end + 1:cue.start]))
    between = text[end:cue.start] if cue.start >= end else text[cue.start:start]
    opened = sum(between.count(b) for b in _OPENING)
    closed = sum(between.count(b) for b in _CLOSING)
    return opened > closed if cue.start >= end else closed > opened


_OPENING, _CLOSING = ("（", "("), ("）", ")")


def _changes_between(text: str, start: int, end: int) -> bool:
    """A clause that moves a level (`增加到20批`) between a standing total's cue and a
    figure: the figure is the new level, not the total."""
    return any(word in text[start:end] for word in _tables()["change"]["words"])


def _level_to_reach(cue: Cue | None, text: str, kind: str, figure_start: int, in_table: bool = False) -> str | None:
    """A level a plan names (`每千人口拥有托位数达4.5个`, `三年累计…`) is its goal; in a report the
    same words state the level that stands. A total a goal's word of its clause aims at is a
    goal anywhere, and so is a 累计 milestone in a plan's table (a timetable's `累计400个`);
    a 累计 total after a span of years (`五年间，全区累计完成…`) is a stock."""
    if cue is None:
        return None
    if (cue.stance == STOCK and _pattern("levels", "span").match(text[cue.start:cue.end])
            and _pattern("levels", "own_year").search(text, cue.end, figure_start)):
        return None          # 五年里，…，2025年为3.62万个: the year's own figure, not the span's total
    if (cue.stance == STOCK and kind == PLAN and _pattern("levels", "plan_goal").match(text[cue.start:cue.end])
            and not _pattern("levels", "baseline").search(text, 0, cue.start)):
        return TARGET
    total = text.startswith(_tables()["levels"]["total"], cue.start)
    if total and kind == PLAN and in_table:
        return TARGET
    # not a size a clause-only cue states (`拟协助本单元（共6层12户）…`): a goal aims at a total
    if ((cue.stance == STOCK and not cue.clause_only) or total) and _aimed_at(text, cue):
        return TARGET
    if total and kind != PLAN and _pattern("levels", "over_years").search(text, 0, cue.start) \
            and not (_CLAUSE_BREAK.search(text, cue.end, figure_start)
                     and _pattern("levels", "own_year").search(text, cue.end, figure_start)):
        return STOCK         # 五年间，全区累计完成…4860户 (but not …，其中2022年最多，为1350户)
    return cue.stance


def _aimed_at(text: str, cue: Cue) -> bool:
    """A total that a goal of its clause is to bring about (`力争到2025年底全区助餐点总数
    不少于420个`, `到2026年累计培训10万人次`): the level aimed at, in a report too."""
    left = break_before(_CLAUSE_BREAK, text, cue.start)
    return any(c.stance == TARGET and not c.clause_only and left <= c.start and c.end <= cue.start
               for c in _cues(text, True))


def _governs_sentence(text: str, cue: Cue, cues: tuple[Cue, ...], item_start: int) -> bool:
    """Does `cue` reach the item that starts at `item_start`: `截至…` over the sentence, or a
    plan's modal before its first figure, until a cue that says otherwise (`年度计划改造260个，
    已完工71个；…`)."""
    said = text[cue.start:cue.end]
    if _pattern("reach", "whole_sentence").match(said):
        return True
    if not _pattern("reach", "opening").match(said) or _pattern("reach", "no_figure").search(text[:cue.start]):
        return False
    return all(other.stance == cue.stance for other in cues if cue.end <= other.start < item_start)


def _opens_a_figure(text: str, at: int) -> bool:
    """A cue right before another figure (`…24.7亿元的108.5%`) speaks of that one; a date
    is no figure (`顺延至2024年上半年建成`)."""
    return _pattern("reach", "no_figure").match(text, at) is not None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    # the sentence's breaks are found once for all its figures and cues (clause_marks)
    after = break_from(_CLAUSE_BREAK, text, end)
    return break_before(_CLAUSE_BREAK, text, start), (len(text) if after is None else after)


def _distance(cue: Cue, start: int, end: int) -> int:
    return start - cue.end if cue.end <= start else cue.start - end


_KIND_SEPARATORS = regex.compile(r"[\s_\-]+")


def kind_key(manifest_kind: str | None) -> str:
    """The manifest's `kind` as the table writes it: a manifest typed by hand says `plan list`,
    `Plan-List` or `completion report` for `plan_list` and `completion_report`."""
    return _KIND_SEPARATORS.sub("_", (manifest_kind or "").strip().lower())


def document_kind(manifest_kind: str | None, title: str | None) -> str:
    """plan, report, mixed or unknown: the manifest's `kind` if it names one, else the title's words;
    a call for applicants (`…招聘公告`), a notice of changes to come (`…线路调整的公告`) and a
    contract (`…施工合同`) are plans, a statistical yearbook a report, where the manifest says no
    more than mixed."""
    named = _tables()["kind"]["manifest"].get(kind_key(manifest_kind))
    title = for_matching(title or "")
    if named in (None, MIXED) and (form := _kind_of_form(title)) is not None:
        return form
    if named:
        return named
    hits = {kind for kind, words in _tables()["kind"]["title"].items() if any(w in title for w in words)}
    if len(hits) == 1:
        return hits.pop()
    return MIXED if hits else UNKNOWN


def _kind_of_form(title: str) -> str | None:
    """The kind a form the title names makes a document (data/stance.toml [kind.forms]): a call
    for applicants, a notice of changes to come and a contract's agreement are plans; a
    statistical yearbook is a report."""
    kinds = _tables()["kind"]
    return next((kind for section, kind in kinds["forms"].items()
                 if any(word in title for word in kinds[section]["words"])), None)


class HeadingStances(dict[str, str | None]):
    """What each heading of one document says (`_heading_stance`), read once: every figure
    under a heading asks for it. Made per document, so nothing carries across documents."""

    def __missing__(self, heading: str) -> str | None:
        said = self[heading] = _heading_stance(heading)
        return said


def figure_stance(where: Where, kind: str, doc_year: int | None, plan_year: int | None = None,
                  headings: HeadingStances | None = None, guess: StanceGuess | None = None) -> str:
    """The stance of one figure. `plan_year` is, in a mixed document, the year its plan is
    for: figures of that year are targets, earlier ones results. `headings` holds what the
    document's headings say, shared by its figures. A change against an earlier year
    (`比上年增加5.8万人`) is never a stock, even beside one (`年末…142.6万人，比上年增加…`):
    it is what the period did, read as a figure with no cue would be. `guess` speaks for a
    figure outside tables that nothing else frames, before its year and the kind do."""
    headings = HeadingStances() if headings is None else headings
    where = _for_matching(where)
    said = _figure_stance(where, kind, doc_year, plan_year, headings, guess)
    window = max(0, where.start - _CHANGE_REACH)      # bounded: stays linear in a long sentence
    if said == STOCK and _pattern("change_against_base", "pattern").search(where.sentence, window, where.start):
        return _unframed(where, kind, doc_year, plan_year)
    return said


#: how far before a figure its change against an earlier year is read (`较2020年末提高`)
_CHANGE_REACH = 16


def _unframed(where: Where, kind: str, doc_year: int | None, plan_year: int | None) -> str:
    """The stance of a figure that no cue, column or heading speaks for: by its year, else
    by the document's kind."""
    if kind == MIXED:
        by_year = _stance_by_year(where.year, plan_year, same=TARGET)
    else:
        by_year = _stance_by_year(where.year, doc_year)
    return by_year or _by_kind(where, kind)


def _figure_stance(where: Where, kind: str, doc_year: int | None, plan_year: int | None,
                   headings: HeadingStances, guess: StanceGuess | None) -> str:
    if _before_a_change(where) or _pattern("quoted_state", "pattern").match(where.sentence):
        return STOCK       # a level that stood, or the state a proposal quoted in a reply describes
    compared = _compared_figure(where)
    if compared is not None:
        return figure_stance(compared, kind, doc_year, plan_year, headings, guess)
    if counts_the_list(where.sentence, where.start, where.end) or _names_a_goal(where):
        return TARGET
    if where.field is not None:
        return _field_stance(where)
    if where.status in _tables()["checkbox"]["reporting"]:
        return _checkbox_stance(where)
    if where.status in _tables()["checkbox"]["planning"]:
        return _planned_stance(where)
    if where.status in _tables()["checkbox"]["listing"]:
        return _listed_stance(where)
    if (_pattern("whole", "after").match(where.sentence[where.end:]) and not _done_for(where)) or _places_served(where):
        return STOCK
    if _lie_of_the_land(where):
        return STOCK
    cue = None if _after_a_change(where) else _nearest(where.sentence, where.start, where.end)
    said = _level_to_reach(cue, where.sentence, kind, where.start, where.table_row or where.in_table)
    if said == TARGET and kind == STANDARD and _sets_a_bound(where.sentence, cue):
        said = STOCK       # a standard's floor or cap (`不少于80平方米`) is a requirement in force
    if said is None and where.column:
        said = (column_stance(where.column) or _part_of_year_stance(where.column, kind)
                or _year_series_stance(where, kind, doc_year) or _rate_in_force(where, kind))
    if where.row_expected and said in (None, STOCK):
        return TARGET      # a row of a thing still to come: its sizes and rents are planned, not standing
    if said is None and where.in_project_name:
        said = TARGET      # a project named by its goal: the row's money and progress report on it
    if said is None and where.heading:
        said = headings[where.heading]
    if said is None and where.outer_heading and (_pattern("headings", "adopted").search(where.outer_heading)
                                                 or headings[where.outer_heading] == TARGET):
        # a section of the list a vote adopted, or of what is asked or planned (`三、审议意见`,
        # `四、下一步工作打算`), reaches its items' own headings (`（一）“一老一小”要更暖心。`)
        said = TARGET
    if said is None and kind != PLAN and _standing_rule(where, doc_year):
        said = STOCK
    if said is not None:
        return said
    # (a standard's appendix of requirements, a table of rules in force, goes by the kind)
    if where.table_row and kind != STANDARD and not _bare_cell_by_the_kind(where, kind) \
            and not (kind == REPORT and where.in_account):
        return _earlier_row_of_mixed(where, kind, plan_year) or TARGET
    if _gathered(where):
        return ACHIEVED
    if (framed := _framed(where)) is not None:
        return framed
    if counts_own_output(where.sentence, where.start) or counts_fieldwork(where.sentence, where.start):
        return ACHIEVED    # the office's own work, done by the writing (times.py may date it then, after the year examined)
    guessed = guess(where.sentence, where.start, where.end, where.heading or "", kind,
                    year_relation(where.year, plan_year if kind == MIXED else doc_year)) \
        if guess is not None and not where.table_row else None
    return guessed or _unframed(where, kind, doc_year, plan_year)


def _rate_in_force(where: Where, kind: str) -> str | None:
    """A table's money cell per a span of time (`月工资` under `元/月`: 3800 a month), outside a plan:
    the rate that is paid, in force at the date (stock), not the period's flow (gold/README's rates in force)."""
    periods = _tables()["columns"]["rate_periods"]
    return STOCK if kind != PLAN and where.unit == "元" and where.per in periods else None


def year_relation(year: int | None, reference: int | None) -> str:
    """Where a figure's year lies against the year a stance is read from (the plan's in a mixed
    document, else the document's): `before`, `same`, `after`, or `none` where either is unknown;
    what `_unframed` reads, given to the stance model as a word of its input."""
    if year is None or reference is None:
        return "none"
    return "same" if year == reference else "after" if year > reference else "before"


@lru_cache(maxsize=1)
def _bounds() -> regex.Pattern:
    return regex.compile(_tables()["kind"]["standard"]["bounds"])


def _sets_a_bound(text: str, cue: Cue | None) -> bool:
    """Is the cue a floor or a cap (`不少于`, `不高于`: data/stance.toml [kind.standard] bounds)?"""
    return cue is not None and _bounds().match(text, cue.start, cue.end) is not None


def row_expected(row_text: str) -> bool:
    """Does a table row say that its thing is still to come (an opening date `2024年9月（预计）`,
    data/stance.toml [rows])? Its cells are then what is planned, whatever the kind."""
    return _pattern("rows", "expected").search(for_matching(row_text)) is not None


def field_stance(line: str) -> str | None:
    """The stance the label that opens a ledger's line names (data/stance.toml [fields]): a
    rectification ledger's `问题3：…` states what stood when the problem was raised,
    `整改措施：…` what is to be done, `整改结果：…` what was done."""
    found = _field_pattern().match(for_matching(line))
    return next((stance for stance, said in found.groupdict().items() if said), None) if found else None


def legend_fields(text: str) -> dict[str, str]:
    """The labels a document glosses as a plan's or a result's figure, and the stance each gloss
    names (data/stance.toml [legend]: `“坯”为年初票决的计划数；“成瓷”为…完成数` → {坯: target,
    成瓷: achieved}); a gloss naming both or neither is left out."""
    return {label: stance for label, (stance, _) in legend_glosses(text).items()}


def legend_glosses(text: str) -> dict[str, tuple[str, str]]:
    """`legend_fields` with each label's gloss (`“环数”栏填完成率（%）` → {环数: (achieved, 完成率（%）)})."""
    return dict(_legend_glosses(text))


def glossed_labels(text: str) -> frozenset[str]:
    """Every label the document's legend glosses, whatever its gloss says (`“欠”是没打完、要转到今年的数`):
    a word of the document's own naming, a column's name though it is one character (`名目｜种｜打｜欠`)."""
    return frozenset(label for label, _ in _legend(text))


@lru_cache(maxsize=4)
def _legend(text: str) -> tuple[tuple[str, str], ...]:
    """The legend's (label, gloss) pairs, read once per document: the run's stage and the table
    reader both ask for them."""
    return tuple((match.group("label"), match.group("gloss")) for match in _pattern("legend", "gloss").finditer(text))


@lru_cache(maxsize=4)
def _legend_glosses(text: str) -> tuple[tuple[str, tuple[str, str]], ...]:
    legend = _tables()["legend"]
    found: dict[str, tuple[str, str]] = {}
    for label, gloss in _legend(text):
        if any(mark in gloss for mark in legend["formula"]):
            continue
        for words in legend["not_done"]:
            gloss = gloss.replace(words, "")
        planned = any(words in gloss for words in legend["to_be_done"])
        said = {TARGET} if planned else {stance for stance in (TARGET, ACHIEVED) if any(word in gloss for word in legend[stance])}
        if len(said) == 1:
            found[label] = (said.pop(), gloss)
    return tuple(found.items())


def legend_field(line: str, legend: dict[str, str]) -> str | None:
    """The stance of the glossed label that opens `line` before a colon (`成瓷：203`), if any."""
    label = _LEGEND_LABEL.match(line)
    return legend.get(label.group(1)) if label else None


_LEGEND_LABEL = regex.compile(rf"\s*([^\s{COLONS}]{{1,6}})\s*{char_class(COLONS)}")


def opens_a_result_field(line: str) -> bool:
    """Does `line` open with the label of a ledger field that reports a result (`整改结果：`,
    `完成情况：`, data/stance.toml [fields] achieved)? The category stage asks it too: such a
    line goes on about its item's work."""
    return field_stance(line) == ACHIEVED


@lru_cache(maxsize=1)
def _field_pattern() -> regex.Pattern:
    fields = _tables()["fields"]
    labels = "|".join(f"(?P<{stance}>{'|'.join(fields[stance])})" for stance in (TARGET, ACHIEVED, STOCK))
    return regex.compile(rf"\s*(?:{labels})\s*{char_class(COLONS)}")


def _field_stance(where: Where) -> str:
    """A figure on a labelled line of a ledger goes by the label, whatever verbs describe it
    (`问题1：…3部电梯安装完毕已5个多月仍未通过验收`: the state on the day, not a result); a
    result's line may still name what is left for a later date (`剩余10个于10月底前增加到位`)."""
    if where.field == ACHIEVED:
        cue = _nearest(where.sentence, where.start, where.end)
        if cue is not None and cue.stance == TARGET:
            return TARGET
    return where.field


def _earlier_row_of_mixed(where: Where, kind: str, plan_year: int | None) -> str | None:
    """A table row of a year before the plan's, in a document that looks back and ahead (a
    wiki's table of the years' figures, the last row the plan): what was done then."""
    if kind != MIXED or where.year is None or plan_year is None or where.year >= plan_year:
        return None
    return ACHIEVED


def _framed(where: Where) -> str | None:
    """The stance the figure's paragraph opened with, where no cue, weak ones included
    (`全年完成21.3万人次`), speaks in the figure's own sentence."""
    if where.frame is None or nearest_cue(where.sentence, where.start, where.end, strong=False) is not None:
        return None
    return where.frame


def _checkbox_stance(where: Where) -> str:
    """A figure on the line of a checkbox item whose mark reports on it (`☑`, `⏳`, `❌`): a
    result, unless its own part of the line states a goal (`目标80部 → 已完工71部`) or a level
    that stands (`日均就餐约260人次`, gold/README), or it stands before an arrow (`1500户 →
    1536户`); a cue does not reach past its part."""
    arrow, _, _ = _checkbox_patterns()
    if arrow.match(where.sentence, where.end):
        return TARGET
    cue = _cue_of_own_part(where)
    return cue.stance if cue is not None and cue.stance in (TARGET, STOCK) else ACHIEVED


def _cue_of_own_part(where: Where) -> Cue | None:
    """The cue nearest the figure within its own part of the line (between clause marks,
    brackets, arrows)."""
    _, parts, parts_backwards = _checkbox_patterns()
    before = parts_backwards.search(where.sentence, 0, where.start)    # the nearest, not every one
    left = before.end() if before else 0
    right = parts.search(where.sentence, where.end)
    part = where.sentence[left:right.start() if right else len(where.sentence)]
    return _nearest(part, where.start - left, where.end - left)


def _planned_stance(where: Where) -> str:
    """A figure in the name of a task a chart plans (`新增普惠托位300个`): the plan's, also
    for a task marked done, unless it stands in brackets that report a result
    (`（已完成180个）`)."""
    opened = max(where.sentence.rfind("（", 0, where.start), where.sentence.rfind("(", 0, where.start))
    closed = max(where.sentence.rfind("）", 0, where.start), where.sentence.rfind(")", 0, where.start))
    if opened > closed:
        cue = _cue_of_own_part(where)
        if cue is not None and cue.stance == ACHIEVED:
            return ACHIEVED
    return TARGET


def _listed_stance(where: Where) -> str:
    """A figure in the words of a task a board lists (a todo.txt line): the plan's, also on
    a line marked done, unless its own part of the line reports it done, short or standing
    (`实际完成634户`, `剩余22部`, `现有15个`)."""
    cue = _cue_of_own_part(where)
    return cue.stance if cue is not None and cue.stance in (ACHIEVED, STOCK) else TARGET


@lru_cache(maxsize=1)
def _checkbox_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """An arrow right after a figure; a part's edge (and the same, searched backwards)."""
    arrows = alternation(_tables()["checkbox"]["arrows"])
    parts = rf"{char_class(CLAUSE_BREAKS, '（(）)')}|{arrows}"
    return regex.compile(rf"\s*(?:{arrows})"), regex.compile(parts), regex.compile(parts, flags=regex.REVERSE)


def _bare_cell_by_the_kind(where: Where, kind: str) -> bool:
    """A bare figure cell under a header that names no stance, in a report: the table lists
    what the period did (a beneficiary list's amounts, a ledger's counts) and the report's
    prior speaks; a task list's row of prose (`新建助餐点24个`) stays a target. So in a text of
    what stands: a survey's frequency table (`独居 | 139 | 33.7`) lists what it found standing."""
    return kind in (REPORT, STANDING) and where.column is not None


def _places_served(where: Where) -> bool:
    """The figure counts the places of the whole area a service runs in or a work is done at
    (`可在全区26个老年助餐点使用`, `配合全区28个社区食堂`): what stands there, not what the
    period adds; not places that each get something (`在全区7个街道各建成1个`)."""
    return (_pattern("whole", "served_in").search(where.sentence, 0, where.start) is not None
            and _pattern("whole", "each_gets").match(where.sentence, where.end) is None)


@lru_cache(maxsize=1)
def _lengths() -> frozenset[str]:
    return frozenset(u.unit for u in unit_table().values() if u.kind == "length")


def _lie_of_the_land(where: Where) -> bool:
    """The figure is how far one place lies from another or how high it lies (`离镇上有18公里`,
    `60多公里外`, `海拔3800米`): what stands."""
    if where.unit not in _lengths():
        return False
    before = _pattern("lie_of_land", "before").search(where.sentence, max(0, where.start - _LIE_REACH), where.start)
    return before is not None or _pattern("lie_of_land", "after").match(where.sentence, where.end) is not None


#: how far before a length the words of a distance are read (`离…有`)
_LIE_REACH = 20


def _done_for(where: Where) -> bool:
    """The figure counts those an action is done for (`为600户…家庭中的老人改造`)."""
    return _pattern("whole", "for_whom").search(where.sentence, 0, where.start) is not None


def _names_a_goal(where: Where) -> bool:
    """The figure of a goal (`…6.5万个公办学位的目标`) or of a threshold (`低于85%的项目`)."""
    before, after = where.sentence[:where.start], where.sentence[where.end:]
    return bool(_pattern("goal", "after").match(after) or _pattern("goal", "before").search(before)
                or _planned_of_pair(where)
                or (_pattern("threshold", "before").search(before) and _pattern("threshold", "after").match(after)))


def _planned_of_pair(where: Where) -> bool:
    """The second figure of `16所 / 16所`: what was planned, after what was done."""
    pair = _pattern("goal", "pair_before").search(where.sentence, max(0, where.start - _LONGEST_PAIR), where.start)
    return pair is not None and (pair.group("measure") is None
                                 or where.sentence[where.start:where.end].endswith(pair.group("measure")))


#: How far before a figure the first figure of its pair may start (`1.25万个 / `)
_LONGEST_PAIR = 16


def _compared_figure(where: Where) -> Where | None:
    """The figure a change against last year speaks of (`满意度95.3%，较上年提高1.8个百分点`:
    the 95.3%), the last one before the comparison in the sentence."""
    said = _pattern("compared", "before").search(where.sentence[:where.start])
    if said is None:
        return None
    earlier = [q for q in find_quantities(where.sentence[:said.start()])]
    if not earlier:
        return None
    return replace(where, start=earlier[-1].start, end=earlier[-1].end)


def _for_matching(where: Where) -> Where:
    """The words of `where` in the script the tables are written in (extractors/script.py)."""
    sentence, heading, column = _matching_copy(where.sentence), _matching_copy(where.heading), _matching_copy(where.column)
    if sentence == where.sentence and heading == where.heading and column == where.column \
            and _matching_copy(where.outer_heading) == where.outer_heading:
        return where          # a simplified text with ASCII digits, the usual case: no copy of `where`
    # built directly: dataclasses.replace reads every field by name, and this runs for
    # nearly every figure (`，` narrows to `,`)
    return Where(sentence=sentence, start=where.start, end=where.end, heading=heading,
                 table_row=where.table_row, column=column, year=where.year, status=where.status, in_table=where.in_table,
                 frame=where.frame, unit=where.unit, field=where.field,
                 outer_heading=_matching_copy(where.outer_heading), row_expected=where.row_expected,
                 in_project_name=where.in_project_name, in_account=where.in_account, per=where.per)


@lru_cache(maxsize=4096)
def _matching_copy(text: str | None) -> str | None:
    # the figures of one sentence ask for the same copy, one after another
    return for_matching(text) if text is not None else None


def paragraph_frame(sentence: str, frame: str | None) -> str | None:
    """The stance a paragraph's figures without a cue of their own take, after this
    sentence: a statistical report's paragraph that opens at the year's end (`年末全市共有
    …`, `截至2024年底，…`) lists what stands (stock) in the sentences after it too, until a
    sentence opens with the year's flow (`全年…`)."""
    if _pattern("frame", "stock").match(sentence):
        return STOCK
    if _pattern("frame", "flow").match(sentence):
        return None
    return frame


@lru_cache(maxsize=1)
def _gathering() -> tuple[regex.Pattern, frozenset[str]]:
    spec = _tables()["gathered"]
    return regex.compile(alternation(spec["words"])), frozenset(spec["units"])


def _gathered(where: Where) -> bool:
    """A count of what a consultation or a vote gathered (data/stance.toml [gathered]): the
    exercise took place, whatever the plan it made promises."""
    words, units = _gathering()
    return where.unit in units and words.search(where.sentence) is not None


def _by_kind(where: Where, kind: str) -> str:
    """The document kind's prior. Verbs that plans and reports share (建成, 完成, 新增) say
    something only where the kind says nothing; in a mixed document they say nothing."""
    if kind == UNKNOWN:
        said = nearest_cue(where.sentence, where.start, where.end, strong=False)
        if said is not None:
            return said
    return _tables()["prior"].get(kind, ACHIEVED)


@lru_cache(maxsize=1)
def _pair_patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    pairs = _tables()["pairs"]
    return regex.compile(pairs["before"]), regex.compile(pairs["change"]), regex.compile(pairs["after"])


@lru_cache(maxsize=1)
def _revised_pattern() -> regex.Pattern:
    return regex.compile(_tables()["pairs"]["revised"])


def _before_a_change(where: Where) -> bool:
    """The X of `由X提高到Y`: the level that stood, unless X is a plan's figure revised
    (a draft's, a flow's); and the X of `X→Y` off a checkbox list."""
    before, change, _ = _pair_patterns()
    leading = where.sentence[:where.start]
    return bool(before.search(leading) and change.search(where.sentence[where.end:])
                and not _revised_pattern().search(leading)) or _before_an_arrow(where)


def _before_an_arrow(where: Where) -> bool:
    """The X of `每人每月690元→725元`, Y in X's measure: the standard that stood. Not on a
    checkbox item's line, whose arrow leads from the goal to the result (`目标46个 → 完成46个`)."""
    if where.status is not None:
        return False
    after = _pattern("pairs", "arrow").match(where.sentence, where.end)
    if after is None:
        return False
    figure = where.sentence[where.start:where.end]
    measure = _MEASURE.search(figure)
    return measure is not None and where.sentence.startswith(measure.group(), after.end())


#: The measure word a figure ends with (`690元` → `元`)
_MEASURE = regex.compile(r"[^\d.\s]+$")


def _after_a_change(where: Where) -> bool:
    """The Y of `由X提高到Y`: what the period did to the level; the words of the stock before
    it (拥有, 共有) do not describe it."""
    _, _, after = _pair_patterns()
    return bool(after.search(where.sentence[:where.start]))


def column_stance(header: str) -> str | None:
    """The stance a column header names: the word that ends last wins, the longer at one
    end (`目标完成情况`, `完成计划%` are results)."""
    columns = _tables()["columns"]
    found = [(header.rfind(word) + len(word), len(word), stance) for stance in (TARGET, ACHIEVED, STOCK)
             for word in columns[stance] if word in header]
    if found:
        return max(found)[2]
    bare = _SPACES.sub("", header)
    name = ROUND_ASIDE.sub("", bare)     # (`实交（户）`)
    if _pattern("columns", "due").match(name):
        return TARGET        # `应筹`, `欠交`: what was due, what is still owing
    if _pattern("columns", "actual").match(name):
        return ACHIEVED      # `实交`: what was actually handed in
    if _pattern("columns", "month_end").match(name):
        return STOCK         # `2025年10月底`: the level at a month's end, as `年底` is
    if _pattern("columns", "price").match(bare) or _pattern("columns", "former").match(bare):
        return STOCK         # a price or fee column: the rates in force; a column of what stood before the work
    return TARGET if counts_the_list_column(header) else None


def slash_order(gloss: str | None) -> tuple[str, str] | None:
    """The stances a heading's gloss gives the figures of a pair joined by a slash, in order
    (`（目标/完成，单位随项）` → target, achieved); None where it glosses no such order."""
    if not gloss or ("/" not in gloss and "／" not in gloss):
        return None
    for match in _pattern("slash_order", "gloss").finditer(gloss):
        first, second = column_stance(match.group("first")), column_stance(match.group("second"))
        if first is not None and second is not None and first != second:
            return first, second
    return None


def counts_the_list_column(header: str) -> bool:
    """A column of the number of projects on the year's list (`实事项目数`, `项目数`)."""
    columns = _tables()["list_count_columns"]
    return (any(word in header for word in columns["words"])
            or _pattern("list_count_columns", "whole").match(_SPACES.sub("", header)) is not None)


def _part_of_year_stance(header: str, kind: str) -> str | None:
    """A column of part of the year reports what was done then, except in a plan, whose
    columns of months or quarters schedule it."""
    if kind == PLAN or not _pattern("periods", "part_of_year").match(_SPACES.sub("", header)):
        return None
    return ACHIEVED


def _year_series_stance(where: Where, kind: str, doc_year: int | None) -> str | None:
    """A cell of a table whose columns are years (data/stance.toml [series]) in a report, not
    ahead of the document's year: the level that stood then, or the year's flow where its row's
    label names one. Not in a mixed document, whose year columns may hold its plan's."""
    if kind != REPORT or where.column is None or (where.year is not None and doc_year is not None and where.year > doc_year):
        return None
    found = _pattern("series", "year_column").match(_SPACES.sub("", where.column))
    if found is None:
        return None
    return ACHIEVED if _pattern("series", "flow").search(found.group("label")) else STOCK


def _heading_stance(heading: str) -> str | None:
    """The way a heading looks: each of its parts by its last word that says (a cue,
    `…圆满完成`, or a heading's own word, `工作回顾`, `工作安排`); parts that disagree say
    nothing. A heading's title ends at its first full stop (`五、就业和社会保障。城镇新增
    就业…`: an item's lead run on into its text); a bracketed note with a figure of its own
    (`…项目（得票率95.4%）`) speaks of that figure, not of the items under the heading, and a
    proposal it quotes (`您建议“…”`) is the asker's words, not the answer's."""
    heading = _pattern("headings", "own_figure_note").sub("", heading.split("。", 1)[0])
    heading = _pattern("headings", "quoted_proposal").sub("", heading)
    said = {stance for part in _pattern("headings", "parts").split(heading)
            if (stance := _last_word_stance(part)) is not None}
    return said.pop() if len(said) == 1 else None


@lru_cache(maxsize=1024)
def plans_under(heading: str | None) -> bool:
    """Does a heading name a part of proposals or plans (`三、几点建议`, `下一步打算`)?"""
    return heading is not None and _heading_stance(heading) == TARGET


def names_a_part(heading: str) -> bool:
    """Does a heading name a part of the document by what its figures are (`建议`,
    `现状与问题`, `工作回顾`, `政策内容`), though it names no topic?"""
    return _heading_stance(heading) is not None or lists_standing_rules(heading)


def lists_standing_rules(heading: str | None) -> bool:
    """Does a heading name a section of standing rules (`收费项目及标准`, `政策内容`,
    data/stance.toml [headings] standing)?"""
    return heading is not None and _pattern("headings", "standing").search(heading) is not None


def _standing_rule(where: Where, doc_year: int | None) -> bool:
    """A figure in a section of standing rules, or in one such a section stands over, outside
    a plan (whose rates are what it sets): a rate in force, unless it is the new level of a raise (`由80元提高到100元`: what the period
    did) or the figure's year is before the document's (what was had then)."""
    if not (lists_standing_rules(where.heading) or lists_standing_rules(where.outer_heading)) or _after_a_change(where):
        return False
    return where.year is None or doc_year is None or where.year >= doc_year


def _last_word_stance(text: str) -> str | None:
    """The stance of the last word of a heading that says one: a heading's own word
    (`候选项目`) speaks over a cue inside it (`候选`)."""
    own = [(text.rfind(word), text.rfind(word) + len(word), stance) for stance in (TARGET, ACHIEVED, STOCK)
           for word in _tables()["headings"].get(stance, ()) if word in text]
    found = [(c.start, c.stance) for c in _cues(text, True) if not c.clause_only
             and not any(start <= c.start and c.end <= end for start, end, _ in own)]
    found += [(start, stance) for start, _, stance in own]
    return max(found)[1] if found else None


@lru_cache(maxsize=1)
def _list_patterns() -> dict[str, regex.Pattern]:
    return {name: regex.compile(pattern) for name, pattern in _tables()["projects"].items()}


def counts_the_list(text: str, start: int, end: int) -> bool:
    """Is the figure [start, end) the number of projects on the year's list (`十件民生实事`,
    `民生实事共12件36项`)?"""
    patterns = _list_patterns()
    rest = patterns["group_rest"].match(text, end)
    end = rest.end() if rest else end
    figure, before, after = text[start:end], text[:start], text[end:]
    if not patterns["count"].search(figure):
        return False
    group = patterns["group"].search(before)
    if group:   # the items after their groups (10件18项): the list is named around the pair
        before = before[:group.start()]
    if patterns["part"].search(before):
        return False
    named = patterns["after"].match(after) or patterns["before"].search(before)
    return bool(named or group or (patterns["group"].search(figure) and patterns["items"].match(after)))


def mixed_plan_year(doc_year: int | None, years: list[int | None], written: int | None = None,
                    written_month: int | None = None) -> int | None:
    """The year the plan of a mixed document is for: its own year when it also looks back
    (a plan that opens with last year's results), unless it was written in the second half
    of that year (a speech in September tells the year as it goes: its plan is the next
    year's), else the first year after it (a report that closes with next year's plan)."""
    if doc_year is None:
        return None
    known = [y for y in years if y is not None]
    late_in_its_year = written == doc_year and written_month is not None and written_month >= _SECOND_HALF
    if any(y < doc_year for y in known) and not late_in_its_year:
        return doc_year
    return min((y for y in known if y > doc_year), default=doc_year + 1)


#: the first month of a year's second half: a document written from then on tells its year as it goes
_SECOND_HALF = 7


def _stance_by_year(year: int | None, reference: int | None, same: str | None = None) -> str | None:
    """A year after the reference lies ahead (a target); a year before it, behind (a result)."""
    if year is None or reference is None:
        return None
    if year == reference:
        return same
    return TARGET if year > reference else ACHIEVED
