"""Time expressions and the year a figure holds for (ANNOTATION.md, "Year").

Rules, in order: an explicit time expression that governs the figure (the nearest
one before it in its sentence, else one after it in its clause); a relative one
resolved against the document year or the year under discussion; else the year of
the section (heading, table title); else the document year. Times that name a
document (`《…2023—2025年》`), or are the base of a comparison (`与去年同期相比`,
`上年度…的30%`), never govern.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .clause_marks import break_before
from .numerals import TABLE as NUMERALS, parse_number
from .prefilter import Screened, first_char_screened
from .punctuation import CLAUSE_BREAKS, COLONS, COMMAS, ROUND_ASIDE, SEMICOLONS, SENTENCE_ENDS, char_class
from .script import narrow
from .tables import alternation, read_table, word_pattern
from .units import unit_table

_YEAR = r"(?:19|20)\d\d"
_CHINESE_YEAR = "(?:一九|二[〇零])[〇零一二三四五六七八九]{2}"
#: Not after a digit or a decimal point (`3.2020`), unless that point ends a list's number at the
#: start of a line (`3.2020年中心共服务居民1.86万人次`: item 3, the year 2020)
_NOT_IN_A_NUMBER = r"(?:(?<![\d.])|(?<=^\d[.．])|(?<=^\d\d[.．])|(?<=\s\d[.．])|(?<=\s\d\d[.．]))"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
#: What follows a figure and never a date written with points or strokes (`资产总额2019.12万元`,
#: `增长2021.5%`, `处理湿垃圾1932.4吨`, `2026.5公里`): a magnitude, money, or a unit of measure
_MEASURES = ("area", "length", "mass", "volume", "energy")
_FIGURE_FOLLOWS = (f"(?:[{''.join(NUMERALS.magnitudes)}%元]|"
                   + alternation(u.surface for u in unit_table().values() if u.kind in _MEASURES)
                   + ")")
_ABSOLUTE = (
    # (two years joined by a slash are a range too: a sugar mill's `2028/2029年榨季`)
    rf"{_NOT_IN_A_NUMBER}(?P<y1>{_YEAR})(?:\s*[—–\-~～至到/／]\s*(?P<y2>{_YEAR}))?\s*年(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*[日号])?)?"
    # (not inside a code whose letters a dash joins to it: a project number `NA-LJSA-2021-06`)
    rf"|(?<![\d.])(?<![A-Za-z][-_])(?P<y3>{_YEAR})(?:[-/.]{_MONTH}(?:[-/.]{_DAY})?)(?!\d|\s*{_FIGURE_FOLLOWS})"
    # a year written digit by digit in Chinese numerals (`二〇一八年十月二十八日`, `公元二〇一八年`: an
    # inscription's, a seal's or a signature's date), read as numerals.toml reads `二〇二三`
    rf"|(?<![〇零一二三四五六七八九十])(?P<y4>{_CHINESE_YEAR})年(?:[一二三四五六七八九十]{{1,2}}月(?:[一二三四五六七八九十]{{1,3}}[日号])?)?"
)


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    year: int | None = None          # explicit year
    relative: str | None = None      # the relative word, resolved later
    #: a total since a period began (`“十四五”以来`): it holds for the year under discussion
    since: bool = False
    #: a five-year plan (`“十四五”`, its `规划目标`): it dates a figure, never a section
    period: bool = False
    #: a span of years (`三年`, `五年间`, `每年`): the last year of the period under discussion
    span: bool = False
    #: a span that runs up to the writing (`五年来`)
    up_to_now: bool = False
    #: the first year of a season across the turn of the year (`2023—2024年度冬季`: 2023), whose
    #: figures a text written in that year is about (a notice before the winter); written in its
    #: second year (a reply after it), the text is about the season's last
    season_start: int | None = None
    #: the date a remainder is due by (`剩余2.3公里…确保4月底前完工`): what is left of the year under
    #: discussion is done after it, so a day or month with no year is in the year of writing
    due_after: bool = False

    def resolve(self, doc_year: int | None, context_year: int | None, period_end: int | None = None,
                month: int | None = None) -> int | None:
        """The year, against the year of writing, the year under discussion, the last
        year of the several-year period the document is about (if it is about one) and
        the month of writing (where known)."""
        if self.year is not None:
            return self.season_start if self.season_start is not None and doc_year == self.season_start else self.year
        if self.span:
            return _span_end(self, period_end or context_year or doc_year, doc_year, month)
        rule = _SINCE_RULE if self.since else _tables().relative.get(self.relative, _tables().month_day)
        if self.due_after and self.relative is None and not self.since:
            rule = _WRITING_RULE
        if rule["base"] == "term":
            return _term_year(doc_year, month, rule["offset"])
        base = _BASES[rule["base"]](doc_year, context_year)
        return base + rule["offset"] if base is not None else None


_SINCE_RULE = {"base": "context", "offset": 0}
_WRITING_RULE = {"base": "doc", "offset": 0}
def _span_end(span: TimeExpr, year: int | None, doc_year: int | None, month: int | None) -> int | None:
    """The last year of a span: a look back up to the writing (`五年来`) written in January
    ends with the year just closed ([span] closed_year_months in times.toml)."""
    if span.up_to_now and year is not None and year == doc_year and month in _tables().closed_year_months:
        return year - 1
    return year


def _term_year(doc_year: int | None, month: int | None, offset: int) -> int | None:
    """The year the school term `offset` terms from the one running at the writing starts in
    (`上学期` written in February 2026: the autumn term of 2025); the year of writing where
    the month is unknown."""
    if doc_year is None or month is None:
        return doc_year
    starts = _tables().term_starts
    begun = [k for k, start in enumerate(starts) if start <= month]
    # terms counted from the first of year 0: the one running now, then `offset` away
    index = doc_year * len(starts) + (begun[-1] if begun else -1) + offset
    return index // len(starts)


#: What a relative time counts from (times.toml): the year of writing, the year under
#: discussion, or the earlier of the two.
_BASES = {
    "doc": lambda doc, context: doc,
    "context": lambda doc, context: context or doc,
    "earlier": lambda doc, context: min(doc, context) if doc is not None and context is not None else doc,
    # a word that refers back to the year last named: its sentence's reader passes that year
    # as the context (year_last_named), else the year under discussion stands for it
    "named": lambda doc, context: context or doc,
}


#: the bases of relative words that may head a sentence or a clause as its topic (`今年计划…`,
#: `现在是…`): counted from the time of writing, not from a year under discussion
_TOPIC_BASES = ("doc", "earlier")


@dataclass(frozen=True)
class _Tables:
    relative: dict[str, dict]
    pattern: re.Pattern
    comparison_before: tuple[str, ...]
    comparison_after: tuple[str, ...]
    date_lines: tuple[Screened, ...]     # each searched in a whole document: behind a screen
    attribute: regex.Pattern
    attribute_range: regex.Pattern     # `至2000年` between a range's first year and its attribute
    building: regex.Pattern             # `1996年的房子`: the year a building dates from
    founding_label: regex.Pattern   # `建成年代` over a line of its time
    founded: regex.Pattern          # `建于` before a time: when a thing was built
    opened: regex.Pattern           # `开张，` after a time: when a place opened for business
    built: regex.Pattern            # `建成，` after a time: when a building went up, in a clause of its own
    counted: regex.Pattern          # `建成的` between a time and the figure: the works of that year
    glossed: regex.Pattern          # `（2024年）` right after a relative word: the year the word means
    age: regex.Pattern
    head: regex.Pattern
    topic: regex.Pattern
    announced: regex.Pattern
    projects_count: regex.Pattern
    plan_first_end: int
    month_day: dict
    plan_target: regex.Pattern
    before_after: regex.Pattern
    base_figure_between: regex.Pattern  # a comparison base's time to its figure (`较2021年调查的71.2%`)
    named_target: regex.Pattern
    respectively: dict
    breakdown: regex.Pattern           # a part opening with `其中`: of the part before it
    proposed_list: regex.Pattern       # a later year's list after its year (`2028年县级民生实事`)
    proposed_into: regex.Pattern       # …and what a proposal puts on it before the year (`列入`)
    deferred_before: tuple[str, ...]
    expected_before: tuple[str, ...]   # `计划于`, `预计`: the date a figure still to be done is due
    as_of: tuple[str, ...]             # `截至`: a state reported up to a date
    work_start_before: tuple[str, ...]  # `从`, `自` before the time a topic's work began
    work_start_after: regex.Pattern     # `9月起` after it
    done_words: re.Pattern             # `已`, `完成`: the figure's clause reports it done
    postponed_words: re.Pattern        # `顺延`: the figure's clause reports it put off, with no date
    remainder: tuple[str, ...]
    not_done: tuple[str, ...]
    # the same words, each list searched in one scan (once per figure)
    remainder_words: re.Pattern
    remainder_after_mark: re.Pattern   # `，余4.5公里`: a remainder word that says it only after a clause mark
    not_done_words: re.Pattern
    wish: "regex.Pattern"
    share: re.Pattern                   # a figure that is a share (`30%`, `百分之三十`, `七成`): units.csv's percent kind
    timestamp_after: tuple[str, ...]
    timestamp_before: regex.Pattern
    counted_before: regex.Pattern       # `据县发改局` before a date a source counted on
    counted_after: str
    made_on_day: tuple[str, ...]
    yearbook: tuple[regex.Pattern, ...]
    yearbook_offset: int
    yearbook_lead: int
    title_bare_year: regex.Pattern
    occasion: regex.Pattern
    appended: regex.Pattern           # an appendix a title names in brackets (`（附2028年…候选项目）`)
    batch: regex.Pattern              # a batch or phase whose year follows in brackets (`第一批（`)
    book_subject: regex.Pattern
    season: regex.Pattern            # after two years of a season across the turn of the year
    first_term: regex.Pattern        # after a school year: its first term, of the first year
    last_term: regex.Pattern         # …its second term, of the last year
    period_start: regex.Pattern
    figure_date: regex.Pattern
    year_end_cutoff: regex.Pattern   # `截至2025年12月31日` in a lead that reports work done
    reported_done: regex.Pattern
    lead_reach: int
    lead_chars: int
    lead_report_months: int          # the last month in which a lead's earlier year is the year reported
    lead_day: "regex.Pattern"   # a time written to the day (`2027年1月6日`, `2027-01-06`)
    lead_listed_before: "regex.Pattern"   # `本项目列为区政府` before a year whose list holds the matter
    lead_listed_after: "regex.Pattern"    # `年“常有安居”民生实事` after it
    lead_reported_after: "regex.Pattern"  # `年十件民生实事的完成情况` after a year whose list the lead reports
    in_force: regex.Pattern     # the document's own date of taking effect (`本通知自2027年1月1日起执行`)
    in_force_reach: int
    event: regex.Pattern        # the event of the coming year a plan is for (`定于2028年1月12日…举办`)
    event_head: int
    base_date: regex.Pattern    # a report's own base date at its head (`评估基准日：2027年12月31日`)
    base_date_head: int
    base_date_reach: int
    cycle: regex.Pattern
    reporting: tuple[str, ...]
    year_label: regex.Pattern
    spoken_label: regex.Pattern
    year_end: regex.Pattern            # after a year: its end (`2027年底`), a baseline's point in time
    new_work: regex.Pattern            # new work told after a baseline (`本站新增普惠托位80个`)
    year_end_date: regex.Pattern       # a time's own last day of the year (`2019年12月31日`)
    balance: regex.Pattern             # after a year: a balance brought forward from it (`上年结转`)
    range_joiners: tuple[str, ...]     # between two years that make a range (`2022年到2024年`)
    plan_name: re.Pattern              # after a span that names a plan (`三年行动方案`)
    comment_header: regex.Pattern      # the line over a reader's comment (`@网名　内蒙古　01-22`)
    term_starts: tuple[int, ...]       # the months school terms start in
    up_to_now: regex.Pattern           # the end of a span up to the writing (`五年来`)
    closed_year_months: frozenset[int]  # months whose look back ends with the year before
    question: regex.Pattern            # a Q&A's question (`问：…`)
    post_stamp: regex.Pattern          # the stamp of a post's time and client (`2-27 09:00 来自 …`)
    own_output: regex.Pattern          # an office's own output before its count (`出具审计报告`)
    fieldwork: regex.Pattern           # an evaluation's own fieldwork before its count (`发放问卷`)
    own_method: re.Pattern             # …or its method's weights earlier in the clause (`指标权重为：…40%、…15%`)
    fieldwork_dated: regex.Pattern     # when the document's own work ran (`本次评估于2027年…进行`)
    up_to_now_after: regex.Pattern     # `以来`, `到现在` after a time: a period up to the writing
    since: regex.Pattern               # `起` after a time: the start of the work a total after it runs from
    total: str                         # `累计`
    previous_of_discussed: frozenset[str]   # `上年`: the year before the sentence's own year


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = read_table("times.toml")
    relative = alternation(data["relative"])
    # `近年来`, `历年` and `一年来` are spans of time, not a year: the lookbehind keeps
    # `年` words from matching inside them.
    plan = data["plan_period"]
    # a season across the turn of the year named by its two years without `年` (`2024—2025雪季`, `2024-2025学年`)
    season = rf"{_NOT_IN_A_NUMBER}(?P<s1>{_YEAR})\s*[—–\-~～/／]\s*(?P<s2>{_YEAR})(?={data['title']['season']})"
    times = (rf"{season}|{_ABSOLUTE}|(?<![近历一两三四五六七八九十\d])(?P<rel>{relative})|(?P<md>{data['month_day']['pattern']})"
             rf"|(?P<plan>{plan['pattern']})(?P<since>{plan['since']})?|(?P<span>{data['span']['pattern']})")
    # the standard `re` engine runs this alternation several times faster than `regex`
    # (its span branch defeats regex's prefix scan: a seventh of the extraction's time) and
    # finds the same matches (tests/test_times.py compares them); behind a screen of the
    # characters a time can begin with, six times faster again (extractors/prefilter.py)
    pattern = re.compile(first_char_screened(times))
    return _Tables(
        relative=data["relative"],
        pattern=pattern,
        comparison_before=tuple(data["comparison"]["before"]),
        comparison_after=tuple(data["comparison"]["after"]),
        date_lines=tuple(Screened.compile(p, regex.MULTILINE) for p in data["date_line"]["patterns"]),
        attribute=regex.compile(data["attribute"]["after"]),
        attribute_range=regex.compile(data["attribute"]["range_to"]),
        founded=regex.compile(data["attribute"]["before"]),
        founding_label=regex.compile(data["attribute"]["founding_label"]),
        opened=regex.compile(data["attribute"]["opened"]),
        built=regex.compile(data["attribute"]["built"]),
        building=regex.compile(data["attribute"]["building"]),
        counted=regex.compile(data["attribute"]["counted"]),
        glossed=regex.compile(data["year_review"]["glossed_year"]),
        age=regex.compile(data["age"]["after"]),
        head=regex.compile(data["head"]["pattern"].replace("TIME", times)),
        topic=regex.compile(data["head"]["topic"].replace("RELATIVE", alternation(
            {word: rule for word, rule in data["relative"].items() if rule["base"] in _TOPIC_BASES}))),
        announced=regex.compile(data["announced_list"]["year"]
                                + f'(?:{data["announced_list"]["count"]}|{data["announced_list"]["count_after"]})'),
        projects_count=regex.compile(data["announced_list"]["count"]),
        plan_first_end=plan["first_end"],
        month_day={"base": data["month_day"]["base"], "offset": 0},
        plan_target=regex.compile(plan["target"]),
        before_after=regex.compile(data["before_after"]["pattern"]),
        base_figure_between=regex.compile(data["comparison"]["base_figure_between"]),
        named_target=regex.compile(data["named_target"]["pattern"]),
        respectively=data["respectively"],
        breakdown=regex.compile(data["breakdown"]["opening"]),
        proposed_list=regex.compile(data["proposal"]["list_after"]),
        proposed_into=regex.compile(data["proposal"]["into"]),
        deferred_before=tuple(data["deferred"]["before"]),
        expected_before=tuple(data["deferred"]["expected"]),
        as_of=tuple(data["deferred"]["as_of"]),
        work_start_before=tuple(data["topic_work_start"]["before"]),
        work_start_after=regex.compile(data["topic_work_start"]["after"]),
        done_words=word_pattern(data["deferred"]["done"]),
        postponed_words=word_pattern(data["deferred"]["postponed"]),
        remainder=tuple(data["deferred"]["remainder"]),
        not_done=tuple(data["deferred"]["not_done"]),
        remainder_words=word_pattern(data["deferred"]["remainder"]),
        remainder_after_mark=re.compile(rf"[{re.escape(COMMAS + SEMICOLONS + COLONS)}][ \t\u3000]*"
                                        rf"(?:{alternation(data['deferred']['remainder_after_mark'])})[ \t\u3000]*$"),
        not_done_words=word_pattern(data["deferred"]["not_done"]),
        wish=regex.compile(alternation(data["wish"]["words"])),
        share=word_pattern(u.surface for u in unit_table().values() if u.kind == "percent"),
        timestamp_after=tuple(data["timestamp"]["after"]),
        timestamp_before=regex.compile(rf"(?:{alternation(data['timestamp']['before'])})\s*(?:[:：]\s*)?$"),
        counted_before=regex.compile(data["timestamp"]["counted_before"]),
        counted_after=data["timestamp"]["counted_after"],
        made_on_day=tuple(data["timestamp"]["made_on_day"]),
        yearbook=tuple(regex.compile(p) for p in data["yearbook"]["patterns"]),
        yearbook_offset=data["yearbook"]["offset"],
        yearbook_lead=data["yearbook"]["lead"],
        title_bare_year=regex.compile(data["title"]["bare_year"]),
        occasion=regex.compile(data["title"]["occasion"]),
        appended=regex.compile(data["title"]["appended"]),
        batch=regex.compile(data["batch"]["before_year"]),
        book_subject=regex.compile(data["title"]["book_subject"]),
        season=regex.compile(data["title"]["season"]),
        first_term=regex.compile(data["title"]["first_term"]),
        last_term=regex.compile(data["title"]["last_term"]),
        period_start=regex.compile(data["lead"]["period_start"]),
        figure_date=regex.compile(data["lead"]["figure_date"]),
        year_end_cutoff=regex.compile(data["lead"]["year_end_cutoff"]),
        reported_done=regex.compile(data["lead"]["reported_done"]),
        lead_reach=data["lead"]["reach"],
        lead_chars=data["lead"]["chars"],
        lead_report_months=data["lead"]["report_months"],
        lead_day=regex.compile(data["lead"]["day"]),
        lead_listed_before=regex.compile(data["lead"]["listed_before"]),
        lead_listed_after=regex.compile(data["lead"]["listed_after"]),
        lead_reported_after=regex.compile(data["lead"]["reported_after"]),
        in_force=regex.compile(data["in_force"]["pattern"]),
        in_force_reach=data["in_force"]["reach"],
        event=regex.compile(data["event"]["pattern"]),
        event_head=data["event"]["head"],
        base_date=regex.compile(data["base_date"]["pattern"]),
        base_date_head=data["base_date"]["head"],
        base_date_reach=data["base_date"]["reach"],
        cycle=regex.compile(alternation(data["cycle"]["words"])),
        reporting=tuple(data["reporting"]["verbs"]),
        year_label=regex.compile(data["frame"]["year_label"]),
        spoken_label=regex.compile(data["frame"]["spoken_label"]),
        year_end=regex.compile(data["frame"]["year_end"]),
        new_work=word_pattern(data["frame"]["new_work"]),
        year_end_date=regex.compile(data["frame"]["year_end_date"]),
        balance=regex.compile(data["frame"]["balance"]),
        range_joiners=tuple(data["range_of_years"]["joiners"]),
        plan_name=re.compile(data["span"]["plan_name"]),
        comment_header=regex.compile(data["voice"]["comment_header"]),
        term_starts=tuple(sorted(data["term"]["starts"])),
        up_to_now=regex.compile(data["span"]["up_to_now"]),
        closed_year_months=frozenset(data["span"]["closed_year_months"]),
        question=regex.compile(data["voice"]["question"]),
        post_stamp=regex.compile(data["voice"]["post_stamp"]),
        own_output=regex.compile(data["own_output"]["before"]),
        fieldwork=regex.compile(data["fieldwork"]["before"]),
        own_method=re.compile(data["fieldwork"]["clause"]),
        fieldwork_dated=regex.compile(data["fieldwork"]["dated"]),
        up_to_now_after=regex.compile(data["up_to_now"]["after"]),
        since=regex.compile(data["up_to_now"]["since"]),
        total=data["up_to_now"]["total"],
        previous_of_discussed=frozenset(data["previous_of_discussed"]["words"]),
    )


#: what joins the two ends of a range of days (`1月12日至2月18日`, `3月1日—5日`)
_RANGE_JOIN = regex.compile(r"\s*(?:至|到|—{1,2}|-|－|~|～|–)\s*")


def find_times(text: str) -> list[TimeExpr]:
    """Every time expression in `text` (a sentence), in order; a plan's own target
    (`规划目标`) after a plan is named counts as a time of the plan's last year."""
    return list(_times(text))


#: Texts whose times are kept: a sentence's times are read for its figures, its paragraph's
#: and its heading's again (bench archive: 24,916 reads of 11,143 texts)
_CACHED_TEXTS = 4096


@lru_cache(maxsize=_CACHED_TEXTS)
def _times(text: str) -> tuple[TimeExpr, ...]:
    tables = _tables()
    found: list[TimeExpr] = []
    plan_end = None
    # read in ASCII forms (`２０２３年，…`), reported in the text's own
    ascii_text = narrow(text)
    for m in tables.pattern.finditer(ascii_text):
        said = text[m.start():m.end()]
        if m.group("plan"):
            plan_end = _plan_end(m.group("plan"))
            since = m.group("since") is not None
            found.append(TimeExpr(m.start(), m.end(), said, year=None if since else plan_end, since=since,
                                  period=True))
        elif m.group("span"):
            if not tables.plan_name.match(text, m.end()):     # `三年行动方案` names a plan, dates nothing
                found.append(TimeExpr(m.start(), m.end(), said, span=True,
                                      up_to_now=tables.up_to_now.search(said) is not None))
        elif m.group("md") and found and found[-1].year is not None and _RANGE_JOIN.fullmatch(text, found[-1].end, m.start()):
            # the end of a range of days whose start states the year (`2028年1月12日至2月18日`): that year
            found.append(TimeExpr(m.start(), m.end(), said, year=found[-1].year))
        elif m.group("rel") and (gloss := tables.glossed.match(ascii_text, m.end())):
            # `明年（2024年）`: the writer says which year the word means, whatever the date of writing makes of it
            # (the word still reads as a relative word: it opens no sentence as an explicit year would)
            found.append(TimeExpr(m.start(), m.end(), said, year=int(gloss.group("year")), relative=m.group("rel")))
        elif m.group("rel") or m.group("md"):
            found.append(TimeExpr(m.start(), m.end(), said, relative=m.group("rel")))
        else:
            year = m.group("s2") or m.group("y2") or m.group("y1") or m.group("y3")
            year = int(year) if year else int(parse_number(m.group("y4")))
            found.append(TimeExpr(m.start(), m.end(), said, year=year))
            if tables.season.match(text, m.end()):      # `2023—2024年度冬季`
                found[-1] = replace(found[-1], season_start=_season_start(found[-1]))
    if plan_end is not None:
        found = sorted(found + [TimeExpr(m.start(), m.end(), m.group(), year=plan_end, period=True)
                                for m in tables.plan_target.finditer(text, found[0].start)], key=lambda t: t.start)
    return tuple(found)


def _plan_end(name: str) -> int:
    """`十四五` → 2025: the last year of the N-th five-year plan."""
    return _tables().plan_first_end + 5 * (int(parse_number(name[1])) + 10 - 6)


def _inside_book_title(text: str, position: int) -> bool:
    return _inside_marks(text, position, "《", "》")


def _inside_marks(text: str, position: int, opening: str, closing: str) -> bool:
    """Is `position` after an `opening` mark its `closing` mark has not closed yet (《…, “…)?"""
    return text.rfind(opening, 0, position) > text.rfind(closing, 0, position)


def _book_subject(title: str, position: int) -> bool:
    """The work in 《》 around `position` is what the title's document reviews, issues or
    sends on (`关于审议《…》的议题`), not a work it cites."""
    return bool(_tables().book_subject.search(title, 0, title.rfind("《", 0, position)))


def _inside_a_bracket_that_closes(text: str, position: int) -> bool:
    """`（备注：2024年底全区已有托位3420个）`: an aside in brackets, closed later in the sentence."""
    opened = max(text.rfind("（", 0, position), text.rfind("(", 0, position))
    closed = max(text.rfind("）", 0, position), text.rfind(")", 0, position))
    return opened > closed and (text.find("）", position) >= 0 or text.find(")", position) >= 0)


def _is_comparison_base(text: str, t: TimeExpr) -> bool:
    tables = _tables()
    before = text[max(0, t.start - 2):t.start]
    after = text[t.end:t.end + 2]
    return any(before.endswith(w) for w in tables.comparison_before) or any(after.startswith(w) for w in tables.comparison_after)


_CLAUSE_BREAK = regex.compile(char_class(CLAUSE_BREAKS, COLONS))


def _is_base_of_share(text: str, t: TimeExpr, figure_start: int, figure_end: int) -> bool:
    """`按照上年度…支出的30%`: the time dates the base the figure is a share of (a
    percentage; `2024年的10件实事` is that year's ten projects)."""
    between = text[t.end:figure_start]
    return (between.endswith("的") and not _CLAUSE_BREAK.search(between)
            and _tables().share.search(text, figure_start, figure_end) is not None)


def _dates_another_figure(text: str, t: TimeExpr, figure_start: int) -> bool:
    """The time dates a figure between it and this one: the value before a change
    (`由2020年的3.1人提高到3.5人`) or a target it names (`距2025年4人的目标还差0.5人`)."""
    between = text[t.end:figure_start]
    tables = _tables()
    return (tables.before_after.match(between) is not None and text[max(0, t.start - 1):t.start] in ("由", "从")
            or tables.named_target.search(between) is not None)


def _dates_what_is_reported(text: str, t: TimeExpr, figure_start: int) -> bool:
    """`通报了去年项目完成情况，3个街道作了表态发言`: a time in the object of a verb of
    reporting dates what was reported, not a figure in a clause after it."""
    return (text.endswith(_tables().reporting, 0, t.start) and _CLAUSE_BREAK.match(text, t.end) is None
            and _CLAUSE_BREAK.search(text, t.end, figure_start) is not None)


def _is_value_before_change(text: str, t: TimeExpr, figure_end: int) -> bool:
    """`由2016年的86.2%提高到今年的97.4%`: the time dates the value the change starts from."""
    return (text[max(0, t.start - 1):t.start] in ("由", "从")
            and _tables().before_after.match(text[figure_end:]) is not None)


def _is_timestamp(text: str, t: TimeExpr) -> bool:
    """`（2024年12月10日更新）`, `最后修改：2024-02-26`: a date that stamps when a page or a
    file was updated or published, or a table made (`2027年1月8日统计`)."""
    tables = _tables()
    after = text[t.end:].lstrip()
    return (after.startswith(tables.timestamp_after)
            or ("日" in t.text and after.startswith(tables.made_on_day))
            or tables.timestamp_before.search(text, max(0, t.start - _STAMP_LABEL_REACH), t.start) is not None
            or ("月" in t.text and text.startswith(tables.counted_after, t.end)
                and tables.counted_before.search(text, max(0, t.start - _COUNT_SOURCE_REACH), t.start) is not None))


#: the longest stamp label and its colon, before a date
_STAMP_LABEL_REACH = 8
#: the longest source named between 据 and the date it counted on (`据县发改局`)
_COUNT_SOURCE_REACH = 13


def _is_attribute(text: str, t: TimeExpr) -> bool:
    """`2000年底前建成的老旧小区`: the time dates the things counted, not the figure;
    `今年78岁`: it dates an age; `建于1983年`: when the thing was built; `去年食堂开起来，`: when
    the place opened; `1996年的房子`: when the building dates from; `出生年月：1958年3月`: a person's birth.
    The first year of a range of such years (`1990年至2000年建成的`) is one too."""
    tables = _tables()
    end = found.end() if (found := tables.attribute_range.match(text, t.end)) else t.end   # `1990年至2000年建成的`
    return (tables.attribute.match(text, end) is not None or tables.age.match(text, t.end) is not None
            or tables.opened.match(text, t.end) is not None or tables.building.match(text, t.end) is not None
            or tables.founded.search(text, max(0, t.start - _FOUNDED_REACH), t.start) is not None)


def tells_history(text: str, t: TimeExpr, at: int, written: int | None) -> bool:
    """`1984年建成，地上6层，…共72户` written in 2025: the time is when the building went up, in a
    clause of its own at least `HISTORY_YEARS` before the writing; the figure after it (at `at`) is
    told as of the writing, not of that year (times.toml `built`)."""
    return (written is not None and t.year is not None and written - t.year >= HISTORY_YEARS and at >= t.end
            and _tables().built.match(text, t.end) is not None)


def labels_a_founding(line: str) -> bool:
    """Is the line the label of when a thing was built (`建成年代`, a form's field over its value `1996年`)?"""
    return _tables().founding_label.search(line.strip()) is not None


#: how many years before the writing a building's year is history rather than the work of the years discussed
HISTORY_YEARS = 3


#: the longest verb of founding or label of a birth date before its time (`始建于`, `出生年月：`)
_FOUNDED_REACH = 8


_SEGMENT_BREAK = regex.compile(char_class(SEMICOLONS))
_PART_END = regex.compile(char_class(SEMICOLONS, SENTENCE_ENDS))
_CLAUSE_START = regex.compile(_CLAUSE_BREAK.pattern, flags=regex.REVERSE)


def usable_times(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """The times of sentence `text` that may date a figure: not in a book title, not the
    base of a comparison, not an attribute of the things counted, not where a balance is
    carried over to (`结转至2024年`). The same for every figure of the sentence, so read
    once per sentence."""
    return [t for t in times if not _inside_book_title(text, t.start) and not _is_comparison_base(text, t)
            and not _is_attribute(text, t) and not _counts_from_cycle(text, t)
            and not text.endswith(_carried_over(), 0, t.start)]


def _counts_from_cycle(text: str, t: TimeExpr) -> bool:
    """`每年8月起征集下一年度候选项目`: after `每年` in its clause, a year counted from another
    (`下一年度`, `上一年`) counts from each year of the cycle, not from the year of writing.
    A cycle in a clause before (`每年新增托位300个，明年总数将达到2000个`) governs it not; but it governs a
    year counted from the year under discussion anywhere after it in the sentence (`水库每年9月开始蓄水，…到次年6月
    消落到145米`: the cycle's next year)."""
    rule = _tables().relative.get(t.relative) if t.relative else None
    if rule is None or rule["offset"] == 0:
        return False
    start = _CLAUSE_START.search(text, 0, t.start) if rule["base"] != "context" else None
    return _tables().cycle.search(text, start.end() if start else 0, t.start) is not None


#: how far a comparison base's time may stand before its figure (`较2021年同类调查（N=980）的`)
_BASE_REACH = 40


def _base_figure_follows(text: str, t: TimeExpr, figure_start: int) -> bool:
    """The figure is the one of time `t`, standing after it with a short phrase and 的
    between (`比2019年的93.2%`, `较2021年同类调查（N=980）的71.2%`)."""
    return (t.end <= figure_start <= t.end + _BASE_REACH
            and _tables().base_figure_between.match(text[t.end:figure_start]) is not None)


def governing_time(text: str, times: list[TimeExpr], figure_start: int, figure_end: int,
                   usable: list[TimeExpr] | None = None) -> TimeExpr | None:
    """The time expression that says when the figure at [figure_start, figure_end) holds:
    the nearest before it in its part of the sentence (a `；` begins another part: `…，2025年
    达到4.5个；新建食堂30个` dates the 4.5 only), else the nearest before it that opens a
    clause as its topic (`2024年，…`, `…表示，2024年的十件实事…；新增托位2400个`).
    `usable` is `usable_times(text, times)`, where the caller has it."""
    base = next((t for t in times if _base_figure_follows(text, t, figure_start)
                 and (_is_comparison_base(text, t) or _is_value_before_change(text, t, figure_end))), None)
    if base is not None:     # `比2019年的93.2%提高…`, `由2016年的86%提高到…`: that year's figure
        return base
    if (built := _counts_the_works_of(text, times, figure_start)) is not None:
        return built
    usable = usable_times(text, times) if usable is None else usable
    if (put_off := _deferred_to(text, usable, figure_start, figure_end)) is not None:
        return put_off
    before = [t for t in usable if t.end <= figure_start and not _is_base_of_share(text, t, figure_start, figure_end)
              and not _dates_another_figure(text, t, figure_start) and not _dates_what_is_reported(text, t, figure_start)
              and not _in_brackets_closed_before(text, t, figure_start) and not _starts_the_topics_work(text, t, usable)]
    segment_start = _part_start(text, figure_start)
    in_segment = [t for t in before if t.start >= segment_start]
    if in_segment:
        return _respective_year(text, in_segment, figure_start)
    topics = [t for t in usable if t.end <= figure_start and (_opens_clause(text, t) or _opens_the_sentence(text, t))]
    if topics:
        return topics[-1]
    if any(segment_start <= t.start and t.end <= figure_start and _is_comparison_base(text, t) for t in times):
        return None     # `比去年多80亩（去年冻了一茬）`: the change against last year is this year's, whatever follows
    clause_end = _CLAUSE_BREAK.search(text, figure_end)
    limit = clause_end.start() if clause_end else len(text)
    after = [t for t in usable if figure_end <= t.start < limit and not _tables().wish.search(text, figure_end, t.start)
             and not _dates_a_bracketed_figure(text, t, figure_end)]
    return after[0] if after else None


def _part_start(text: str, position: int) -> int:
    """Where the part of the sentence (after its last `；`) holding `position` starts; a part
    opening with `其中` goes on from the part before it."""
    start = break_before(_SEGMENT_BREAK, text, position)     # found once per sentence (clause_marks)
    while start > 0 and _tables().breakdown.match(text, start):
        start = break_before(_SEGMENT_BREAK, text, start - 1)
    return start


def _counts_the_works_of(text: str, times: list[TimeExpr], figure_start: int) -> TimeExpr | None:
    """The year of the works the figure counts, where it stands right after them
    (`2021年建成的46个社区养老服务站`): an attribute that dates the things counted dates the count."""
    return next((t for t in times if t.year is not None and t.end <= figure_start and not t.period
                 and _tables().counted.fullmatch(text, t.end, figure_start) is not None), None)


def _starts_the_topics_work(text: str, t: TimeExpr, usable: list[TimeExpr]) -> bool:
    """`今年的项目从去年9月起向社会公开征集，共收到…1,462条`: a time the work began from, in a
    clause a topic time opens before it, dates the start of the topic's work; its figures are
    the topic's (`从去年10月起…共收到…2860条` with no topic before keeps the year it began)."""
    tables = _tables()
    if not (text.endswith(tables.work_start_before, 0, t.start) and tables.work_start_after.match(text, t.end)):
        return False
    clause_start = _CLAUSE_START.search(text, 0, t.start)
    start = clause_start.end() if clause_start else 0
    return any(start <= topic.start and topic.end <= t.start and _opens_clause(text, topic) for topic in usable)


def _dates_a_bracketed_figure(text: str, t: TimeExpr, figure_end: int) -> bool:
    """A time in brackets after the figure that date a figure of their own (`每人每月173元
    （2025年为163元）`, `118.5公里（剩余1.5公里…顺延至2027年4月底完成）`): it dates that figure, not
    this one; a bracket that is the figure's own date (`136.7万人（2024年末）`) holds no other figure."""
    from .quantities import find_quantities

    opened = max(text.rfind(c, figure_end, t.start) for c in "（(")
    if opened < 0 or any(c in text[opened:t.start] for c in "）)"):
        return False
    closes = [i for i in (text.find(c, t.end) for c in "）)") if i >= 0]
    inside = text[t.end:min(closes)] if closes else text[t.end:]
    return bool(find_quantities(inside)) or bool(find_quantities(text[opened + 1:t.start]))


def _in_brackets_closed_before(text: str, t: TimeExpr, figure_start: int) -> bool:
    """A time inside brackets that close before the figure (`王先生家（某小区，1996年建成）改造面积
    85平方米`): it dates what the brackets describe, not the figure; but a label's year in
    brackets before its colon (`已享受政策（2029年）：草原奖补8640元`) dates what the label lists, and a batch's
    year alone in brackets (`第一批（2018年）已拆除围网4200亩`) the batch's figures; not an aside on it
    (`一期（2023年已入住36户）东侧，建房48套`)."""
    between = text[t.end:figure_start]
    if sum(between.count(c) for c in "）)") <= sum(between.count(c) for c in "（("):
        return False
    batch_year = text.startswith(("）", ")"), t.end) and _tables().batch.search(text, max(0, t.start - 12), t.start) is not None
    return _LABEL_YEAR.match(text, t.end) is None and not batch_year


#: the rest of a label's bracketed year, up to its colon (`（2029年）：`)
_LABEL_YEAR = regex.compile(r"[^（）()，,。；;]{0,3}[）)][ \t\u3000]*[：:]")


#: how far before a figure its remainder word may stand (`剩余4户`, `剩余的4户`)
_REMAINDER_REACH = 3


def _deferred_to(text: str, times: list[TimeExpr], figure_start: int, figure_end: int) -> TimeExpr | None:
    """The date the figure is put off to in a clause after it (`1所幼儿园…，顺延至2025年`,
    `剩余4户…转入明年实施`), or any time after a remainder of a task in its clause or the next
    (`剩余60个学位…于2026年春季交付`, `剩下19部因为冬季施工受限，明年5月底前投用`); not one that puts
    off another figure between (`建成5个，另1个…顺延至2026年`), nor one after a figure its clause reports as not done (`74户未实施，已转入2025年计划`), nor a
    rate (`完成60%，某园二期延至…`: the year's progress; a remainder's share, `剩余20%`, is put off)."""
    from .quantities import find_quantities

    if not any(t.start >= figure_end for t in times):
        return None           # no time after the figure (most figures): nothing it is put off to
    tables = _tables()
    part_end = _PART_END.search(text, figure_end)
    limit = part_end.start() if part_end else len(text)
    reach_from = max(0, figure_start - _REMAINDER_REACH - 2)
    remainder = any(words.search(text, reach_from, figure_start) is not None
                    for words in (tables.remainder_words, tables.remainder_after_mark))
    clause_end = _CLAUSE_BREAK.search(text, figure_end, limit)
    if not remainder and tables.not_done_words.search(text, figure_end, clause_end.start() if clause_end else limit):
        return None
    if not remainder and tables.share.search(text, figure_start, figure_end):
        return None           # `完成60%，某园二期延至2031年交付`: a rate measures the year; what is put off is a thing
    reported_as_of = any(word in text[:figure_start] for word in tables.as_of)
    deferred = next((t for t in times if figure_end <= t.start < limit
                     and ((remainder and _within_a_clause_after(text, figure_end, t.start))
                          or text.endswith(tables.deferred_before, 0, t.start)
                          or (text.endswith(tables.expected_before, 0, t.start)
                              and not reported_as_of
                              and _still_to_do(text, figure_start, min(t.start, clause_end.start() if clause_end else limit))
                              and _within_a_clause_after(text, figure_end, t.start)))),
                    None)
    if deferred is None:
        return None
    # a figure between in the remainder's own clause tells why it is left (`剩下52公里是因为两座桥的
    # 设计变更，明年6月底前完工`); one in a clause after it is another thing put off
    # a bracket says more of the figure's own thing (`剩余1个老旧小区（某小区，涉及住户248户）…须于2027年5月底前完工`)
    between = ROUND_ASIDE.sub("", text[figure_end:deferred.start])
    if remainder and (first_break := _CLAUSE_BREAK.search(between)):
        between = between[first_break.end():]
    # (figures listed with it, parted by `、` only, are put off with it: `教师差1名、适老化改造差2户，已列入2028年…`)
    if (others := find_quantities(between)) and not _listed_with_it(between[:others[-1].start]):
        return None
    return replace(deferred, due_after=True) if remainder and deferred.year is None else deferred


def _listed_with_it(before_the_last: str) -> bool:
    """The words between a put-off figure and the last figure after it part items of one list
    (`、第四关适老化改造差`): by `、`, no clause mark nor bracket between."""
    return "、" in before_the_last and not _CLAUSE_BREAK.search(before_the_last) \
        and not any(c in before_the_last for c in "（(")


def _still_to_do(text: str, figure_start: int, end: int) -> bool:
    """The figure's clause reports nothing of it done (`1个计划于…完成`, `1条断头路受征迁影响`; not
    `已建成20个`, `9部电梯已全部完成主体安装`), nor the figure put off (`2项顺延（…预计2024年6月底前完工）`
    counts the year's postponed items): a figure an expected date after it may be due in. `end`: the
    clause's end, or the expected date where it stands in the clause (`1个计划于…前完成`: its verb)."""
    clause_start = _CLAUSE_START.search(text, 0, figure_start)
    tables = _tables()
    return (tables.done_words.search(text, clause_start.end() if clause_start else 0, end) is None
            and tables.postponed_words.search(text, figure_start, end) is None)


def _within_a_clause_after(text: str, figure_end: int, time_start: int) -> bool:
    """The time stands in the figure's clause or the one right after it (`1条断头路受征迁影响，预计
    2026年…通车`, `剩下19部因为冬季施工受限，明年5月底前投用`); further on, after more is said of it
    (`剩下1件——东街小学新建教学楼，主体已封顶，预计明年3月投用`), it dates the last step reported, not
    the figure."""
    return len(_CLAUSE_BREAK.findall(ROUND_ASIDE.sub("", text[figure_end:time_start]))) <= 1


@lru_cache(maxsize=1)
def _carried_over() -> tuple[str, ...]:
    """The words that carry a balance over to a later year (`结转至2024年继续使用1.9亿元`):
    the year after them is where the money goes, not when the figures hold."""
    return tuple(read_table("times.toml")["deferred"]["carried_over"])


def _respective_year(text: str, before: list[TimeExpr], figure_start: int) -> TimeExpr:
    """Of years listed together and then given figures `分别` (`2022年、2023年分别为168台和
    245台`), the one in the figure's place; else the nearest time before the figure."""
    from .quantities import find_quantities

    nearest = before[-1]
    data = _tables().respectively
    said = text.find(data["word"], nearest.end, figure_start)
    if said < 0 or _CLAUSE_BREAK.search(text, nearest.end, said):
        return nearest
    listed = [nearest]
    for t in reversed(before[:-1]):
        if text[t.end:listed[0].start].strip() not in data["joiners"]:
            break
        listed.insert(0, t)
    place = len(find_quantities(text[said:figure_start]))
    return listed[place] if len(listed) > 1 and place < len(listed) else nearest


def _opens_clause(text: str, t: TimeExpr) -> bool:
    """The time opens its clause as the clause's topic (`2024年，…`, `2024年的…`)."""
    previous = _CLAUSE_START.search(text, 0, t.start)
    match = _tables().head.match(text, previous.end() if previous else 0)
    return match is not None and match.end() >= t.end


def _opens_the_sentence(text: str, t: TimeExpr) -> bool:
    """A year opens the sentence, maybe after a short label (`主要实绩：2022年牵头实施…；推动完成…`):
    the sentence's time, across its `；`."""
    return t.year is not None and t.relative is None and _SENTENCE_HEAD.fullmatch(text, 0, t.start) is not None


#: what may stand before a time that opens its sentence: nothing, or a short label and its colon; a
#: note's or an item's number and a word of the date's reach (`（2）截至2016年底，…；…`)
_SENTENCE_HEAD = regex.compile(r"\s*(?:[（(][0-9一二三四五六七八九十]{1,2}[）)]|[0-9]{1,2}[.．、](?![0-9])|[①-⑳])?"
                               r"\s*(?:\p{Han}{2,8}[：:]\s*)?(?:截至|截止|到|至)?")


def year_under_discussion(text: str, times: list[TimeExpr], position: int, written: int | None = None) -> int | None:
    """The year an earlier time of the sentence names (`2024年的十件实事已全部完成，全年
    完成投资…`: 全年 is 2024; `去年我们建了98个，全年助餐86万人次`: 全年 is last year, counted
    from the year of writing `written`), which 全年, 年内 and 目前 mean; None if none does. The
    start of a period (`自2023年起，连续两年…，目前…`) is not the year under discussion."""
    for t in reversed(times):
        if t.end <= position and not _inside_book_title(text, t.start) \
                and not _is_comparison_base(text, t) and not _is_attribute(text, t) \
                and text[max(0, t.start - 1):t.start] not in _NOT_DISCUSSED:
            year = t.year if t.year is not None else _counted_from_writing(t, written)
            if year is not None:
                return year
    return None


def of_the_year_discussed(t: TimeExpr) -> bool:
    """`年末`, `是年`, `全年`: a word that means (a part of) the year under discussion, not one
    counted from the writing (`今年`, `去年`)."""
    rule = _tables().relative.get(t.relative) if t.relative else None
    return rule is not None and rule["base"] == "context"


def is_a_year_end(text: str, t: TimeExpr) -> bool:
    """`2027年底`, `去年末`, `2019年12月31日`: a year's end, the point a baseline is counted at."""
    tables = _tables()
    return not (t.span or t.period) and (tables.year_end.match(text, t.end) is not None
                                         or tables.year_end_date.search(t.text) is not None)


def tells_new_work(text: str, figure_start: int) -> bool:
    """A sentence with no time of its own after a baseline (`截至2026年底，全镇有普惠托位160个。`) that tells
    new work before the figure (`本站新增普惠托位80个，…`), not a breakdown of the baseline (`其中…`): the
    work of the year under discussion."""
    tables = _tables()
    return tables.breakdown.match(text) is None and tables.new_work.search(text, 0, figure_start) is not None


def refers_back(t: TimeExpr) -> bool:
    """`那一年`: a word that means the year the text named last before it."""
    rule = _tables().relative.get(t.relative) if t.relative else None
    return rule is not None and rule["base"] == "named"


def year_last_named(text: str, written: int | None) -> int | None:
    """The year the last time of `text` names (the paragraph before a `那一年`): a year, or a
    word counted from the writing (`去年底` → the year before `written`); None where it names none."""
    for t in reversed(find_times(text)):
        if t.period or t.span or refers_back(t):
            continue
        year = t.year if t.year is not None else _counted_from_writing(t, written)
        if year is not None:
            return year
    return None


def year_before_discussed(text: str, times: list[TimeExpr], time: TimeExpr) -> int | None:
    """The year `上年` names where an earlier time of its sentence says which year is discussed
    (`2025年，…由上年的41%提高到58%`: 2024); None where the word is another or no year is named
    before it (then it counts from the year of writing)."""
    if time.relative not in _tables().previous_of_discussed:
        return None
    discussed = next((t.year for t in reversed(times) if t.end <= time.start and t.year is not None
                      and not t.span and not t.period and not _is_comparison_base(text, t)), None)
    return discussed + _tables().relative[time.relative]["offset"] if discussed is not None else None


def range_end_before(text: str, times: list[TimeExpr], position: int) -> int | None:
    """The last year of a range of years the sentence names before `position` (`2022年到2024年`),
    or of a five-year plan (`按照“十五五”规划，全县五年累计…`), which a span of years after it
    (`每年`, `五年`) belongs to; None if it names none."""
    joiners = _tables().range_joiners
    earlier = [t for t in times if t.end <= position and t.year is not None and not t.span]
    for first, last in zip(reversed(earlier[:-1]), reversed(earlier)):
        if text[first.end:last.start].strip() in joiners and first.year < last.year:
            return last.year
    return next((t.year for t in reversed(earlier) if t.period), None)


def _range_at_head(text: str, times: list[TimeExpr]) -> TimeExpr | None:
    """The last year of a range of years a sentence opens with as its topic (`2022年到2024年，…`):
    the period its paragraph goes on about."""
    if len(times) < 2 or text[:times[0].start].strip():
        return None
    first, last = times[0], times[1]
    if first.year is None or last.year is None or text[first.end:last.start].strip() not in _tables().range_joiners:
        return None
    return last if _opens_clause(text, first) or text[last.end:last.end + 1] in "，," else None


def _counted_from_writing(t: TimeExpr, written: int | None) -> int | None:
    """The year of a relative time counted from the year of writing (`去年`, `今年`)."""
    rule = _tables().relative.get(t.relative) if t.relative and not t.span and not t.since else None
    return written + rule["offset"] if rule and rule["base"] == "doc" and written is not None else None


#: A time after these starts a period or sets a deadline (`自2023年起`, `到2025年，…目前…`):
#: the sentence does not discuss that year.
_NOT_DISCUSSED = ("自", "从", "到", "至")


def head_time(text: str, times: list[TimeExpr] | None = None) -> TimeExpr | None:
    """The time a sentence opens with (`2024年，…`, `今年以来，…`), which governs
    the sentences after it in its paragraph that state no time of their own. `times`:
    the sentence's, found here where the caller has not found them."""
    tables = _tables()
    match = tables.head.match(text) or tables.topic.match(text)
    if not match:
        return None
    times = find_times(text) if times is None else times
    return next((t for t in times if t.start <= match.end() and t.end <= match.end()), None)


def paragraph_time(text: str, times: list[TimeExpr] | None = None) -> TimeExpr | None:
    """The time a sentence hands on to the sentences after it in its paragraph: the last
    year that opens one of its clauses as the clause's topic, where one follows the
    sentence's head (`1月18日，…发布数据，2023年全市…。全年…`: the day of the release
    dates nothing, the year of the statistics does), else the time it opens with; never a
    stamp of when the file was edited (`最后修改：2024-02-26`), nor a time that dates a thing's
    past (`1996年的房子`, `建于2003年`, `2010年建成的小区`)."""
    times = find_times(text) if times is None else times
    # when a file was edited dates nothing; nor does the past of a thing (`1996年的房子，…`, `建于2003年`):
    # the sentences after it tell of it now
    # nor a comparison's base (`去年同期收购价每公斤11元。`: last year's value beside this year's, no turn of the text)
    times = [t for t in times if not _is_timestamp(text, t) and not _is_attribute(text, t)
             and not _tables().balance.match(text, t.end)      # `上年结转`: a ledger's opening balance
             and not _is_comparison_base(text, t)]
    if _tables().year_label.fullmatch(narrow(text)) and (label := next((t for t in times if t.year), None)):
        return label        # `要点数据（2026年）：`: a label line's year dates the lines under it
    if (spoken := _tables().spoken_label.fullmatch(text)) and (turned := next(
            (t for t in times if t.start == spoken.start("time")), None)):
        return turned       # `先讲去年。`: a speech turns to a year, which dates its part
    head = head_time(text, times) or _range_at_head(text, times)
    if head is not None and (made_for := _year_a_december_day_is_for(text, head, times)) is not None:
        return made_for
    # an aside in brackets (`（备注：2024年底…）`) dates its own figures, and hands on nothing
    topics = [t for t in times if (head is None or t.start >= head.end)
              and not _inside_book_title(text, t.start) and not _inside_a_bracket_that_closes(text, t.start)
              and ((t.year is not None and _opens_clause(text, t)) or _relative_topic_of_clause(text, t))]
    return topics[-1] if topics else head


def _year_a_december_day_is_for(text: str, head: TimeExpr, times: list[TimeExpr]) -> TimeExpr | None:
    """`2027年12月10日，…组织召开2028年民生实事候选项目专家论证会。专家组由7名专家组成…`: a
    December day opens the sentence and the sentence names the next year, what the meeting,
    vote or review held that day was for. The sentences after it count the making of that
    year's plan (gold/README.md: the month it ran in is when, not what for)."""
    if head.year is None or _DECEMBER_DAY.search(head.text) is None or text[:head.start].strip():
        return None     # (`截至2023年12月31日，…结转至2024年`: a cut-off, not the day something was held)
    return next((t for t in times if t.start >= head.end and t.year == head.year + 1
                 and not _inside_a_bracket_that_closes(text, t.start)), None)


#: a day of December, written out in a time (`2027年12月10日`, `2027年12月10号`)
_DECEMBER_DAY = regex.compile(r"(?<!\d)12\s*月\s*\d{1,2}\s*[日号]")


def _relative_topic_of_clause(text: str, t: TimeExpr) -> bool:
    """The year of writing opens a later clause as its topic (`去年全市有助餐点87个，今年计划再增加
    35个`): the sentences after it go on about the present, not the year the sentence opened
    with. Not another year (`…比去年多改造9个，去年改造了43个`, `@网友，明年计划加装60部`): an
    aside or an answer about that year, after which the text goes on as before."""
    rule = _tables().relative.get(t.relative) if t.relative and not t.span and not t.since else None
    if rule is None or rule["offset"] != 0:
        return False
    previous = _CLAUSE_START.search(text, 0, t.start)
    if previous is None:
        return False
    match = _tables().topic.match(text, previous.end())
    return match is not None and match.end() == t.end


#: how far before a count the words of an office's own output may start (`向纪检监察机关移送问题线索`)
_OWN_OUTPUT_REACH = 24


def runs_up_to_now(text: str, t: TimeExpr, figure_start: int | None = None) -> bool:
    """Does time `t` start a period that runs up to the writing (`2023年以来…累计`, `从去年到现在`), or
    the work a total at `figure_start` runs from (`自2019年起…累计发掘面积3200平方米`)? Its totals hold for
    the year under discussion, not for the year it began ([up_to_now])."""
    if t.span or t.period or (t.year is None and t.relative is None):
        return False
    tables = _tables()
    rule = tables.relative.get(t.relative) if t.relative else None
    if rule is not None and rule["offset"] == 0:
        return False        # `今年以来`: a period within the year it names
    if tables.up_to_now_after.match(text, t.end) is not None:
        return True
    return (figure_start is not None and tables.since.match(text, t.end) is not None
            and tables.total in text[t.end:figure_start])


def counts_own_output(text: str, start: int) -> bool:
    """Does the figure at `start` count what the issuing office itself produced (`出具审计报告6份`,
    `移送问题线索5件`)? It was done in the year of writing, whatever year the office examined."""
    return _tables().own_output.search(text, max(0, start - _OWN_OUTPUT_REACH), start) is not None


def counts_fieldwork(text: str, start: int) -> bool:
    """Does the figure at `start` count an evaluation's own fieldwork (`发放问卷3200份`, `召开座谈会
    9场`) or state its method's weights (`指标权重为：…40%、…15%`)? ([fieldwork] in times.toml)"""
    tables = _tables()
    if tables.fieldwork.search(text, max(0, start - _OWN_OUTPUT_REACH), start) is not None:
        return True
    clause = _CLAUSE_END.search(text, 0, start)
    return tables.own_method.search(text, clause.end() if clause else 0, start) is not None


def fieldwork_year(text: str) -> int | None:
    """The year the document says its own work ran (`本次评估于2027年1月5日至2月20日进行`), which
    dates its fieldwork; None where it says none."""
    match = _tables().fieldwork_dated.search(text)
    return int(match.group("year")) if match else None


#: the end of the clause before a figure's own (the items of a list, `、`, and a colon stay in it)
_CLAUSE_END = regex.compile(char_class(CLAUSE_BREAKS, "\n"), flags=regex.REVERSE)


def starts_another_voice(line: str) -> bool:
    """The line heads another reader's comment under a post (`@网名　内蒙古　01-22`), stamps the
    next account's post (`2-27 09:00 来自 微博网页版`) or asks a Q&A's next question (`问：今年有什么
    新变化？`): no time said before it is carried past it."""
    tables = _tables()
    return any(p.match(line) is not None for p in (tables.comment_header, tables.post_stamp, tables.question))


def opens_frame(text: str, opening: TimeExpr) -> bool:
    """The time a sentence opens with dates the paragraphs after its own as well, up to
    the next heading: a word counted from the year of writing, which turns a text between
    the year behind it and the year ahead (`过去的一年，…` … `新的一年，我们承诺：` in a
    new-year letter; `去年实事办了十件整` … `今年还有新盼头` in a verse), or a line that is
    nothing but a time (`2024年度` over the lines of that year)."""
    tables = _tables()
    if tables.period_start.match(text, opening.end):
        return False        # `去年以来，…`: a period up to now, not the year behind
    if _relative_topic_of_clause(text, opening):
        return False        # `“我在这住了28年，去年小区装上了电梯。”`: a later clause's year turns no text
    rule = tables.relative.get(opening.relative) if opening.relative else None
    if rule is not None:
        return rule["base"] == "doc"
    return tables.year_label.fullmatch(narrow(text)) is not None


def announced_list(text: str, year: bool = True) -> tuple[int | None, int] | None:
    """(year, number of projects) that a title or lead announces
    (`2025年钟楼区十项民生实事项目出炉` → (2025, 10)), else None; with `year=False` also a
    count of the projects without a year (`十件民生实事将实行…`), as (None, 10)."""
    tables = _tables()
    match = (tables.announced if year else tables.projects_count).search(text)
    if not match:
        return None
    count = parse_number(match.group("count"))
    return (int(match.group("year")) if year else None, int(count)) if count else None


def plan_period(title: str | None) -> tuple[int, int] | None:
    """The first and last year of the several-year period a title names, also that of a
    plan it issues (`印发《…三年行动方案（2024—2026年）》的通知` → 2024, 2026), else None."""
    for m in _tables().pattern.finditer(narrow(title or "")):
        if m.group("y2"):
            return int(m.group("y1")), int(m.group("y2"))
    return None


def period_end(title: str | None) -> int | None:
    """The last year of the several-year period a title names, else None."""
    period = plan_period(title)
    return period[1] if period else None


def year_of_heading(text: str, of_a_title: bool = False) -> int | None:
    """The year a heading or table title states (a range gives its last year, a season
    across the turn of the year its first: `2030—2031年采暖期`); a dateline under a title
    (`（2029年1月12日）`) dates the writing, and states no year for the text under it. In the
    document's title, as in `title_year`, not the year of the occasion it was written for where it names
    another (`2027年元宵…登记簿（2026年民生实事交账专用）`: the text under it is of 2026)."""
    t = _heading_time(text, of_a_title)
    if t is None:
        return None
    return _season_start(t) if _tables().season.match(text, t.end) else t.year


def season_of_heading(text: str) -> TimeExpr | None:
    """The season across the turn of the year a heading or table title is of (`2024—2025雪季…统计`),
    whose year is that of writing where it is one of the two (`TimeExpr.resolve`), else None."""
    t = _heading_time(text)
    return t if t is not None and t.season_start is not None else None


def _heading_time(text: str, of_a_title: bool = False) -> TimeExpr | None:
    # (nor a labelled date line, `结算日期：2028年1月12日` between a slip's header and its body: when it was written)
    if _DATELINE.fullmatch(narrow(text)) or (_LABELLED_DATE.fullmatch(narrow(text)) and is_date_line(text)):
        return None
    # the year a rule or a span starts from (`专项附加扣除标准自2023年起提高，2024年度继续执行`) is not the
    # year the section is of (nor an issue's or a session's number, `（2025年第4次）`: when, not what of; nor an appendix's)
    stated = (t for t in find_times(text)
              if (t.year is not None and not t.period and not _inside_book_title(text, t.start) and not _is_timestamp(text, t)
                  and not _tables().period_start.match(text, t.end) and not _names_an_edition(text, t)
                  and not _award_round().match(text, t.end) and not _issue().match(text, t.end)
                  and not _tables().appended.search(text, 0, t.start)))
    first = next(stated, None)
    if of_a_title and first is not None and _tables().occasion.match(text, first.end):
        # the year of a title's occasion where the title names another (a greeting's own, alone, dates the greeted)
        return next(stated, first)
    return first


@lru_cache(maxsize=1)
def _award_round() -> regex.Pattern:
    return regex.compile(read_table("times.toml")["title"]["award_round"])


@lru_cache(maxsize=1)
def _edition_after() -> regex.Pattern:
    return regex.compile(read_table("times.toml")["yearbook"]["edition_after"])


def _names_an_edition(text: str, t: TimeExpr) -> bool:
    """`县情要览（2031年版）`: the year names the edition, which records the year before."""
    return _edition_after().match(text, t.end) is not None


def title_year(title: str, written: int | None = None) -> int | None:
    """The year a title says the document is about: its first year that is not the
    occasion it was written for (`…（2026年新春）`), else a year written without `年`
    (`数说2024｜…`); None where it states none. A season across the turn of the year
    (`2024—2025雪季`) is of the year of writing `written` where that is one of its two, else of
    its first."""
    tables = _tables()
    stated = [t for t in find_times(title) if t.year is not None and not t.period
              and (not _inside_book_title(title, t.start) or _book_subject(title, t.start))
              and not _is_timestamp(title, t) and not tables.appended.search(title, 0, t.start)]
    # an issue's date (`某某手机报 2028年1月12日第6期 年终特刊：2027民生答卷`) dates the issue, not
    # what it is about, where the title names a year of its own besides
    if undated := [t for t in stated if not _A_DAY.search(t.text)]:
        stated = undated
    elif stated and (bare := _bare_title_year(title)) is not None:
        return bare
    # …and so does a year numbering the issue where its subject line after a colon names another
    # (`厂务公开栏2027年第1期：2026年…兑现情况`); not a year of the page's first heading joined after it
    # (`渔港船讯 2027年第1期 【镇里的事】2026年…`: a section of the issue, which is about its own days)
    stated = [t for t in stated if not _issue_before_its_subject(title, t, stated)]
    if stated:
        return next((_season_year(t, written, title) if tables.season.match(title, t.end) else _year_of_months_across(t, stated, title, written)
                     for t in stated if not tables.occasion.match(title, t.end) and not _award_round().match(title, t.end)),
                    None)
    return _bare_title_year(title) or _relative_title_year(title, written)


@lru_cache(maxsize=1)
def _title_span() -> regex.Pattern:
    return regex.compile(read_table("times.toml")["title_span"]["pattern"])


def _relative_title_year(title: str, written: int | None) -> int | None:
    """The year a title names by a word counted from the time of writing (`去年的实事办得怎么样？` written in
    January 2046: 2045; `今年的民生实事清单来了`), where it is the title's one time: not a span (`三年来`) nor a
    total since, nor a word of the words it quotes (`网传“…明年起取消高龄津贴”？不实！`: the rumour's); a title of
    two times (`…一年来情况和明年打算`) is about both."""
    if written is None:
        return None
    relative = _tables().relative
    times = [t for t in find_times(title) if not _inside_marks(title, t.start, "“", "”")]
    if len(times) != 1 or _title_span().search(title) or (t := times[0]).relative not in relative or t.span or t.since or t.period:
        return None
    return t.resolve(written, None) if relative[t.relative]["base"] == "doc" else None


def _issue_before_its_subject(title: str, t: TimeExpr, stated: list[TimeExpr]) -> bool:
    """`t` numbers an issue (`2027年第1期`) whose subject follows a colon and names a year of its own
    (`：2026年…兑现情况`), with no break between them."""
    found = _issue_subject().match(title, t.end)
    return found is not None and any(u.start >= found.end() and not _BREAK.search(title, found.end(), u.start)
                                     for u in stated)


@lru_cache(maxsize=1)
def _issue_subject() -> regex.Pattern:
    """An issue's number (times.toml [title] issue) and the colon opening its subject line (`第1期：`,
    `第1期（总第58期）：`)."""
    return regex.compile(read_table("times.toml")["title"]["issue"] + r"(?:[（(][^（）()\n]{0,12}[）)])?\s*[:：]")


#: what parts one title from the next where titles are joined (a page's first heading after its title)
_BREAK = regex.compile(r"\s|【")


def numbers_an_issue(title: str, year: int | None) -> bool:
    """Is `year`, the year read from the title, one that numbers an issue or a session there
    (`2027年第1期`, `（2025年第4次）`; times.toml [title] issue), and the title states no other?"""
    stated = [t for t in find_times(title) if t.year is not None and not t.period]
    return bool(stated) and all(t.year == year and _issue().match(title, t.end) for t in stated)


@lru_cache(maxsize=1)
def _issue() -> regex.Pattern:
    return regex.compile(read_table("times.toml")["title"]["issue"])


def _year_of_months_across(t: TimeExpr, stated: list[TimeExpr], title: str, written: int | None) -> int | None:
    """A title's year; for a twelve months across the turn of the year (`2025年8月—2026年7月收支…汇报`,
    an association's year from one festival to the next), the year of writing where it is one of the
    two, as for a season, else the first."""
    after = next((u for u in stated if u.start > t.start), None)
    if (after is None or t.year is None or after.year != t.year + 1 or not _MONTH_END.search(t.text)
            or not _RANGE_JOIN.fullmatch(title, t.end, after.start)):
        return t.year
    return written if written in (t.year, after.year) else t.year


#: a time that ends in its month (`2025年8月`)
_MONTH_END = regex.compile(r"月$")

#: a date to the day, written with 年月日 or with points or strokes (`2029年1月12日`, `2029-01-12`)
_FULL_DATE = r"(?:19|20)\d\d\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|[-/.]\d{1,2}[-/.]\d{1,2})"
#: a line that is nothing but a date to the day, maybe in brackets (`（2029年1月12日）`, `2029-01-12`)
_DATELINE = regex.compile(rf"\s*(?:\(\s*)?{_FULL_DATE}\s*(?:\)\s*)?")
#: a line that is a label and a date to the day, nothing else (`结算日期：2028年1月12日`)
_LABELLED_DATE = regex.compile(rf"\s*\p{{Han}}{{1,8}}\s*[:：]\s*{_FULL_DATE}\s*")

#: a date to the day (`2028年1月12日`, `2028-01-12`)
_A_DAY = regex.compile(r"[日号]$|\d[-/.]\d{1,2}[-/.]\d{1,2}$")


def _bare_title_year(title: str) -> int | None:
    """A year a title writes without `年` (`数说2024｜…`), not a count (`新增学位2030个`)."""
    counted = _counted_spans(title)
    match = next((m for m in _tables().title_bare_year.finditer(narrow(title))
                  if not any(s <= m.start() < e for s, e in counted)), None)
    return int(match.group("year")) if match else None


def _season_start(t: TimeExpr) -> int | None:
    """The first of the two years of a season's range (`2024—2025年采暖期` → 2024)."""
    first = _FIRST_YEAR.match(narrow(t.text))
    return int(first.group()) if first and t.year is not None and int(first.group()) == t.year - 1 else t.year


_FIRST_YEAR = regex.compile(_YEAR)


def _season_year(t: TimeExpr, written: int | None, text: str) -> int | None:
    """The year of a season across the turn of the year that the text speaks of: the half a school
    year's term names (`2026—2027学年第一学期`: 2026); else the year of writing where it is one of the
    season's two (a notice before the winter: its first; a statistics release after it: its last), else its first."""
    start = _season_start(t)
    season_end = _tables().season.match(text, t.end).end()
    if _tables().first_term.match(text, season_end):
        return start
    if _tables().last_term.match(text, season_end):
        return t.year
    return written if written is not None and written in (start, t.year) else start


def _counted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of figures with a unit (`新增学位2030个`, `为2028户家庭`): a count, no year."""
    from .quantities import find_quantities

    return [(q.start, q.end) for q in find_quantities(text) if q.unit]


def proposed_list_year(text: str, times: list[TimeExpr], written: int | None) -> int | None:
    """The later year whose list a proposal puts a work on (`建议将“嵌入式托育点”列入2028年县级民生实事`
    written in 2027 → 2028), else None."""
    tables = _tables()
    return next((t.year for t in times if t.year is not None and written is not None and t.year > written
                 and tables.proposed_into.search(text, max(0, t.start - _INTO_REACH), t.start)
                 and tables.proposed_list.match(text, t.end)), None)


#: how far before the year the words that put a work on its list are read (`列入`)
_INTO_REACH = 2


def lead_year(lead: str, written: int | None, month: int | None = None) -> int | None:
    """The year the lead of a document with no year in its title says it is about
    (`记者1月8日获悉，2025年该区确定的十件民生实事已全部办结` in a release of January 2026;
    an editor's note `把2023年…的成绩编成快板`), where that is the year of writing or one
    next to it: the first year the lead names (not a day, nor the occasion it was written
    for, `2025年迎新春`), unless that starts a period (`自2019年起`) or sets a deadline, or
    the lead goes on to date something to the day in the year of writing (`_dates_a_day_of`).
    A relative word (`去年全市新增…`) is as often a comparison as the subject: the
    paragraphs it opens are dated by `opens_frame` instead. An earlier year is the year reported
    only in the year's first months (`month`, where known, up to `[lead] report_months`): later,
    it is background (`2024年全县连翘产量约2800吨` in a notice of June 2025)."""
    if written is None:
        return None
    whole, lead = lead, lead[:_tables().lead_chars]
    found = find_times(lead)
    usable = usable_times(lead, found)
    # (and the year of a work the lead reviews or issues, `议题：审议《…2026年民生实事项目（建议稿）》`)
    usable = sorted(usable + [t for t in found if t not in usable and _inside_book_title(lead, t.start)
                              and _book_subject(lead, t.start)], key=lambda t: t.start)
    first = next((t for t in usable if t.year is not None and not t.period
                  and not _dates_the_writing(lead, t, written, month)
                  and not t.span and not _tables().occasion.match(lead, t.end) and not _issue().match(lead, t.end)
                  and not _tables().figure_date.search(lead, max(0, t.start - _FIGURE_DATE_REACH), t.start)), None)
    if first is None or _is_timestamp(lead, first) or (_starts_period_or_deadline(lead, first)
                                                        and not _reports_up_to_year_end(lead, first)):
        return None
    if first.year < written:
        whole_times = find_times(whole)
        if ((_dates_a_day_of(whole, written, whole_times, month) or _lists_in(whole, written, whole_times))
                and not _reports_the_list_of(whole, first.year, whole_times)):
            return None
        if (month is not None and month > _tables().lead_report_months
                and not _lists_in(whole, first.year, whole_times)):
            return None     # unless the lead files its matter under that year's list (`本项目为…2022年民生实事…之一`)
    if _tables().season.match(lead, first.end) and written in (_season_start(first), first.year):
        return written      # `2030—2031年采暖期即将到来` in a letter of 2030: the season the text is written in
    return first.year if abs(first.year - written) <= _tables().lead_reach else None


def in_force_year(text: str, written: int | None) -> int | None:
    """The year a notice or a set of rules takes effect, where it says so of itself
    (`本通知自2027年1月1日起执行` under a date line of December 2026: 2027), the year its
    figures hold for; None where it says none, or names a year before the year of writing
    or further ahead than `[in_force] reach` (times.toml)."""
    tables = _tables()
    return _year_near(tables.in_force.search(text), written, 0, tables.in_force_reach)


def event_year(text: str, written: int | None) -> int | None:
    """The year after the year of writing, where the head of the text schedules the event it is a
    plan for then (`定于2028年1月12日至2月18日…举办` in a plan of December 2027); else None."""
    tables = _tables()
    return _year_near(tables.event.search(text, 0, tables.event_head), written, 1, 1)


def base_date_year(text: str, written: int | None) -> int | None:
    """The year of the base date a report states at its head (`评估基准日：2027年12月31日` in an
    evaluation of April 2028: 2027), which its findings hold for; None where it states none, or
    one after the year of writing or more than `[base_date] reach` years before it."""
    tables = _tables()
    return _year_near(tables.base_date.search(text, 0, tables.base_date_head), written, -tables.base_date_reach, 0)


def _year_near(found: "regex.Match | None", written: int | None, earliest: int, latest: int) -> int | None:
    """The year a document states of itself (`found`'s group `year`), where it lies `earliest` to
    `latest` years from the year of writing (any, where that is unknown); else None."""
    if found is None:
        return None
    year = int(found.group("year"))
    return year if written is None or earliest <= year - written <= latest else None


def _dates_the_writing(lead: str, t: TimeExpr, written: int, month: int | None) -> bool:
    """A day of the month of writing standing apart, a gap, a bracket or the line's end after it (`（…节目单第3号　2027年1月16日
    古北口镇文化站印）` under a lead of January 2027; held-out 358's 35801): the text's own date, printed in its masthead,
    not the year it is about (not a day something happened on, `于2032年1月6日正式运营`)."""
    if (month is None or t.year != written or not _tables().lead_day.search(t.text)
            or not _STANDS_APART.match(lead, t.end)):
        return False
    named = _MONTH_NAMED.search(t.text)
    return named is not None and int(named.group(1)) == month


#: what follows a date standing apart: a gap, a closing bracket, the line's end
_STANDS_APART = regex.compile(r"[ \t\u3000]|[）)]|\n|$")
#: the month a date names (`2027年1月16日`, `2027-01-16`)
_MONTH_NAMED = regex.compile(r"(?:年|[-/.])\s*0?(\d{1,2})\s*(?:月|[-/.])")


def _dates_a_day_of(lead: str, written: int, times: list[TimeExpr], month: int | None) -> bool:
    """Does the lead date something to the day in the year of writing (`…2026年建成，…于2027年
    1月6日正式运营` in a notice of February 2027)? Then it speaks from that year, as a lead that
    opens with such a date does, and the earlier year it names first is the history of what
    it describes, not the year it reports."""
    day = _tables().lead_day
    return any(t.year == written and day.search(t.text) and not _is_timestamp(lead, t)
               and not _dates_the_writing(lead, t, written, month) for t in times)


def _lists_in(lead: str, year: int, times: list[TimeExpr]) -> bool:
    """Does the lead file its matter under the livelihood list of `year` (`本项目列为区政府2022年
    “常有安居”民生实事…之一`)? Then that year is the matter's: in a notice of that year an earlier
    year the lead opened with is its history; in a report of a later month it is the year reported."""
    tables = _tables()
    return any(t.year == year and not t.period and tables.lead_listed_before.search(lead[max(0, t.start - 16):t.start])
               and tables.lead_listed_after.match(lead, t.end) for t in times)


def _reports_the_list_of(lead: str, year: int, times: list[TimeExpr]) -> bool:
    """Does the lead name the results of the livelihood list of `year` (`把2027年十件民生实事的完成情况刻成十组冰灯`)?
    Then it reports that year, whatever day of the year of writing it says it was made on."""
    return any(t.year == year and not t.period and _tables().lead_reported_after.match(lead, t.end) for t in times)


#: how far before a year its figure and bracket are looked for (`136.7万人（`)
_FIGURE_DATE_REACH = 12


def _reports_up_to_year_end(lead: str, t: TimeExpr) -> bool:
    """`截至2025年12月31日，…已办结25个`: the end of the year the lead reports, in a sentence of work done."""
    tables = _tables()
    sentence = regex.split(r"[。！？]", lead[t.start:], maxsplit=1)[0]
    return tables.year_end_cutoff.match(lead, t.start) is not None and tables.reported_done.search(sentence) is not None


def _starts_period_or_deadline(text: str, t: TimeExpr) -> bool:
    """`自2019年起`, `2019年以来`, `到2025年`."""
    return _tables().period_start.match(text, t.end) is not None or text[max(0, t.start - 1):t.start] in _NOT_DISCUSSED


def relative_year_of_heading(text: str) -> TimeExpr | None:
    """The year-of-writing word a heading with no year of its own states (`一、过去一年
    工作回顾`, `今年工作安排`), resolved once the year of writing is known; not where it starts a
    period up to now (`五、去年以来防御能力建设`: what has been done since, told as of the writing)."""
    tables = _tables()
    return next((t for t in find_times(text) if t.relative and tables.relative[t.relative]["base"] == "doc"
                 and not tables.period_start.match(text, t.end)), None)


def reviews_the_period(time: TimeExpr) -> bool:
    """Does a heading's relative year name the period its report reviews (`过去一年`), which
    the sections after it go on about, rather than a year of one section (`去年试点情况`)?"""
    return time.relative in _reviewed_period()


@lru_cache(maxsize=1)
def _reviewed_period() -> frozenset[str]:
    return frozenset(read_table("times.toml")["reviewed_period"]["words"])


def is_date_line(line: str) -> bool:
    """A line that dates the document (`来源：…　2024年12月27日`, `发布日期：2023-12-20`)."""
    return any(pattern.search(line) for pattern in _tables().date_lines)


def is_minutes_header(line: str) -> bool:
    """A line of a meeting's header (`出席：…共41人`, `记录：林晓燕`; times.toml [lead] minutes_header)."""
    return _minutes_header().match(line) is not None


@lru_cache(maxsize=1)
def _minutes_header() -> regex.Pattern:
    return regex.compile(read_table("times.toml")["lead"]["minutes_header"])


def yearbook_year(title: str | None, text: str) -> int | None:
    """The year a yearbook volume named in the title or the head of the text records
    (`某区年鉴（2025）` → 2024), or None where neither names one."""
    tables = _tables()
    for part in (title or "", text[:tables.yearbook_lead]):
        for pattern in tables.yearbook:
            if match := pattern.search(part):
                return int(match.group("year")) + tables.yearbook_offset
    return None


@dataclass(frozen=True, slots=True)
class _YearReview:
    months: frozenset[int]
    titles: re.Pattern
    month_after_year: "regex.Pattern"
    report_months: frozenset[int]
    report_titles: re.Pattern
    lead_list: "regex.Pattern"
    lunar_year_end_lead: "regex.Pattern"
    lunar_year_end_months: frozenset[int]


@lru_cache(maxsize=1)
def _year_review() -> _YearReview:
    data = read_table("times.toml")["year_review"]
    return _YearReview(frozenset(data["months"]), word_pattern(data["titles"]), regex.compile(data["month_after_year"]),
                       frozenset(data["report_months"]), word_pattern(data["report_titles"]), regex.compile(data["lead_list"]),
                       regex.compile(data["lunar_year_end_lead"]), frozenset(data["lunar_year_end_months"]))


def written_in_the_lunar_year_end(lead: str, month: int | None) -> bool:
    """A text dated in January or February whose lead opens on a lunar date of the closing year's last months
    (`腊月十八，…`; [year_review] lunar_year_end_lead): written before the Spring Festival, it counts its 今年 from the
    lunar year then ending, the year before its date's."""
    spec = _year_review()
    return month in spec.lunar_year_end_months and spec.lunar_year_end_lead.match(lead) is not None


def reviews_the_year_before(head: str, dated: tuple[int, int | None] | None, written: int,
                            subject: int | None) -> bool:
    """`2025年度环翠十大民生新闻揭晓` (its title or lead, `head`), `dated` `2026-01-08` by its date
    line (`date_line_date`), which says it was `written` in 2026, about the `subject` year 2025: a
    year-end review written in the first weeks of the next year, whose 今年 is the year it
    reviews, or an institution's annual report filed in the first half of it ([year_review] in times.toml)."""
    if subject != written - 1:
        return False
    spec = _year_review()
    if dated is None or dated[0] != written:
        return False
    if spec.report_titles.search(head) is not None and dated[1] in spec.report_months:
        return True
    return spec.titles.search(head) is not None and reviews_in_month(dated[1])


def year_of_writing_glossed(text: str) -> int | None:
    """The year of writing a text states by glossing a word counted from it with the year it means
    (`去年（2026年）`: 2027, `今年（2027年）`: 2027; [year_review] glossed_year): the year most of its
    glosses say, the first of those tied; None where it glosses none."""
    said = Counter(year + offset for offset, year in _glossed_relative_years(text))
    return max(said, key=said.__getitem__) if said else None


def _glossed_relative_years(text: str) -> Iterator[tuple[int, int]]:
    """(The relative word's offset from the year of writing, the year its gloss names) of each gloss."""
    relative = _tables().relative
    for match in _glossed_relative_year().finditer(text):
        yield -relative[match.group("rel")]["offset"], int(match.group("year"))


@lru_cache(maxsize=1)
def _glossed_relative_year() -> regex.Pattern:
    words = [word for word, rule in _tables().relative.items() if rule["base"] == "doc"]
    return regex.compile(f"(?P<rel>{alternation(words)}){read_table('times.toml')['year_review']['glossed_year']}")


def reviews_in_month(month: int | None) -> bool:
    """A text written in this month of the year reviews the year before, where it reports at all ([year_review] months)."""
    return month in _year_review().months


def date_line_date(text: str) -> tuple[int, int | None] | None:
    """(year, month) of the first line that dates the document (`2026-01-08 07:32`,
    `2026年2月6日`; month None where the line gives only the year), else None."""
    found = [match for pattern in _tables().date_lines if (match := pattern.search(text)) is not None]
    if not found:
        return None
    match = min(found, key=lambda m: m.start())
    month = _year_review().month_after_year.match(text, match.end("year"))
    return int(match.group("year")), int(month.group("month")) if month else None


def month_of_writing(dated: tuple[int, int | None] | None, published: str | None, source: str) -> int | None:
    """The month the document was written in, from where its year came (`document_year`'s
    source): its date line (`dated`, as `date_line_date` reads it), or the metadata's
    publication date (`2026-02`); None otherwise."""
    if source == "date line":
        return dated[1] if dated else None
    if source == "metadata" and published:
        month = _year_review().month_after_year.match(published, 4)
        return int(month.group("month")) if month else None
    return None


def list_reviewed_in_lead(lead: str, written: int | None, month: int | None) -> int | None:
    """The year before `written` where a text written in January opens its lead on last year's
    list (`编者按：去年2月，临泽县把…32项民生实事画在一张…示意图上`): a return visit or a
    look back, whose figures are of that year ([year_review] `lead_list`); else None. Not where the
    sentence goes on to the year of writing (`去年县上许下的11件民生实事，件件都办结了，…专唱2027年县上给咱办的
    12件实事`, a play's prologue of January 2027): the look back opens that year's list."""
    spec = _year_review()
    if written is None or month not in spec.months:
        return None
    first = next((t for t in find_times(lead) if not t.span), None)
    if first is None or first.year is not None or first.resolve(written, None) != written - 1:
        return None
    sentence_end = _SENTENCE_END.search(lead, first.end)
    sentence = lead[first.start:sentence_end.start() if sentence_end else len(lead)]
    if any(t.resolve(written, None) == written for t in find_times(sentence) if not t.span):
        return None
    return written - 1 if spec.lead_list.search(sentence) else None


#: a sentence's end, or the line's
_SENTENCE_END = regex.compile(char_class(SENTENCE_ENDS) + r"|\n")


def reviewed_when_published(head: str, published: str | None, written: int, subject: int | None) -> bool:
    """The same review of the year before where the text has no date line and its metadata
    dates it (`published` `2027-01-15`, a library's `2026年度报告`): its 本年 is the year it reviews."""
    if subject != written - 1 or not published:
        return False
    spec = _year_review()
    if spec.titles.search(head) is None:
        return False
    month = spec.month_after_year.match(published, 4)
    return month is not None and int(month.group("month")) in spec.months


@dataclass(frozen=True, slots=True)
class _YearTurn:
    titles: re.Pattern
    year_before: regex.Pattern       # the year a title names just before its address word
    late_months: frozenset[int]


@lru_cache(maxsize=1)
def _year_turn() -> _YearTurn:
    data = read_table("times.toml")["year_turn"]
    return _YearTurn(word_pattern(data["titles"]), regex.compile(data["year"]), frozenset(data["late_months"]))


#: how far before the address word its year may be written (`二〇二五年新年贺词`)
_YEAR_TURN_REACH = 8


def greeted_year(head: str, written: int, month: int | None) -> int | None:
    """The year an address given at the turn of the year greets ([year_turn] in times.toml):
    `…市长二〇二五年新年贺词` dated 2024-12-31 or 2025-01-01 greets 2025, which is its 今年 and its
    `新的一年`, while its `过去的一年` is 2024. The year its title (`head`) names before the address
    word, else the year after the date (`written`, `month`) where that is late December, else the
    date's year; None where `head` names no such address, or a year that is neither the date's
    nor the next."""
    spec = _year_turn()
    address = spec.titles.search(head)
    if address is None:
        return None
    named = spec.year_before.search(narrow(head[max(0, address.start() - _YEAR_TURN_REACH):address.start()]))
    if named is not None:
        year = int(parse_number(named.group("year")))
        return year if year in (written, written + 1) else None
    return written + 1 if month in spec.late_months else written


@lru_cache(maxsize=1)
def _reinspection_titles() -> re.Pattern:
    return word_pattern(read_table("times.toml")["reinspection"]["titles"])


def names_a_reinspection(heading: str) -> bool:
    """Does the title or heading name a re-inspection of works done before (`2021年民生实事项目
    “回头看”情况`)? Its year names the works checked, not the year of the section's figures."""
    return _reinspection_titles().search(heading) is not None


def reinspects_an_earlier_year(title: str, subject: int | None, written: int | None) -> bool:
    """Is the document a re-inspection (`回头看`) in the year of writing of the works of the
    earlier year its title names (`内江市2021年民生实事项目“回头看”情况报告`, written in 2022)?
    Its figures are then the re-inspection's, of the year it ran ([reinspection] in times.toml)."""
    if subject is None or written is None or subject >= written:
        return False
    return names_a_reinspection(title)


def document_year(title: str | None, text: str, published_year: int | None,
                  dated: tuple[int, int | None] | None) -> tuple[int | None, str]:
    """The year the document was written, which 今年 means, and where it came from: a
    date line (`dated`, as `date_line_date` reads it), else the metadata's publication date, else the title, else the year the
    text states most often (a report is about the year it keeps naming). A title's year
    is the year of the whole text (the run's subject year): a 2023 list published in
    December 2022 says 今年 for 2022 and lists 2023's figures. A yearbook's volume in the
    title or at the head of the text comes first: the volume of 2025 is written on 2024."""
    if (year := yearbook_year(title, text)) is not None:
        return year, "yearbook volume"
    if dated is not None:
        return dated[0], "date line"
    if published_year:
        return published_year, "metadata"
    if title and (year := year_of_heading(title)):
        return year, "title"
    counts = Counter(t.year for t in find_times(text) if t.year is not None and not _inside_book_title(text, t.start))
    if counts:
        return counts.most_common(1)[0][0], "most frequent year in the text"
    return None, "unknown"
