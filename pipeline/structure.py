"""Structure: the cleaned text → blocks (title, headings, paragraphs, figure boxes,
table rows), each carrying the context it sits in.

Context is computed here once and carried down; the extractors read it:
- the category a heading, table group or project name assigns;
- the year of the nearest heading or table title that states one;
- for table rows, the project, leader, lead and partner units and the cells holding figures.

Headings come in the forms the documents show: markdown (`### “常有善育”，…`),
numbered (`1 “常有善育”工程`, `一、常有善育`, `（一）…`), and short standalone lines
(`“常有善育”工程`, `民生保障：密织保障网…`). Tables are read by pipeline/tables.py.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple
from functools import lru_cache
from dataclasses import dataclass, field, replace

import regex

from extractors.categories import (OTHER, boundary_winner, category_by_alias, category_of_name, category_of_field_line, category_of_heading, category_of_item,
                                   inline_phrase, is_a_site_name, without_sender,
                                   heading_in_setting, leaves_the_frame,
                                   is_a_service_page, names_a_stage, names_a_topic, without_audience, names_one_project, names_one_topic, names_the_list,
                                   speaks_as, subject_of_a_standard, without_the_facility_makeup, goes_on_from_the_row_above,
                                   project_carried_out, project_of_field, speaks_of_the_list,
                                   title_word_shortened, topic_scores, work_scores)
from extractors.numerals import parse_number
from extractors.place import without_leading_places
from extractors.quantities import find_quantities
from extractors.punctuation import BULLETS, CELL_BARS, CLAUSE_BREAKS, COLONS, SEMICOLONS, SENTENCE_ENDS, char_class
from extractors.stance import names_a_part
from extractors.tables import alternation, read_table, word_pattern
from extractors.times import (TimeExpr, announced_list, find_times, is_date_line, names_a_reinspection, relative_year_of_heading,
                              season_of_heading,
                              reviews_the_period, year_of_heading)

from .slides import slide_titles
from .spans import display_width, line_end, spans_without, trimmed
from .tables import (DeclaredUnit, GroupRow, HeaderUnit, TableRow, TableText, closes_its_text, column_units_before,
                     find_tables, is_table_note, money_scale_of, table_rows, title_before_bracket, unit_captioned, unit_declared,
                     money_scales_of_notes, unit_line_of_the_head, units_listed_before, unit_line_after, unit_line_before, unit_line_scale_before)


@dataclass(frozen=True, slots=True)
class Context:
    category: str | None = None      # assigned by a heading, table group or project name
    section_year: int | None = None  # stated by the nearest heading or table title
    heading: str | None = None
    #: the category is a brand or group the document names (`“常有善育”工程`), not a
    #: topic it was read from: a table column's topic does not override it
    named: bool = False
    #: a heading's relative year (`过去一年工作回顾`), where no heading states a year:
    #: `section_year` once the year of writing is known (resolve_section_years)
    section_relative: TimeExpr | None = None
    #: a unit the text declares for the bare figures after it (`（单位：亿元）`)
    unit: DeclaredUnit | None = None
    #: what the mark of a checkbox list's item says of it (`☑` done, `⏳` progress, `❌`
    #: failed, `☐` open): the status of the results on its line
    status: str | None = None
    #: the category is that of the one matter the whole document is about (a project, a
    #: programme's service guide, a proposal): its satisfaction and rates are that matter's
    subject: bool = False
    #: the heading above `heading` (below the title): what its figures are where `heading` says nothing
    outer_heading: str | None = None
    #: the one topic the document's title names (`某小区2021年度物业服务报告`): what its figures
    #: are about where neither the document nor their own words name any
    document_topic: str | None = None
    #: the document's title without its sender and place (`春节后务工人员“点对点”返岗包车发车计划`):
    #: the setting a boundary rule may read beside a figure's own words
    document_setting: str | None = None
    #: the date (year, month) a dated entry of a page of entries was written on (a search hit, a news
    #: list's item): its 今年 and, where its title states no year, the year of its figures
    written: tuple[int, int | None] | None = None
    #: the one topic of the title that the lead files under another brand (`老年大学…招生简章` led by
    #: `围绕“常有颐养”，…`): (the title's topic, the brand); a figure of that topic takes the brand
    refiled: tuple[str, str] | None = None


@dataclass(slots=True)
class Block:
    kind: str                     # title, heading, paragraph, caption, figure, table_row, contents
    start: int                    # offsets in the cleaned text
    end: int
    text: str
    context: Context
    row: TableRow | None = None
    #: where to look for figures: the whole block, or a table row's content cells
    regions: list[tuple[int, int]] = field(default_factory=list)
    #: a table row adding up others: `all` (`合计`), `sub` (`小计`), `class` (an account class's)
    total: str | None = None


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    is_cell: bool       # starts with a tab
    blank: bool         # nothing but white space, and not a cell (a lone tab is an empty cell)


#: How many underlined headings show that a text marks all its headings so
_MARKED_BY_UNDERLINES = 2


@lru_cache(maxsize=1)
def _underline() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["underline"]["line"])


@lru_cache(maxsize=1)
def _underline_anywhere() -> regex.Pattern:
    """`_underline` searched for in a whole text, from the start of a run of spacing only: from
    each place inside a long blank line it would read the rest of the run again."""
    return regex.compile(r"(?<![ \t])" + _underline().pattern)


def _spelled(lines: list[_Line]) -> str:
    """The text the lines spell, joined by `\n`: one search of it (a `^` pattern with
    MULTILINE) tells whether any line might match, so that a text with no such line is not
    asked line by line: most texts have no underline, no card and no chart."""
    return "\n".join(line.text for line in lines)


def _underlined_headings(lines: list[_Line], spelled: str) -> dict[int, int]:
    """Headings set off by the line under them (`概述` over `====`; data/structure.toml
    [underline]): the index of each heading's line → its level. Their underlines and
    overlines become blank lines, which part the heading from its section."""
    styles: list[tuple[str, bool]] = []
    found: dict[int, int] = {}
    if _underline_anywhere().search(spelled) is None:
        return found
    for i in range(1, len(lines)):
        mark = _underline().fullmatch(lines[i].text)
        above = lines[i - 1]
        words = above.text.strip()
        # an underline spans its heading (reStructuredText asks for its full width, two
        # columns a Han character; one a character is enough here): a short rule under a
        # longer line closes a block (AsciiDoc's `----`), it underlines nothing
        if (mark is None or above.blank or above.is_cell or i - 1 in found or len(words) > _MAX_HEADING
                or len(lines[i].text.strip()) < len(words) or _underline().fullmatch(above.text)
                or words[-1] in _CLOSING):
            continue
        overline = i >= 2 and lines[i - 2].text.strip() == lines[i].text.strip()
        style = (mark.group("mark"), overline)
        if style not in styles:
            styles.append(style)
        found[i - 1] = styles.index(style) + 1
        lines[i].blank = True
        if overline:
            lines[i - 2].blank = True
    return found


#: A line that is one bare markup tag and nothing else (`<item>`, `</entry>`): it parts the
#: elements of a feed as a blank line parts paragraphs (a tag with attributes may hold
#: figures: `<row target="…"/>` stays a line of text)
_LONE_TAG = regex.compile(r"\s*</?[A-Za-z][\w:.-]*\s*/?>\s*")


@lru_cache(maxsize=1)
def _rule() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["rule"]["line"])


def parted_by_a_rule(text: str, start: int, end: int) -> bool:
    """Does a rule drawn across the page (`━━━━`, structure.toml [rule]) stand on a line of its own
    between `start` and `end`?"""
    return any(_rule().fullmatch(line) for line in text[start:end].split("\n"))


@lru_cache(maxsize=1)
def _message_spec() -> tuple[regex.Pattern, int, regex.Pattern, regex.Pattern]:
    spec = read_table("structure.toml")["message"]
    return regex.compile(spec["head"]), spec["min_heads"], regex.compile(spec["time"]), regex.compile(spec["mail"])


def _message_heads(lines: list[_Line]) -> set[int]:
    """The lines that head the messages of a chat export or a printed mail thread (data/structure.toml
    [message]): a chat's, where the text is one (`min_heads` or more, a sender heading two); a mail's
    sender line wherever it stands, quoted or not."""
    head, least, time, mail = _message_spec()
    mails = {i for i, line in enumerate(lines) if mail.match(line.text)}
    heads = {i: line.text for i, line in enumerate(lines) if not line.blank and head.match(line.text)}
    senders = Counter(time.sub("", text).strip(" \t\u3000:：") for text in heads.values())
    return mails | (set(heads) if len(heads) >= least and max(senders.values()) >= 2 else set())


def _boxed(lines: list[_Line], i: int) -> bool:
    """Is line `i` set off between two rules (`━━━━` above and below), as a banner heading is?"""
    return 0 < i < len(lines) - 1 and all(_rule().fullmatch(lines[k].text) for k in (i - 1, i + 1))


def _parts_like_a_blank(raw: str, tags: bool) -> bool:
    """A line that parts paragraphs as a blank line does: a bare markup tag, or a rule
    drawn across the page (data/structure.toml [rule])."""
    return (tags and _LONE_TAG.fullmatch(raw) is not None) or _rule().fullmatch(raw) is not None


def _lines(text: str) -> list[_Line]:
    lines, position = [], 0
    tags = "<" in text      # a text without one has no tag line to ask each line about
    for raw in text.split("\n"):
        is_cell = raw.startswith("\t")
        blank = not raw.strip() or _parts_like_a_blank(raw, tags)
        lines.append(_Line(position, position + len(raw), raw, is_cell, not is_cell and blank))
        position += len(raw) + 1
    return lines


#: A property or field line: a short key and a colon open it (`完成：22个`; outline.py reads
#: `:完成: 22个` so)
def _field_opening(shortest: int, bulleted: bool = False) -> regex.Pattern:
    """A line's opening key of `shortest` to 8 characters and its colon (`完成：`, `计划投资：`),
    `bulleted`: after a bullet too (`▸ 家庭医生：`, a web page's list of services)."""
    bullet = rf"(?:{char_class(BULLETS)}[ \t\u3000]*)?" if bulleted else ""
    return regex.compile(rf"[ \t\u3000]*{bullet}(?P<key>[^\s\d{COLONS}{CLAUSE_BREAKS}]{{{shortest},8}}){char_class(COLONS)}")


FIELD_OPENING = _field_opening(1)
#: A card's field line (`完成率：…`, `年度目标：…`): a label of two characters or more and a colon open it
CARD_FIELD = _field_opening(2, bulleted=True)


# ----------------------------------------------------------------------------- cards


@dataclass(frozen=True, slots=True)
class _CardMarks:
    open: regex.Pattern
    margin: regex.Pattern
    close: regex.Pattern
    title_end: regex.Pattern
    open_anywhere: regex.Pattern     # `open` at the start of any line of a text


@lru_cache(maxsize=1)
def _card_marks() -> _CardMarks:
    spec = read_table("structure.toml")["card"]
    return _CardMarks(*(regex.compile(spec[key]) for key in ("open", "margin", "close", "title_end")),
                      regex.compile(spec["open"], regex.MULTILINE))


#: Marks that a table drawn in box characters has and a card has not: the junctions of its
#: columns (`┬`, `┼`) and a vertical bar inside a line (`│ 项目 │ 数量 │`)
_TABLE_JUNCTIONS = regex.compile(r"[┬┼┴╦╬╩┳╋┻├┤]")
_INNER_BAR = regex.compile(r"\S[ \t\u3000]*[│┃║][ \t\u3000]*\S")
#: The longest line that titles a card whose top edge is bare (`┌────┐` over `│ 就业创业`)
_MAX_CARD_TITLE = 20


@dataclass(frozen=True, slots=True)
class _Card:
    close: int                   # the index of the closing line
    title: str | None            # the card's title, if it has one
    title_start: int             # its span in the text
    title_end: int
    body: int                    # the index of the first line of the card's body


def _cards(lines: list[_Line], spelled: str) -> dict[int, _Card]:
    """The cards of a page dump (data/structure.toml [card]), by the index of their opening
    line; the lines inside a card lose their margin (`│ `, and a right edge), so that a line
    reads as it would on the page. A box-drawn table (junctions, bars inside its lines) is
    no card."""
    marks, cards, i = _card_marks(), {}, 0
    if marks.open_anywhere.search(spelled) is None:
        return cards
    while i < len(lines):
        if marks.open.match(lines[i].text) is None or _TABLE_JUNCTIONS.search(lines[i].text):
            i += 1
            continue
        k = i + 1
        while k < len(lines) and (lines[k].blank or _card_line(lines[k], marks)):
            k += 1
        if k < len(lines) and k > i + 1 and marks.close.match(lines[k].text):
            cards[i] = _card(lines, i, k)
        elif (last := _unclosed_card_end(lines, i)) is not None:
            cards[i] = _card(lines, i, last, closed=False)
            k = last + 1
        i = max(i + 1, k)
    return cards


def _card_line(line: _Line, marks: _CardMarks) -> bool:
    """A line inside a card: its margin, and no bar or junction of a box-drawn table in it."""
    return (marks.margin.match(line.text) is not None and not _INNER_BAR.search(line.text)
            and not _TABLE_JUNCTIONS.search(line.text))


def _unclosed_card_end(lines: list[_Line], i: int) -> int | None:
    """The last line of a card opened at `i` and never closed by a corner (`┌─ 卡1　常有善育` over
    its `│ …` lines, then a blank line or the next card): its run of margin lines, at least one."""
    marks, k = _card_marks(), i + 1
    while k < len(lines) and _card_line(lines[k], marks):
        k += 1
    if k == i + 1 or (k < len(lines) and not lines[k].blank and marks.open.match(lines[k].text) is None):
        return None
    return k - 1


def _card(lines: list[_Line], i: int, close: int, closed: bool = True) -> _Card:
    """The card from line `i` to line `close` (its closing corner, or where it is not `closed`, its
    last line), its margins stripped: titled by its opening line, or by its first line where its
    top edge is bare."""
    marks = _card_marks()
    for k in range(i + 1, close + 1):
        _strip(lines, k, (marks.close if k == close and closed else marks.margin).match(lines[k].text))
    _strip(lines, i, marks.open.match(lines[i].text))
    line, body = lines[i], i + 1
    if not line.text.strip():
        first = lines[i + 1]
        if first.blank or any(ch.isdigit() for ch in first.text) or len(first.text.strip()) > _MAX_CARD_TITLE:
            return _Card(close, None, line.start, line.start, body)
        line, body = first, i + 2
    cut = marks.title_end.search(line.text)
    title = line.text[:cut.start() if cut else len(line.text)].strip()
    return _Card(close, title or None, line.start, line.start + len(title), body)


#: What may close a line of a card on the right (`│ 普惠托位　1620个 │`, `└─────┘`)
_RIGHT_EDGE = "│┃║┐┘╮╯┓┛╗╝"
_EDGE_FILL = "─━═┄┈╌ \t\u3000"


def _strip(lines: list[_Line], k: int, mark: regex.Match | None) -> None:
    """Line `k` without its card mark at the start (`mark`) and its right edge."""
    line = lines[k]
    if line.blank or mark is None:
        return
    text = line.text[mark.end():].rstrip(_EDGE_FILL)
    if text[-1:] and text[-1] in _RIGHT_EDGE:
        text = text[:-1].rstrip(_EDGE_FILL)
    lines[k] = _Line(line.start + mark.end(), line.start + mark.end() + len(text), text, False, not text.strip())


# ------------------------------------------------------------------------ charts


@dataclass(frozen=True, slots=True)
class _ChartMarks:
    start: regex.Pattern
    end: regex.Pattern
    section: regex.Pattern
    task: regex.Pattern
    title: regex.Pattern
    directive: regex.Pattern
    start_anywhere: regex.Pattern    # `start` at the start of any line of a text


@lru_cache(maxsize=1)
def _chart_marks() -> _ChartMarks:
    spec = read_table("structure.toml")["gantt"]
    return _ChartMarks(*(regex.compile(spec[key]) for key in ("start", "end", "section", "task", "title", "directive")),
                       regex.compile(spec["start"], regex.MULTILINE))


@dataclass(frozen=True, slots=True)
class _ChartLine:
    kind: str        # open, close (the chart's first and end lines), section, task, title, or skip (a directive)
    start: int       # the span of its words in the text: a section's label, a task's name
    end: int


def _chart_lines(lines: list[_Line], spelled: str) -> dict[int, _ChartLine]:
    """The lines of Gantt-chart sources (data/structure.toml [gantt]), by index: from a
    chart's opening line to its fence or end mark."""
    marks, found, inside = _chart_marks(), {}, False
    if marks.start_anywhere.search(spelled) is None:
        return found
    for k, line in enumerate(lines):
        if not inside:
            if marks.start.match(line.text):
                inside = True
                found[k] = _ChartLine("open", line.start, line.start)
            continue
        if marks.end.match(line.text):
            inside = False
            found[k] = _ChartLine("close", line.start, line.start)
        elif not line.blank:
            found[k] = _chart_line(line, marks)
    return found


def _chart_line(line: _Line, marks: _ChartMarks) -> _ChartLine:
    for kind, pattern, group in (("skip", marks.directive, None), ("title", marks.title, "label"),
                                 ("section", marks.section, "label"), ("task", marks.task, "name")):
        if (m := pattern.match(line.text)) is not None:
            start, end = m.span(group) if group else (0, 0)
            return _ChartLine(kind, line.start + start, line.start + end)
    return _ChartLine("skip", line.start, line.start)


# ------------------------------------------------------------------------ todo.txt


@dataclass(frozen=True, slots=True)
class _TodoMarks:
    opening: regex.Pattern
    dated: regex.Pattern
    tag: regex.Pattern
    min_lines: int


@lru_cache(maxsize=1)
def _todo_marks() -> _TodoMarks:
    spec = read_table("structure.toml")["todo"]
    return _TodoMarks(regex.compile(spec["opening"]), regex.compile(spec["dated"]), regex.compile(spec["tag"]),
                      spec["min_lines"])


_WORD = regex.compile(r"\S+")


def _todo_lines(lines: list[_Line]) -> dict[int, _ChartLine]:
    """The task lines of a todo.txt text (data/structure.toml [todo]), by index, each with
    the span of its words; none if the text has too few to be one."""
    marks, found = _todo_marks(), {}
    for k, line in enumerate(lines):
        opening = marks.opening.match(line.text)
        dated = None if opening else marks.dated.match(line.text)
        start = (opening or dated).end() if (opening or dated) else None
        if start is None:
            continue
        end = _before_tags(line.text, start, marks.tag)
        if end > start and (opening or end < len(line.text.rstrip())):
            found[k] = _ChartLine(TODO, line.start + start, line.start + end)
    return found if len(found) >= marks.min_lines else {}


def _before_tags(text: str, start: int, tag: regex.Pattern) -> int:
    """Where a task's words end: before the tags that close its line."""
    words = [m.span() for m in _WORD.finditer(text, start)]
    while words and tag.fullmatch(text, *words[-1]):
        words.pop()
    return words[-1][1] if words else start


# ------------------------------------------------------------------------- headings

_MARKDOWN = regex.compile(r"^(#{1,6})\s+(.+?)\s*(?:#+\s*)?$")
#: Numbering styles, outermost first: `一、` > `（一）` > `1.`/`1、`/`01 `/`1️⃣` > `（1）`/`①`. The
#: style gives the level, so a heading closes every heading below it and its equals,
#: whatever its indentation.
_NUMBERED = regex.compile(
    # (a section's number set off by a full-width space, as official forms print it: `一　工程概况`)
    r"^(?:(?P<han>[一二三四五六七八九十]{1,3})(?:[、.．]|\u3000+(?=\p{Han}))\s*"
    r"|[（(](?P<paren>[一二三四五六七八九十]{1,3})[）)][、.．]?\s*"
    # a report's numbered sections (`4.3　2024年承诺`): the number of a section within its chapter
    r"|(?P<decimal>\d{1,2}[.．]\d{1,2})[ \t\u3000]+"
    r"|(?P<arabic>\d{1,2})(?:[ \t\u3000、]|[.．](?!\d(?!\d{3}年)))\s*"
    r"|(?P<keycap>\d{1,2}\uFE0F?\u20E3|\U0001F51F)(?:\s*\p{Extended_Pictographic}\uFE0F?)*\s*"
    r"|(?:[（(](?P<paren_arabic>\d{1,2})[）)]|(?P<circled>[①-⑳]))[、.．]?\s*"
    # a form's lettered parts (`A．放流苗种`, `B、资金和人员`): a capital and its stop before the part's name
    r"|(?P<letter>[A-H])[、.．](?=\s*\p{Han})\s*"
    # the stops of an itinerary, the parts of a text, the questions of a questionnaire and the zones
    # of an exhibition (`第一站（9:00）某小区改造`, `第二部分`, `第3题　您是否赞成？`, `第二展区　常有优学`),
    # the items of a list and the entries of an account book, in capitals too (`第二项　就业`, `第贰笔　〔交通畅行〕`),
    # the poems of a sheet of verse and the acts and scenes of a script (`第一首　托位托娃娃（常有善育）`)
    r"|第(?P<ordinal>[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾]{1,3}|\d{1,2})(?:站|部分|篇|题|展区|单元|首|幕|场|(?P<entry>项|件|笔))(?:[（(][^（()）]{1,12}[）)])?[、.．：:]?\s*)(?P<rest>\S.*)$")
#: keycap emoji (`1️⃣ 👶 小宝宝有人带了`, a WeChat post's groups) rank with `1.`
_NUMBER_LEVEL = {"han": 2, "paren": 3, "decimal": 3, "letter": 3, "arabic": 4, "keycap": 4, "ordinal": 4, "paren_arabic": 5,
                 "circled": 5}
_FIGURE = regex.compile(r"^[\d.,，]+(?:[万亿])?[余多]?\s*\S{1,4}$")
_CLOSING = CLAUSE_BREAKS + "、" + COLONS + "…"
_MAX_HEADING = 40
#: A shorter standalone line is a label (`附件`, `附表1`), not a heading.
_MIN_PLAIN_HEADING = 4


@dataclass(slots=True)
class _Heading:
    level: int
    text: str
    numbered: bool = False      # a list item's number: never the document's title
    status: str | None = None   # a checkbox item's: what its mark says (data/structure.toml [checkbox])


def _heading(line: str, markdown_doc: bool, standalone: bool, bracketed_siblings: bool = False) -> _Heading | str | None:
    """A heading, "figure" for a headline figure box (`1 15.8万人`), or None; `bracketed_siblings`: the
    text heads its sections with labels in black brackets that name topics (see _bracketed_heading)."""
    stripped = line.strip()
    if not stripped:
        return None
    if match := _MARKDOWN.match(stripped):
        return _Heading(len(match.group(1)), match.group(2))
    if bannered := banner_label(stripped):
        return _Heading(2, bannered, numbered=True)       # a section of a series, never the text's title
    if len(stripped) > _MAX_HEADING + 10:
        return None
    if titled := _titled_item(stripped):      # `（一）办好人民满意的教育。` on a line of its own
        return titled
    if bracketed := _bracketed_heading(stripped, bracketed_siblings):
        return bracketed
    if marked := _marked_heading(stripped):
        return marked
    if attached := _attachment_title().match(stripped):
        return None if stripped[-1] in _CLOSING else _Heading(2, attached.group("title"), numbered=True)
    if (label := stripped.rstrip("：:")) in _notes_labels() or _opinion_label().match(stripped):
        return _Heading(2, label, numbered=True)
    if stripped[-1] in _CLOSING or len(stripped) > _MAX_HEADING or is_date_line(stripped) or is_caption(stripped):
        return None
    if match := _NUMBERED.match(stripped):
        rest = match.group("rest")
        if "。" in rest.rstrip("。"):
            return None      # an item that states a whole sentence (`2.为1000户…改造。（责任单位：…）`)
        if match.group("arabic") and _FIGURE.match(rest) and year_of_heading(rest) is None:
            return "figure"     # `1 15.8万人`, but `04 2023年打算` is a section of that year
        if match.group("decimal") and any(q.start == 0 for q in find_quantities(stripped)):
            return None         # `1.5　万人`: a figure with a space in it, no section
        if match.group("entry") and find_quantities(rest):
            return None         # `第二项：新增托位30个`: a line of the list, heading no lines under it
        return _Heading(_NUMBER_LEVEL[_style(match)], rest, numbered=True)
    if standalone and not markdown_doc and len(stripped) >= _MIN_PLAIN_HEADING and not lists_the_contents(stripped):
        return _Heading(2, stripped)
    return None


@lru_cache(maxsize=1)
def _contents_label() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["contents_label"])


@lru_cache(maxsize=1)
def _contents_entry() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["contents_entry"])


def is_contents_entry(line: str) -> bool:
    """A contents page's line (`预告　2027年民生实事开始征集 ………… 8`): a part's name and its page."""
    return _contents_entry().match(line) is not None


def lists_the_contents(text: str) -> bool:
    """An issue's contents line (`【本期导读】一周通关数据｜全年回顾｜…`): its parts' names, no
    sentence (`【本期导读】截至2025年12月31日，…已办结25个` is the issue's lead)."""
    found = _contents_label().match(text)
    return found is not None and not regex.search(r"[，,。；;]", text[found.end():])


#: A topic label in black brackets (`【托育服务】`); a label never runs over a line break
_BRACKETED_LABEL = r"【(?P<label>[^【】\n]{2,12})】"
#: A label in black brackets on a line of its own (`【安居宜居】`), as posts head their parts
#: (and a note in brackets after it, `【政策内容】（以下标准为2026年执行标准）`, which says of what follows)
_BRACKETED = regex.compile(rf"^{_BRACKETED_LABEL}(?:[（(][^（()）\n]{{1,40}}[）)])?$")
#: …and a label with its section's title after it on the line, no clause or sentence mark in it, nor a bar
#: between the names of parts (an issue's contents, `【本期导读】一周数据｜全年回顾`), nor a note in brackets
#: (`【后续治疗费用预估】（某医院2021年…）`: the label's aside)
_BRACKETED_TITLED = regex.compile(rf"^{_BRACKETED_LABEL}\s*(?P<title>[^【】（）()\n{CLAUSE_BREAKS}{COLONS}、{regex.escape(CELL_BARS)}]{{4,24}})$")


#: A group's label over the items of a checkbox list: in black brackets or closed by a colon
_GROUP_LABEL = regex.compile(rf"^(?:{_BRACKETED_LABEL}|(?P<label>[^\d【】，,。；;：:]{{2,12}})[：:])$")


def _group_of_checkboxes(lines: list[_Line], i: int, bracketed_topics: bool = False) -> _Heading | None:
    """A label right over a checkbox item (`【业有所就】` or `住房保障：` over `☑ 城镇新增
    就业　8760人`), or a label in black brackets right over a bulleted item (`【其他口子】` over
    `▲开发公益性岗位60个`) where other such labels name topics (`bracketed_topics`: `【出行口子】`): the
    heading of a group of the list, whether or not it names a topic (a local brand the tables do not
    know, a group of what is left); it closes the group before it."""
    found = _GROUP_LABEL.match(lines[i].text.strip())
    if found is None:
        return None
    following = next((k for k in range(i + 1, len(lines)) if not lines[k].blank), None)
    if following is None:
        return None
    item = lines[following].text
    bulleted = (bracketed_topics and lines[i].text.strip().startswith("【") and _list_bullet().match(item) is not None
                and _caption().match(item) is None)
    if not bulleted and _checkbox_lead(item) is None:
        return None
    return _Heading(2, found.group("label"))


@lru_cache(maxsize=1)
def _list_bullet() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["list_bullet"])


@lru_cache(maxsize=1)
def _numbered_bracket() -> regex.Pattern:
    """A numbered part in black brackets and its name on one line (structure.toml numbered_bracket)."""
    return regex.compile(read_table("structure.toml")["numbered_bracket"])


@lru_cache(maxsize=1)
def _notes_labels() -> frozenset[str]:
    return frozenset(read_table("structure.toml")["notes"]["labels"])


@lru_cache(maxsize=1)
def _opinion_label() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["opinion"]["label"])


@lru_cache(maxsize=1)
def _attachment_title() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["attachment"]["title"])


def _bracketed_heading(line: str, siblings: bool = False) -> _Heading | None:
    """`【健康芜湖】` over the lines after it, even without a blank line between; only a
    label naming a topic or brand, or a part of a report (`【群众评价】`; a proposal's
    `【现状与问题】`, `【建议】`, which also say what its figures are: it ends the section
    above): `【图片】`, `【原标题】` are page furniture, no section. A numbered part
    (`【牌四】消防保卫牌`) heads its lines whatever its name: the part before it ends there.
    Where such labels head the text's sections (`siblings`: a classified page's `【托育】`, `【招生】`),
    a label of the same form that names no topic (`【出租】`, `【停水】`, `【寻物】`) is their sibling:
    it heads its own lines, and the topic of the one before ends there."""
    if numbered := _numbered_bracket().match(line):
        return _Heading(2, numbered.group("label").strip(), numbered=True)
    titled = _BRACKETED_TITLED.match(line)
    if titled is not None and not find_quantities(titled.group("title")) and not _contents_label().match(line):
        if year_of_heading(titled.group("title")) is not None:
            # a column's label and its section's title naming the year it is about, no sentence (`【镇里的事】2026年
            # 民生实事“交账”` in a bulletin, after `【海况】…`, `【行情】…` paragraphs run in under their labels): the
            # title heads what follows (without a year, `【年终特刊】2027民生答卷`, the issue's banner, it heads nothing)
            return _Heading(2, line)
        if siblings:
            # among siblings, a label is a section of a series (`numbered`), never the text's title
            return _Heading(2, line, numbered=True)        # `【出租】保障性租赁住房` among `【托育】`, `【招生】`
    found = _BRACKETED.match(line)
    if found is None:
        return None
    label = found.group("label")
    if names_a_topic(label) or names_a_stage(label) or names_a_part(label):
        return _Heading(2, label)
    return _Heading(2, label, numbered=True) if siblings and not is_page_furniture(label) else None


@lru_cache(maxsize=1)
def _banner() -> tuple[regex.Pattern, regex.Pattern]:
    banner = read_table("structure.toml")["banner"]
    return regex.compile(banner["line"]), regex.compile(banner["furniture"])


def banner_label(line: str) -> str | None:
    """The section's name on a banner line (`========== 第一块黑板 ==========`, `━━━━ 裂缝观测记录 ━━━━`),
    or None where the line is none or its words are a page's, a slide's or a mail's mark (`=== 第2页 ===`)."""
    line_pattern, furniture = _banner()
    found = line_pattern.match(line)
    if found is None or furniture.search(label := found.group("label")):
        return None
    return label


@lru_cache(maxsize=1)
def _furniture_labels() -> frozenset[str]:
    return frozenset(read_table("structure.toml")["page_furniture"]["labels"])


def is_page_furniture(label: str) -> bool:
    """A label of the page's own furniture in black brackets (`【图片】`, `【原标题】`), no section."""
    return label.strip() in _furniture_labels()


@lru_cache(maxsize=1)
def _section_mark() -> regex.Pattern:
    return regex.compile(rf"^(?:{read_table('structure.toml')['section_mark']['marks']})+\s*(?P<label>\S.*)$")


#: The longest heading a section mark sets off
_MAX_MARKED = 20


def _marked_heading(line: str) -> _Heading | None:
    """A short line opened by a section mark (`▍教育：家门口上好学`, `■ 出行与环境`), with no
    figure and no sentence in it: a section's heading, blank lines around it or not."""
    found = _section_mark().match(line)
    if found is None or is_caption(line):
        return None
    label = found.group("label").strip()
    # a figure's digits make it no heading, a year's do not (`■ 四、2022年计划`), nor do those of a
    # section numbered as a list's part (`◆ 四、牧区“暖心工程”惠及2300户`: a news list's headline) or
    # a count of its items in brackets (`◇ 提名新闻（5条）`); an item's circled number (`▌②  “学”有优教`) is none
    if len(label) > _MAX_MARKED or label[-1] in _CLOSING:
        return None
    if (not _HAN_PART.match(label)
            and any(ch.isdecimal() for ch in _ITEM_COUNT.sub("", _YEAR_IN_LABEL.sub("", label)))):
        return None
    return _Heading(3, label, numbered=True)     # a section's mark: never the document's title


_YEAR_IN_LABEL = regex.compile(r"(?:19|20)\d\d\s*年度?")
_HAN_PART = regex.compile(r"[一二三四五六七八九十]{1,3}、")
_ITEM_COUNT = regex.compile(r"[（(]\d{1,3}[条项件个篇][）)]$")


def _style(match: regex.Match) -> str:
    return next(name for name in _NUMBER_LEVEL if match.group(name))


#: The longest lead phrase a numbered paragraph opens with as its heading
#: (`（六）推进城乡环境整治。新建口袋公园30个…`, `一、托育和教育。新增托位240个…`).
_MAX_LEAD = 16
_LEAD_END = regex.compile(r"[。：:]")
#: A short tag in brackets before an item's title (`11.（备选）城市书房：…`, `【新增】`): a
#: mark on the item, not a clause in its title
_ITEM_TAG = regex.compile(r"[（(【\[][^）)】\]\d，,。]{1,4}[）)】\]]\s*")


def _lead_heading(line: str) -> tuple[_Heading, int] | None:
    """A numbered paragraph whose first sentence is a short title with no figure or
    clause in it, an entry that opens with a topic label in black brackets (a
    yearbook's `【托育服务】　年内新增…`), or a checkbox item (`☑ 停车泊位　计划2000个…`):
    that title as a heading, and where the body starts in `line`."""
    found = _lead(line) or _bracketed_lead(line) or _checkbox_lead(line)
    return found if found and line[found[1]:].strip() else None


#: A label in black brackets opening a paragraph, and the spaces after it (`【澧县】　…`:
#: a yearbook's topic, or a news digest's county, which pipeline.run reads as the area)
#: (in tortoise-shell brackets too, as some notices set their tags: `〔就业创业〕城镇新增就业2100人`)
BRACKETED_LEAD = regex.compile(r"^\s*[【〔](?P<label>[^【】〔〕\n]{2,12})[】〕][ \t\u3000]*")


def _bracketed_lead(line: str) -> tuple[_Heading, int] | None:
    """`【城市更新】　改造老旧小区14个…`: the label heads its entry, where it names a topic
    (a place, `【澧县】`, or page furniture, `【原标题】`, heads nothing)."""
    found = BRACKETED_LEAD.match(line)
    if found is None or not names_a_topic(found.group("label")):
        return None
    return _Heading(3, found.group("label"), numbered=True), found.end()


@dataclass(frozen=True, slots=True)
class _Checkbox:
    mark: regex.Pattern          # a mark at the head of a line, its status in the group named
    closing: regex.Pattern       # …or at its end (`老旧小区改造：完成46个 ✅`)
    name_end: regex.Pattern
    sentence_marks: str          # marks that end a clause: what they cut off was no name
    bullet_like: frozenset[str]  # marks that may be mere bullets
    legend: regex.Pattern        # a mark with the status it stands for (`☑ 已完成`)
    any_mark: re.Pattern         # any mark anywhere (`_may_hold_checkboxes`)


@lru_cache(maxsize=1)
def _checkbox() -> _Checkbox:
    spec = read_table("structure.toml")["checkbox"]
    marks = "|".join(rf"(?P<{status}>{alternation(spec[status])})" for status in ("done", "progress", "failed", "open"))
    every = alternation([mark for status in ("done", "progress", "failed", "open") for mark in spec[status]])
    return _Checkbox(regex.compile(rf"^[^\S\n]*(?:{marks})[^\S\n]*"), regex.compile(rf"[^\S\n]*(?:{marks})[^\S\n]*$"),
                     regex.compile(rf"{spec['name_end']}|{char_class(CLAUSE_BREAKS)}"), CLAUSE_BREAKS,
                     frozenset(spec["bullet_like"]), regex.compile(rf"(?:{every}){spec['legend']}"),
                     word_pattern(mark for status in ("done", "progress", "failed", "open") for mark in spec[status]))


def _may_hold_checkboxes(spelled: str) -> bool:
    """Does any line of the text (`_spelled`) hold a checkbox mark? Every checkbox item, closing
    mark and legend holds one; most texts have none, and are then not asked line by line
    (`_bullet_items`, `_checkbox_lead`: 1.4 % of the extraction of the bench archive)."""
    return _checkbox().any_mark.search(spelled) is not None


#: The longest name of a checkbox item; a longer run is a sentence, which names no item
_MAX_ITEM_NAME = 16
#: How far from a line's end a closing mark is looked for (the longest mark with spaces)
_CLOSING_REACH = 12


def _checkbox_lead(line: str) -> tuple[_Heading, int] | None:
    """A line opened by a checkbox mark (`⏳ 既有住宅加装电梯　目标80部 → 已完工71部`), or
    closed by one after its figures (`断头路：打通6条 ✅`): the item's name, from the mark
    (or the line's start) to the first gap, figure or clause mark, heads the line and
    carries what the mark says; the body starts after it. A mark before a figure or a
    sentence heads nothing (the line is read as it stands)."""
    spec = _checkbox()
    mark = spec.mark.match(line)
    closing = None if mark else spec.closing.search(line, max(0, len(line) - _CLOSING_REACH))
    if mark is None and closing is None:
        return None
    if closing is not None and len(spec.any_mark.findall(line)) > 1:
        return None                       # a row of checks ticked one by one (`出车前检查：轮胎√　灯光√　制动√`)
    name_at = mark.end() if mark else len(line) - len(line.lstrip())
    end = spec.name_end.search(line, name_at)
    if closing is not None and (end is None or end.start() >= closing.start()):
        return None                       # a closing mark after a name with no body
    name_end = end.start() if end else len(line)
    name = line[name_at:name_end].strip()
    cut_by = line[name_end:name_end + 1]
    if not name or len(name) > _MAX_ITEM_NAME or (cut_by and cut_by in spec.sentence_marks):
        return None
    status = next(group for group, found in (mark or closing).groupdict().items() if found)
    return _Heading(5, name, numbered=True, status=status), name_end


def _numbering_style(line: str) -> str | None:
    """The numbering style a line opens with (`circled` for `⑥…`, `han` for `二、…`), if any."""
    found = _NUMBERED.match(line.strip())
    return _style(found) if found else None


def _sums_up_the_items(line: str) -> bool:
    """A numbered paragraph after the items whose first sentence speaks of them all
    (`四、以上三个项目总投资合计14890万元。请严格按照批复…`): the last item's heading no
    longer governs it; what it says (a condition, a tolerance) is of the list."""
    found = _NUMBERED.match(line.strip())
    if found is None:
        return False
    rest = found.group("rest")
    first = rest[:_SENTENCE_END.search(rest).start()] if _SENTENCE_END.search(rest) else rest
    return speaks_of_the_list(first)


_SENTENCE_END = regex.compile(char_class(SENTENCE_ENDS))


def _bullet_items(lines: list[_Line]) -> set[int]:
    """The checkbox items whose mark is a bullet: every item of the text opens with the same
    bullet-like mark (`✔`), none closes with another, and no legend says what the mark
    stands for. Where the text uses marks as statuses, none (data/structure.toml)."""
    spec = _checkbox()
    opened, marks = set(), set()
    for i, line in enumerate(lines):
        if _checkbox_lead(line.text) is None:
            if spec.legend.search(line.text):
                return set()              # `图例：☑ 已完成　⏳ 推进中`
            continue
        mark = spec.mark.match(line.text)
        marks.add((mark or spec.closing.search(line.text)).group().strip())
        if mark:
            opened.add(i)
    return opened if len(marks) == 1 and marks <= spec.bullet_like else set()


def _titled_item(line: str) -> _Heading | None:
    """A numbered short title closed by `。` with nothing after it, or a numbered title with its
    verdict after a dash (`（五）小区焕新——改造快于序时，加装电梯滞后。`): a heading."""
    found = _lead(line)
    return found[0] if found and not line[found[1]:].strip() else _titled_verdict(line)


@lru_cache(maxsize=1)
def _verdict_pattern() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["titled_verdict"])


def _titled_verdict(line: str) -> _Heading | None:
    """A numbered item whose whole line is its title and a verdict on it after a dash
    (structure.toml titled_verdict): the heading of the item's lines."""
    match = _NUMBERED.match(line.strip())
    if match is None or _verdict_pattern().match(rest := match.group("rest").strip()) is None:
        return None
    return _Heading(_NUMBER_LEVEL[_style(match)], rest.rstrip("。"), numbered=True)


def _lead(line: str) -> tuple[_Heading, int] | None:
    stripped = line.lstrip()
    match = _NUMBERED.match(stripped)
    if not match:
        return None
    rest_at = len(line) - len(stripped) + match.start("rest")
    if tag := _ITEM_TAG.match(line, rest_at):
        rest_at = tag.end()
    end = _LEAD_END.search(line, rest_at, rest_at + _MAX_LEAD + 1)
    lead = line[rest_at:end.start()] if end else ""
    if not lead or any(ch.isdigit() or ch in "，,、；;（(" for ch in lead):
        return None
    if _style(match) == "han" and end.group() in COLONS and _TITLE_AFTER_LEAD.fullmatch(line[end.end():].strip()):
        # a part's title and its subtitle (`一、先交个底：2024年的实事办得怎样`): the whole line heads the part (an
        # item's, `5. 打了折扣的：公共停车泊位`, heads its own paragraph only, as its lead would)
        return None
    return _Heading(_NUMBER_LEVEL[_style(match)], lead, numbered=True), end.end()


#: the words after a part's numbered lead and its colon that make the whole line a heading: a short
#: title with no clause or sentence mark and no figure but a year (`2024年的实事办得怎样`)
_TITLE_AFTER_LEAD = regex.compile(rf"(?:(?:19|20)\d\d年|[^\d\s{CLAUSE_BREAKS}、（()）{COLONS}…]){{2,{_MAX_LEAD}}}")


_ITEM_NUMBER = regex.compile(r"\d{1,2}|[一二三四五六七八九十]{1,3}")


def _item_heading(lines: list[_Line], i: int) -> str | None:
    """The title of a numbered item set on two lines, a web release's way (`01` over
    `托育服务扩容工程`), standing alone between blank lines; None if lines[i] starts none."""
    if i + 1 >= len(lines) or not (i == 0 or lines[i - 1].blank):
        return None
    if i + 2 < len(lines) and not lines[i + 2].blank:
        return None
    number, title = lines[i].text.strip(), lines[i + 1].text.strip()
    if lines[i + 1].blank or lines[i + 1].is_cell or not _ITEM_NUMBER.fullmatch(number):
        return None
    found = _heading(f"{number} {title}", markdown_doc=False, standalone=True)
    return found.text if isinstance(found, _Heading) else None


# ---------------------------------------------------------------------------- blocks


@lru_cache(maxsize=1)
def _paper_head() -> regex.Pattern:
    spec = read_table("structure.toml")
    return regex.compile(f"(?:{spec['letterhead']})|(?:{spec['document_number']})")


@lru_cache(maxsize=1)
def _recap() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["recap"])


def _unit_for_a_note(lines: list[_Line], table: TableText, unit: HeaderUnit | None) -> DeclaredUnit | None:
    """The unit a table's unit line declares, for the bare figures of a note right under the
    table (`（注：全年合计412000）`); None where no note follows or the table declares none."""
    after = next((line for line in lines[table.end:] if not line.blank), None)
    if unit is None or after is None or not is_table_note(after.text):
        return None
    return DeclaredUnit(after.start, unit)


@lru_cache(maxsize=1)
def _caption() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["caption"])


@lru_cache(maxsize=1)
def _byline() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["byline"])


def is_caption(line: str) -> bool:
    """A photo caption (`图为…。（记者 某某 摄）`) or a byline (`本报记者　某某　通讯员　某某`): beside the text,
    no heading over it."""
    return _caption().search(line) is not None or _byline().match(line) is not None


def heads_the_paper(line: str) -> bool:
    """An official document's letterhead or its document-number line: above the title,
    not the title (data/structure.toml)."""
    return _paper_head().match(line) is not None


class _SavedOutline(NamedTuple):
    """What _Outline.save keeps to go back to: its fields of the moment."""
    stack: list[tuple[int, str | None, bool, str]]
    items: int
    year: int | None
    relative: TimeExpr | None
    series_year: tuple[int, str, int | None, TimeExpr | None] | None
    heading: str | None


@dataclass
class _Outline:
    """The headings above the current line, and the year last stated by one.

    Categories are scoped by the heading hierarchy (a heading that names none inherits
    its parent's); a brand or group a heading names (`“常有善育”工程`) outranks the topic
    of a heading under it (`3.新建公办幼儿园` under 常有善育 stays 常有善育); a year holds
    until another heading states one (documents move on in time: `2024年…圆满完成`
    governs the numbered list under it and what follows), except that the year a numbered heading
    names ends at the next item of its series that states none (`四、去年成绩单（2024年度…）`
    then `五、常见问题`: the leaflet is back in its own year), and so does a year a heading boxed
    between two rules names at the next boxed heading (`上一航次回顾（2025年）` then `航行记事`)."""
    #: (level, category, named: the heading names a brand or group rather than a topic)
    stack: list[tuple[int, str | None, bool, str]] = field(default_factory=list)   # …and the heading's text
    items: int = 0      # how many entries at the top of the stack are numbered items
    year: int | None = None
    relative: TimeExpr | None = None    # in place of `year`: a heading's 过去一年, 今年
    #: where the year was stated by a heading of a series (numbered, or boxed between rules): its
    #: level, its form and the year before it
    series_year: tuple[int, str, int | None, TimeExpr | None] | None = None
    heading: str | None = None
    titled: bool = False
    #: the document's title also titles the table under it and assigns that table its topic (`…搬迁安置工作进度表`)
    title_of_a_table: bool = False
    #: the document's title, whose topic words a heading may name by a part alone (`体检结果`)
    title: str | None = None

    def enter(self, level: int, text: str, numbered: bool = False, titles_a_table: bool = False,
              boxed: bool = False) -> str:
        """Enter a heading; the first one is the document's title, unless it is a numbered
        item (`① 托育扩容工程`: the title was not set off as a heading). Returns the block kind.
        A table's title assigns the topic it names to the rows, whether or not it comes first."""
        as_title = not self.titled and not numbered and not heads_the_paper(text)
        kind = "title" if as_title else "heading"
        level = 1 if as_title else max(level, 2)
        if self.title_of_a_table and not as_title and self.stack and self.stack[0][0] == 1:
            # the sections after the table are the document's, not the table's: its topic titled the rows alone
            _, _, named_title, title_text = self.stack[0]
            self.stack[0] = (1, None, named_title, title_text)
            self.title_of_a_table = False
        self.titled = self.titled or as_title or not heads_the_paper(text)
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
            self.items = max(0, self.items - 1)
        named = category_by_alias(text) is not None
        # a title assigns a brand it names, not a topic: a feature titled by one topic
        # (`家门口看病更方便了`) reports figures of others (its AED, its child health)
        category = category_of_heading(text) if named or not as_title or titles_a_table else None
        if category is not None and not named and not as_title and self.title \
                and (meant := title_word_shortened(text, self.title)) is not None:
            category = meant     # `二、体检结果` in a house's check-up report (`…房屋体检报告`): the house's
        self.title = text if as_title else self.title
        if titles_a_table and not named and _lists_areas(text):
            category = None      # `住房和社区、设施服务类指标`: each row is of its own topic
        self.stack.append((level, category, named, text))
        self.title_of_a_table = as_title and titles_a_table and category is not None and not named
        self.items = self.items + 1 if numbered else 0
        self._date(level, text, "numbered" if numbered else "boxed" if boxed else None)
        self.heading = text
        return kind

    def _date(self, level: int, text: str, series: str | None) -> None:
        """The year the heading states, or the one that its sibling's named year interrupted
        (`series`: the form of a heading that has siblings of its own form, numbered or boxed)."""
        before = (self.year, self.relative)
        sibling = series is not None and self.series_year is not None and self.series_year[:2] == (level, series)
        if sibling:
            before = self.series_year[2:]     # a sibling after a dated one: back to the year before the first
        if names_a_reinspection(text):
            pass        # `2021年…“回头看”情况`: the year of the works checked, not of what the check found
        elif season := season_of_heading(text):
            # `2024—2025雪季…`: the season's year is that of writing where it is one of the two, known later
            self.year, self.relative = None, season
            self.series_year = (level, series, *before) if series else None
        elif year := year_of_heading(text, of_a_title=level == 1):
            self.year, self.relative = year, None
            self.series_year = (level, series, *before) if series else None
        elif relative := relative_year_of_heading(text):
            # the period a report reviews holds on (`一、过去一年工作回顾` then `二、…指标进展`: still
            # that year); another relative year is its section's alone (`一、去年试点情况`, `二、保险方案`)
            self.year, self.relative = None, relative
            self.series_year = (level, series, *before) if series and not reviews_the_period(relative) else None
        elif sibling:
            self.year, self.relative = before
            self.series_year = None

    def save(self) -> _SavedOutline:
        return _SavedOutline(list(self.stack), self.items, self.year, self.relative, self.series_year, self.heading)

    def restore(self, saved: _SavedOutline) -> None:
        stack, self.items, self.year, self.relative, self.series_year, self.heading = saved
        self.stack = list(stack)

    def leave_own_paragraph(self, saved: _SavedOutline) -> None:
        """Back to the outline `saved` before an item that governs its own paragraph only, except that
        the year of a dated sibling that the item ended stays ended (`第3题　候选项目：…` after
        `第2题　您对今年（2024年）的评价`: the questions after it are not of 2024)."""
        ended = (saved.series_year is not None and self.series_year is None
                 and (self.year, self.relative) == saved.series_year[2:])
        dates = self.year, self.relative
        self.restore(saved)
        if ended:
            (self.year, self.relative), self.series_year = dates, None

    def leave_item(self) -> None:
        """Back out of the last numbered item: a sibling item that is no heading follows it."""
        if self.items:
            self.stack.pop()
            self.items -= 1
            self.heading = self.stack[-1][3] if self.stack else None

    def leave_items(self) -> None:
        """Back out of the numbered items: the text speaks of the list as a whole again."""
        if self.items:
            del self.stack[-self.items:]
            self.items = 0
            self.heading = None

    def context(self) -> Context:
        named = next((c for _, c, named, _ in reversed(self.stack) if named), None)
        category = named or next((c for _, c, _, _ in reversed(self.stack) if c), None)
        # the heading a numbered item's heading stands under (`五、2027年村级民生实事项目` over
        # `1.村道硬化：`), not the document's title
        outer = next((text for level, _, _, text in reversed(self.stack) if level > 1 and text != self.heading), None)
        return Context(category, self.year, self.heading, named is not None, self.relative, outer_heading=outer)


def structure(text: str, title: str | None = None) -> list[Block]:
    """Blocks of the cleaned document text, in order, with their context. `title` is the
    document's title as its source names it (a manifest's), where the text may set it apart
    from the subject (`施 工 告 知 书` over a letter about one estate's renovation)."""
    # the one matter a document is about decides before a group heading's items are counted:
    # a care home's `优惠及补贴政策`, whose items name 低保 and 优抚 residents, are the home's
    blocks = _name_groups_by_their_items(_one_project_throughout(_blocks(text), text, title))
    blocks = _topic_of_the_title(_brand_of_the_top_line(blocks), title)
    blocks = _date_a_reprinted_issue(_date_entries(_date_materials(_date_announced_list(blocks))))
    return _without_worked_examples(_rows_going_on(_led_items(_filed_items(blocks, text))))


#: the longest top line that may be a band naming the brand of the whole page
_MAX_BAND = 40
#: what joins two brands in one line
_BRANDS_JOINED = regex.compile(r"[、，,和与及]")


def _brand_of_the_top_line(blocks: list[Block]) -> list[Block]:
    """A document whose first line is a band naming the list and a brand over the whole page (`2025年县级民生实事
    （常有颐养）·家庭病床服务` over a clinic's register): every block the headings assign nothing takes
    the brand, as under a heading naming it (gold/README: a heading naming a brand), and a block that its
    one project or its items already file under that brand holds it as named (a column's topic,
    `低龄老年志愿者（人）` in a buddy scheme's table under `…“常有颐养”民生实事项目`, does not override it)."""
    first = next((b for b in blocks if b.text.strip()), None)
    if first is None or first.kind not in ("paragraph", "title", "heading"):
        return blocks
    line = first.text.strip().split("\n", 1)[0]
    # a band names the list and the brand (`…民生实事（常有颐养）…`): a title naming a topic alone
    # (`…综合养老服务中心…评估报告`, `…全民健身文体中心…征名启事`) is no band
    band = len(line) <= _MAX_BAND and names_the_list(line) and not find_quantities(line)
    brand = category_by_alias(line) if band else None
    if brand is None or len({category_by_alias(part) for part in _BRANDS_JOINED.split(line)} - {None}) > 1:
        return blocks        # no brand, or a line naming two (`常有善育、常有优学工作总结`)
    for block in blocks:
        if block.context.category in (None, brand):
            block.context = replace(block.context, category=brand, named=True, heading=block.context.heading or line)
    return blocks


def _topic_of_the_title(blocks: list[Block], given_title: str | None) -> list[Block]:
    """Every block learns the one topic the document's title names, if it names one (a
    list's title, `2031年民生实事项目`, names none; `教育和医疗…` several)."""
    title = given_title or next((b.text for b in blocks if b.kind == "title"), None)
    named = title_topic(title)
    brand = _brand_of_the_lead(blocks, named)
    # a lead filing the matter the title names under a brand (`围绕“常有颐养”，…老年大学扩容提质列入…实事`
    # under `…老年大学…招生简章`) files the title's topic under it: the document is the brand's
    topic = brand or named or _topic_of_the_body(blocks, title)
    refiled = (named, brand) if named and brand and named != brand else None
    setting = without_leading_places(without_sender(title)) if title else None
    for block in blocks if topic or setting else ():
        block.context = replace(block.context, document_topic=topic, document_setting=setting, refiled=refiled)
        context = block.context
        if setting and context.category and not context.named and context.heading \
                and (met := heading_in_setting(context.heading, setting)) is not None:
            block.context = replace(context, category=met)
    return blocks


def _topic_of_the_body(blocks: list[Block], title: str | None) -> str | None:
    """The topic of a document about one matter whose title names none the lexicon knows
    (`…互花米草治理成效监测样方调查记录`, `…毛竹林道建设项目竣工验收单`): the topic most of its
    text's words of work name, where they are many and most name it; not the people it serves,
    whom a scheme of another matter names throughout (the 脱贫户 of a potato-cellar subsidy, the
    families of a martyrs' graves survey). Not for a list's documents (`…民生实事…`), nor where a
    heading or table group files any part: those are of several matters."""
    if not title or names_the_list(title) or any(b.context.category for b in blocks):
        return None
    evidence: Counter[str] = Counter()
    for block in blocks:
        evidence.update(work_scores(block.text))
    if not evidence:
        return None
    topic, words = evidence.most_common(1)[0]
    return topic if words >= _BODY_EVIDENCE and words >= _BODY_SHARE * evidence.total() else None


#: the topic-word characters a body must hold, and the share of them that must name its topic
_BODY_EVIDENCE, _BODY_SHARE = 20, 0.5


def _brand_of_the_lead(blocks: list[Block], subject: str | None) -> str | None:
    """The brand a document about one matter files itself under in its lead (`围绕“就业创业”，区政府将…夜市
    便民摊位列入…民心工程`, `本项目为…“文体惠民”民生实事之一`): the category of the lead's inline phrase, where
    no heading assigns one and no other paragraph names another. It stands for the title's topic:
    a figure with no topic of its own takes it; the fire post and the parking of the same night market
    keep theirs. Only a brand's or group's name files (`“文体惠民”`), not a quoted topic (`“厕所革命”`).
    A heading of the title's own topic (`subject`: `一、招生对象` in an old-age university's
    prospectus) is the matter's part, no topic of its own; so is one section of another topic (a
    park's opening notice's `五、安全须知`), which keeps its own: two such topics make a document
    of several matters, and so does a heading that names another brand."""
    headings = [b for b in blocks if b.kind in ("heading", "title")]
    sections = {b.context.category for b in headings} - {None, subject}
    if len(sections) > 1:
        return None
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    named = [k for k, b in enumerate(paragraphs) if b.context.category not in (None, subject, *sections)]
    if not named or named[0] >= _LEAD_WITH_FURNITURE or len({paragraphs[k].context.category for k in named}) > 1:
        return None
    # the lead is the paragraph that names the brand, set off by quotes or brackets as a name
    # (`“文体惠民”`, `（常有颐养）`; `列入今年县级文体惠民实事` describes the list, and its matter keeps the
    # title's topic): a salutation the phrase's paragraph begins with (`致参加者：` over `本次活动是县政府2019年
    # “文体惠民”民生实事之一，…`) is a block of it, naming none; a campaign the lead quotes (`为巩固农村“厕所革命”
    # 成果` over a page of village public toilets) names a topic, not a brand or group the matter is filed
    # under: the title's topic stands
    lead = next((paragraphs[k] for k in named[:_LEAD_BLOCKS]
                 if _names_the_brand(paragraphs[k].text, paragraphs[k].context.category)), None)
    brand = lead.context.category if lead is not None else None
    if brand is not None and any(category_by_alias(b.text) not in (None, brand) for b in headings):
        return None
    return brand


#: a name set off in a lead: in quotes or brackets (`“文体惠民”`, `（常有颐养）`, `【常有众扶】`)
_SET_OFF_NAME = regex.compile(r"[“\"「（(【]([^”\"」）)】]{2,16})[”\"」）)】]")


def _names_the_brand(text: str, brand: str | None) -> bool:
    """The paragraph sets off the brand's name and no other brand's: a foreword that goes through two
    (`围绕“常有颐养”，…；围绕“常有安居”，…`) reports several matters, each clause filed by its own."""
    named = {category_by_alias(name) for name in _SET_OFF_NAME.findall(text)} - {None}
    return brand is not None and named == {brand}


def title_topic(title: str | None) -> str | None:
    """The one category a document's title names (`某市家庭医生签约服务工作情况报告`), not its
    sender's (`…应急管理局救灾物资调拨签收单`) nor its place's (`…平安区…药品降价的公告`), or the one where the definitions meet that its
    two topics settle on (`…老年人公交爱心卡月度充值台账`: transport for the elderly), else None."""
    if not title:
        return None
    title = without_audience(without_leading_places(without_sender(title)))
    topic = category_of_heading(title) if names_one_topic(title) else boundary_winner(title)
    if topic is None and (unnamed := _QUOTED_NAME_BEFORE_ITS_HEAD.sub("", title)) != title and names_one_topic(unnamed):
        # a quoted name before the noun it names (`“和美乡村”广场舞大赛`): the noun says what the
        # document is about, the campaign's slogan does not
        topic = category_of_heading(unnamed)
    if topic is None and (dated := _AFTER_THE_TITLES_YEAR.search(title)) and names_one_topic(subject := title[dated.end():]):
        # an institution that sends its own report (`…社区卫生服务中心2019年第三季度产后访视及新生儿家庭访视情况`):
        # what follows the year says what the report is about, the sender's name (health) does not, where
        # it says so by more than one two-character word (`…用水情况公开`: 水情 inside 用水情况 is no subject)
        named = category_of_heading(subject)
        topic = named if topic_scores(subject).get(named, 0) >= _SUBJECT_EVIDENCE else None
    return topic


#: the topic-word characters a title's part after its year must hold to name its subject
_SUBJECT_EVIDENCE = 3


#: A name in quotes with the noun it names right after it (`“和美乡村”广场舞`)
_QUOTED_NAME_BEFORE_ITS_HEAD = regex.compile(r"[“\"「][^”\"」]{2,12}[”\"」](?=\p{Han})")
#: A title's year after the name of who sends it (`…服务中心2019年`, `…小学2026年度`)
_AFTER_THE_TITLES_YEAR = regex.compile(r"(?<=\p{Han})(?:19|20)\d\d年度?")


def _rows_going_on(blocks: list[Block]) -> list[Block]:
    """A table row that goes on from the row above (`其中：惠及居民` under `城镇老旧小区改造`)
    and has no category of its own takes that row's: its figures are that project's."""
    for above, row in itertools.pairwise(blocks):
        if (row.kind == above.kind == "table_row" and row.context.category is None and above.context.category
                and goes_on_from_the_row_above(row.text)):
            row.context = replace(row.context, category=above.context.category)
    return blocks


#: the lines that may be a field (`project_of_field`: its label ends at a colon or a tab), found by
#: one scan: asking every line of every document cost 0.7 % of the extraction
_FIELD_LINE = re.compile(r"^.*[：:\t].*$", re.MULTILINE)


def _one_project_throughout(blocks: list[Block], text: str, given_title: str | None = None) -> list[Block]:
    """A document that names exactly one project by a field (`一、项目名称：…路硬化工程`)
    is about that project from end to end: its other sections (议事情况, 资金筹集, 工程进度,
    监督…) are the procedure of that project, not topics of their own, so every block
    that no heading, group or phrase gives a category takes the project's (the village's
    size, the households exempted from its levy). Where two or more fields name projects,
    the document lists projects and each field governs only its own lines. With no such
    field, a title that names one project (`某村道路硬化工程竣工公示`) names the subject, and
    so does a name it quotes that the text defines (`“某惠保”是…补充医疗保险`)."""
    # the same project named again on each page of a form (`工程名称：…改造工程　标段：…` over each table) is one
    projects = list(dict.fromkeys(project for line in _FIELD_LINE.findall(text)
                                  if (project := project_of_field(_unnumbered(line)))))
    if not projects:
        # a title set on one line with its byline below (no block of its own) is still the first line
        title = next((b.text for b in blocks if b.kind == "title"), None)
        titles = [t for t in (title, given_title) if t] + _head_titles(text)
        projects = next(([line] for line in titles if names_one_project(line)), [])
        projects = projects or _defined_in_the_text(_head_titles(text)[:1] + ([title] if title else []), text)
        projects = projects or _service_of_the_page(_head_titles(text), text)
        projects = projects or _institution_of_the_site(_head_titles(text), text)
        projects = projects or _rules_set_by_the_standard(text)
        projects = projects or _project_the_lead_carries_out(blocks)
    topic = category_of_heading(_included_part().sub("", projects[0])) if len(projects) == 1 else None
    if topic is None:
        return blocks
    # the lead may file the project under a brand (`…旧衣物循环利用项目列入…为民办实事工程，归入“常有众扶”类` over a
    # clothes-bin notice whose title names recycling): the document's own filing stands over its topic's, also
    # under a heading that names a part of the project by that topic (`一、回收箱设置`)
    brand = _brand_the_lead_files_under(blocks, topic)
    category = brand or topic
    for block in blocks:
        if ((block.context.category is None or _names_only_the_makeup(block) or _named_by_its_site(block)
             or brand not in (None, topic) and block.context.category == topic and not block.context.named)
                and _of_the_project(block, category)):
            block.context = replace(block.context, category=category, subject=True)
    return blocks


@lru_cache(maxsize=1)
def _included_part() -> "regex.Pattern":
    return regex.compile(read_table("structure.toml")["included_part"])


#: How many paragraphs open a document's body as its lead (before its first heading)
_LEAD_PARAGRAPHS = 2
#: how far into a document its lead may file its matter under a brand (`_brand_of_the_lead`): the
#: lead's paragraphs and a line of page furniture above them (a breadcrumb, a date line)
_LEAD_WITH_FURNITURE = _LEAD_PARAGRAPHS + 1
#: the blocks of the lead's paragraph that may name its brand: its salutation or label, then its text
_LEAD_BLOCKS = 2


def _project_the_lead_carries_out(blocks: list[Block]) -> list[str]:
    """A document is about the one project of the year's list its lead says it carries out
    (`根据《…民生实事项目实施方案》中“就业创业·肉牛肉羊产业帮扶”子项…`): a notice says so in
    the first sentence of its first paragraphs before any heading; a story that names a project
    further on (`小区里来了好多工人叔叔。爸爸告诉我，这是…民生实事里的“老旧小区改造”`) goes on to others."""
    project = project_carried_out("\n".join(_FIRST_SENTENCE.match(text.strip()).group()
                                            for text in _lead_paragraphs(blocks, _LEAD_PARAGRAPHS)))
    return [project] if project else []


def _brand_the_lead_files_under(blocks: list[Block], topic: str) -> str | None:
    """The one brand or group the lead's paragraphs name set off (`归入“常有众扶”类`, `（常有颐养）`); None where they
    name none or several, or where headings of two topics besides the project's `topic` and the brand make the
    document one of several matters (as `_brand_of_the_lead` reads them)."""
    named = {category_of_name(name) for text in _lead_paragraphs(blocks, _LEAD_WITH_FURNITURE)
             for name in _SET_OFF_NAME.findall(text)} - {None}
    if len(named) != 1:
        return None
    brand = named.pop()
    sections = {category_of_heading(b.text) for b in blocks if b.kind == "heading"} - {None, topic, brand}
    return brand if len(sections) <= 1 else None


def _lead_paragraphs(blocks: list[Block], count: int) -> Iterator[str]:
    """The texts of the first `count` paragraphs before the first heading."""
    return itertools.islice((b.text for b in itertools.takewhile(lambda b: b.kind != "heading", blocks)
                             if b.kind == "paragraph"), count)


#: a paragraph's first sentence
_FIRST_SENTENCE = regex.compile(r"[^。！？!?]*[。！？!?]?")


def _rules_set_by_the_standard(text: str) -> list[str]:
    """A standard's text is about what its title sets rules for (`社区老年助餐服务点`)."""
    subject = subject_of_a_standard(text)
    return [subject] if subject else []


def _names_only_the_makeup(block: Block) -> bool:
    """A table row whose only topic words are a facility's make-up (`绿地率`, `机动车停车位`):
    the topic its label gave it is the project's, not the environment's or transport's."""
    if block.kind != "table_row":
        return False
    return bool(set(topic_scores(block.text)) - {OTHER}) and not set(
        topic_scores(without_the_facility_makeup(block.text))) - {OTHER}


#: A name in quotes (`“某惠保·2031”`), without the edition after its dot
_QUOTED_NAME = regex.compile(r"[“\"「](?P<name>[^”\"」·・\s]{2,12})(?:[·・][^”\"」]{0,8})?[”\"」]")
#: How far the definition of a name runs (`“某惠保”是…补充医疗保险`): up to its clause's end
_DEFINITION = r"[“\"「]{name}[”\"」]是(?P<definition>[^。；;，,\n]{{2,40}})"


def _defined_in_the_text(titles: list[str], text: str) -> list[str]:
    """A title that quotes a name (`“某惠保·2031”来了！`), a product's or a programme's, is
    about the one matter the text defines by it (`“某惠保”是…城市定制型补充医疗保险`): that
    definition, where it names one topic."""
    for title in titles:
        for found in _QUOTED_NAME.finditer(title):
            definition = regex.search(_DEFINITION.format(name=regex.escape(found.group("name"))), text)
            if definition and category_of_heading(definition.group("definition")):
                return [definition.group("definition")]
    return []


def _service_of_the_page(titles: list[str], text: str) -> list[str]:
    """An ordering or booking page (`我的订单`, `立即预约`) is about the one service its title
    bar names (`× 某区长者食堂 ···`, over a menu, prices and orders that name no topic): the
    first line of its head naming one topic."""
    if not is_a_service_page(text):
        return []
    return next(([line] for line in titles if names_one_topic(line)), [])


def _institution_of_the_site(titles: list[str], text: str) -> list[str]:
    """An institution's own news (`我院新住院综合楼正式启用`) is about the institution its
    masthead names, the first line of the page's head (`某区人民医院`), where that names one topic;
    unless the title under it names another that wins where the two topics meet (`某中心幼儿园` over
    `家园联系册（托班）`: the page is its nursery class's, care under three, not the kindergarten's; not a
    nursery's `晨午检…健康观察记录`, its children's health, which is childcare's own)."""
    masthead = titles[0] if titles else ""
    if not (names_one_topic(masthead) and speaks_as(masthead, text)):
        return []
    title = titles[1] if len(titles) > 1 and not any(c in titles[1] for c in COLONS) else ""
    own = names_one_topic(title) and category_of_heading(title)
    narrower = own and own != category_of_heading(masthead) and boundary_winner(f"{masthead} {title}") == own
    return [title if narrower else masthead]


#: An official document's title (`关于召开…听证会的公告`), which may stand under its issuer's name
_OFFICIAL_TITLE = regex.compile(r"^\s*关于\S")


#: How many lines at a document's head may hold its title: under an issuer's name, a site's
#: breadcrumb or a letterhead (`某供水有限公司` over `水费缴费通知单`), above its number line
_HEAD_LINES = 4


@lru_cache(maxsize=1)
def _title_kind_end() -> regex.Pattern:
    """An official title is whole where it ends with the kind of document it is (`…的更正启事`): the
    line under it is its byline (`2030-02-21 18:30　来源：…　阅读数：1472`), not the rest of the title."""
    return regex.compile(f"(?:{alternation(read_table('structure.toml')['official_title']['kinds'])})$")


def _head_titles(text: str) -> list[str]:
    """The lines of the document's head, up to its first blank line, each a candidate for its
    title (`某市发展和改革委员会` over `关于召开…听证会的公告`; a breadcrumb over `…补贴计算器`);
    an official title broken over two lines (`关于某小区3号楼2单元` over `加装电梯事项的告知书`)
    is read joined."""
    lines = list(itertools.takewhile(str.strip, text.lstrip().split("\n")))[:_HEAD_LINES]
    joined = [line.strip() + following.strip() for line, following in itertools.pairwise(lines)
              if _OFFICIAL_TITLE.match(line) and not _title_kind_end().search(line.strip())]
    # (not a post's byline, `2027-01-15 08:30　某镇　作者：某融媒体中心　阅读 2391`: whose words name no subject,
    # nor a note of who printed or posted the copy)
    return [line.strip() for line in lines if not is_date_line(line) and not _print_note().match(line.strip())] + joined


@lru_cache(maxsize=1)
def _print_note() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["print_note"])


def _named_by_its_site(block: Block) -> bool:
    """A table row whose name cell names where the work is done, alone (`石角镇中心小学 | 68 | 3`):
    the topic its label gave it is the place's kind, not the row's work."""
    return block.kind == "table_row" and block.row is not None and bool(block.row.project) and is_a_site_name(block.row.project)


def _of_the_project(block: Block, category: str) -> bool:
    """A block that speaks of the one project: any but a table row, and a table row that
    names no other topic than the project's (a form's `资金总额`, `老年人满意度` rows: the
    project's money and its people's view), where a row that names another (`燃气管网改造`
    in an elderly-care project) is a topic of its own."""
    if block.kind != "table_row":
        return True
    # a facility's make-up (`绿地率`, `机动车停车位`) is the facility's: no topic of its own; nor is the
    # name of the site the row is for
    row_text = block.text.replace(block.row.project, "", 1) if _named_by_its_site(block) else block.text
    topics = set(topic_scores(without_the_facility_makeup(row_text))) - {OTHER}
    return not topics or category in topics


def _unnumbered(line: str) -> str:
    """The line without its list number (`一、项目名称：…` → `项目名称：…`)."""
    stripped = line.strip()
    match = _NUMBERED.match(stripped)
    return match.group("rest") if match else stripped


#: The fewest items that must agree before a group's heading is read as their topic
_MIN_AGREEING_ITEMS = 2


def _name_groups_by_their_items(blocks: list[Block]) -> list[Block]:
    """A numbered group heading that names no topic (`5️⃣ 🏠 老房子换新颜`) is about what
    most of its numbered items are about: where more than half of the items under it
    that name a topic name one category (and at least two do), the group has that
    category, also for its other items (the parking of an estate group). A heading that
    names topics, one or several (`托育和教育`), is read by them instead; one that names a
    stage of the work (`二、今年工作进展`) groups projects of every kind, each its own."""
    for i, block in enumerate(blocks):
        if (block.kind != "heading" or block.context.category is not None or not _NUMBERED.match(block.text.strip())
                or names_a_topic(block.text) or names_a_stage(block.text) or _miscellany_heading().search(block.text)):
            continue
        end = next((j for j in range(i + 1, len(blocks)) if blocks[j].kind in ("heading", "title")), len(blocks))
        items = [line for b in blocks[i + 1:end] if b.kind == "paragraph" for line in b.text.split("\n")
                 if _NUMBERED.match(line.strip())]
        topics = Counter(t for t in map(category_of_item, items) if t is not None)
        if not topics:
            continue
        category, count = topics.most_common(1)[0]
        if count >= _MIN_AGREEING_ITEMS and count > sum(topics.values()) / 2:
            for b in blocks[i:end]:
                if b.context.category is None and b.context.heading == block.context.heading:
                    b.context = replace(b.context, category=category)
    return blocks


@lru_cache(maxsize=1)
def _miscellany_heading() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["miscellany_heading"])


def resolve_section_years(blocks: list[Block], written: int | None) -> list[Block]:
    """Sections under a heading that dates them relative to the year of writing
    (`一、过去一年工作回顾` in a report of January 2024) hold for that year (2023); a dated entry's
    or a reprinted issue's, relative to its own date."""
    for block in blocks:
        context = block.context
        own = context.written[0] if context.written else written
        if context.section_year is None and context.section_relative is not None and own is not None:
            block.context = replace(context, section_year=context.section_relative.resolve(own, None))
    return blocks


@lru_cache(maxsize=1)
def _material_label() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["material"])


@lru_cache(maxsize=1)
def _worked_example_label() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["worked_example"])


@lru_cache(maxsize=1)
def _working_line() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["working_line"], regex.MULTILINE)


def _without_worked_examples(blocks: list[Block]) -> list[Block]:
    """A paragraph that opens with a worked example's label (`算例1：`) is read for no figure:
    its case is made up; nor is a line of a problem's working (`我的错解：…`, `订正：…`)."""
    label, working = _worked_example_label(), _working_line()
    for block in blocks:
        if block.kind != "paragraph":
            continue
        if label.match(block.text):
            block.regions = []
        elif "：" in block.text or ":" in block.text:
            cut = [(block.start + m.start(), block.start + line_end(block.text, m.end()))
                   for m in working.finditer(block.text)]
            if cut:
                block.regions = spans_without(block.regions, cut)
    return blocks


def _date_materials(blocks: list[Block]) -> list[Block]:
    """An exam paper's given materials (`资料1` over a report): each holds for the first
    year its text states, from its label through the paragraphs after it up to the next
    heading or label line (`作答要求`), so that a figure before that year
    (`有3个老旧小区…。2023年，街道对其实施…`) is not dated by the exam's year."""
    label = _material_label()
    year = None
    inside = False
    for block in blocks:
        if label.match(block.text):
            inside, year = True, None
        elif not inside or block.kind != "paragraph" or _opens_with_a_label(block.text):
            inside = False
            continue
        year = year or year_of_heading(block.text)
        if year is not None:
            block.context = replace(block.context, section_year=year)
    return blocks


@lru_cache(maxsize=1)
def _entry_date() -> tuple[regex.Pattern, int]:
    spec = read_table("structure.toml")
    return regex.compile(spec["entry_date"]), spec["entries_needed"]


@lru_cache(maxsize=1)
def _entry_bylines() -> tuple[regex.Pattern, ...]:
    spec = read_table("structure.toml")
    return regex.compile(spec["entry_byline"]), regex.compile(spec["entry_dateline"])


def _entry_byline(line: str) -> regex.Match | None:
    return next((match for pattern in _entry_bylines() if (match := pattern.match(line)) is not None), None)


#: an entry's title line: short, one sentence at most
_ENTRY_TITLE = regex.compile(r"[^\n。！？]{4,60}[。！？]?")


def _entry_of(block: Block) -> tuple[str, regex.Match] | None:
    """(title, date) of a paragraph that opens an entry: a title line over a line that is only a date, or a
    line of its sender and date over its message (`_entry_byline`), or alone above it (a heading's layout too)."""
    title, _, rest = block.text.partition("\n")
    alone = block.kind in ("heading", "title") and not rest
    if (block.kind == "paragraph" or alone) and (byline := _entry_byline(title)) is not None:
        return byline.group("title"), byline
    if block.kind != "paragraph":
        return None
    date = _entry_date()[0].match(rest.partition("\n")[0])
    return (title, date) if date is not None and _ENTRY_TITLE.fullmatch(title.strip()) else None


def _under_a_byline_alone(blocks: list[Block], i: int, entries: dict[int, tuple[str, regex.Match]]) -> bool:
    """Block `i` comes right after an entry whose opening paragraph is its byline alone."""
    return i - 1 in entries and "\n" not in blocks[i - 1].text.strip()


def dates_an_entry(text: str, start: int) -> bool:
    """The line from `start` is an entry's date line alone (`2025-01-10`): when the entry was
    written, not a time its text opens with."""
    return _entry_date()[0].match(text[start:].partition("\n")[0]) is not None


def _date_entries(blocks: list[Block]) -> list[Block]:
    """A page of dated entries (`_entry_date`): each entry, from its title's paragraph up to the
    next entry or heading, is dated by its own date line; the year its title states is its section's.
    A heading right under an entry's byline standing alone (`邕宁消防　·　2026/12/15` over `【冬季防火】`)
    is the entry's own label, inside it."""
    entries = {i: entry for i, block in enumerate(blocks) if (entry := _entry_of(block)) is not None}
    if len(entries) < _entry_date()[1]:
        return blocks
    dated: list[Block] = []
    written = year = None
    for i, block in enumerate(blocks):
        if (entry := entries.get(i)) is not None:
            title, date = entry
            written = (int(date.group("year")), int(date.group("month")))
            year = year_of_heading(title)
        elif block.kind in ("heading", "title") and not _under_a_byline_alone(blocks, i, entries):
            written = year = None
        if written is not None:
            block = replace(block, context=replace(block.context, written=written,
                                                   section_year=year or block.context.section_year))
        dated.append(block)
    return dated


def _date_a_reprinted_issue(blocks: list[Block]) -> list[Block]:
    """A piece reprinted below a page's own head and lead (a pupil's paper in a post of the next January) is
    dated by its own masthead line (structure.toml `issue_line`), from that line to the end, as an entry is
    by its date: one such line only, after a paragraph of the page's own (a masthead at the head is the
    document's, and a list of issues is no reprint)."""
    pattern = _issue_line()
    found = [(i, match) for i, block in enumerate(blocks) if (match := pattern.search(block.text)) is not None]
    if len(found) != 1 or not any(block.kind == "paragraph" for block in blocks[:found[0][0]]):
        return blocks
    at, match = found[0]
    written = (int(match.group("year")), int(match.group("month")))
    return blocks[:at] + [block if block.context.written else replace(block, context=replace(block.context, written=written))
                          for block in blocks[at:]]


@lru_cache(maxsize=1)
def _issue_line() -> regex.Pattern:
    return regex.compile(read_table("structure.toml")["issue_line"])


#: a label line is short and states nothing (`作答要求`, `参考答案`)
_LABEL_LINE = regex.compile(rf"[^\n{regex.escape(CLAUSE_BREAKS + COLONS)}]{{1,10}}\s*(?:\n|$)")


def _opens_with_a_label(text: str) -> bool:
    return _LABEL_LINE.match(text.strip()) is not None


def _date_announced_list(blocks: list[Block]) -> list[Block]:
    """A release that announces N projects for a year in its title or lead and lists
    exactly N numbered items: the items and their bodies hold for that year, even
    under a recap heading of another year (the list is the plan the title announces)."""
    lead = " ".join(b.text for b in blocks[:3] if b.kind in ("title", "paragraph"))
    announced = announced_list(lead)
    if announced is None:
        return blocks
    year, count = announced
    span = _numbered_run(blocks, count)
    if span is None:
        return blocks
    first, last = span
    return [replace(b, context=replace(b.context, section_year=year)) if first <= i <= last else b
            for i, b in enumerate(blocks)]


def _filed_items(blocks: list[Block], text: str) -> list[Block]:
    """A form's item filed under a brand on a line of its own (`所属板块：常有善育`) gives that
    category to the item's other fields in the paragraph right under it (`年度目标：…`,
    `计划投资（万元）：680`), where it has none of its own; an empty line ends the item. (Within
    one paragraph, `Lines.group_field` reads the field line above.)"""
    for field, item in itertools.pairwise(blocks):
        if (field.kind == "paragraph" and item.kind == "paragraph" and item.context.category is None
                and (category := category_of_field_line(field.text)) and "\n\n" not in text[field.end:item.start]):
            item.context = replace(item.context, category=category)
    return blocks


def _led_items(blocks: list[Block]) -> list[Block]:
    """The numbered items right after a paragraph whose last line leads into them with a
    colon (`…票决确定的12件民生实事：` over `1．新增普惠托位600个`) stand under that line as
    under a section heading, where no heading holds them: what it says of the list (a vote
    adopted it) speaks for the items' figures, whose own item headings say nothing."""
    out = list(blocks)
    for i, lead in enumerate(blocks[:-1]):
        line = lead.text.rstrip().rsplit("\n", 1)[-1].strip()
        if lead.kind != "paragraph" or not line or line[-1] not in COLONS:
            continue
        for j, number in zip(range(i + 1, len(blocks)), itertools.count(1)):
            item = blocks[j]
            match = _NUMBERED.match(item.text) if item.kind == "heading" else None
            if match is None or parse_number(match.group(_style(match))) != number or item.context.outer_heading:
                break
            out[j] = replace(item, context=replace(item.context, outer_heading=line))
    return out


def _numbered_run(blocks: list[Block], count: int) -> tuple[int, int] | None:
    """Block indices of a run of headings numbered 1…count in one style, with their
    bodies (up to the next heading that is not deeper than the items); not a run that goes
    on to count+1 (eleven brand headings are not the nine projects of last year a lead recalls)."""
    numbered = [(i, _NUMBERED.match(b.text), _heading(b.text, False, False))
                for i, b in enumerate(blocks) if b.kind == "heading"]
    items = [(i, _style(m), parse_number(m.group(_style(m))), h.level) for i, m, h in numbered
             if m and isinstance(h, _Heading)]
    for k, (i, style, number, level) in enumerate(items):
        run = items[k:k + count]
        goes_on = k + count < len(items) and items[k + count][1:3] == (style, count + 1)
        if number == 1 and len(run) == count and not goes_on and [(s, n) for _, s, n, _ in run] == [
                (style, n) for n in range(1, count + 1)]:
            last_item = run[-1][0]
            after = next((j for j in range(last_item + 1, len(blocks)) if blocks[j].kind == "heading"
                          and (_level_of(blocks[j].text) or 0) <= level), len(blocks))
            return i, after - 1
    return None


def _level_of(heading: str) -> int | None:
    found = _heading(heading, markdown_doc=False, standalone=True)
    return found.level if isinstance(found, _Heading) else None


def _blocks(text: str) -> list[Block]:
    lines = _lines(text)
    underlined = _underlined_headings(lines, text)     # the lines spell `text` until a card is read
    # a text whose headings are marked (`## 养老`, `养老` over `----`) has no unmarked ones;
    # one rule under one short line may be a plain text's separator, not its style
    markdown_doc = len(underlined) >= _MARKED_BY_UNDERLINES or (
        "#" in text and any(_MARKDOWN.match(line.text.strip()) for line in lines))
    outline = _Outline()
    blocks: list[Block] = []
    before_item: tuple | None = None      # the outline as it was before an open item
    item_style: str | None = None         # the numbering of the open item heading (`⑤…`)
    declared: DeclaredUnit | None = None  # a unit declared at the end of the paragraph above
    cards = _cards(lines, text)
    # a card's lines have lost their margins: the lines spell another text than `text`
    charts = _chart_lines(lines, _spelled(lines) if cards else text) | _todo_lines(lines)
    chart_saved = None                   # the outline before the open chart
    card_end, card_saved = None, None    # the open card's last line, and the outline before it
    tables = find_tables(text, lines)
    note_scales = money_scales_of_notes(lines)
    head_unit = unit_line_of_the_head(lines)
    entries = _contents_entries(lines)
    # labels in black brackets naming topics make their siblings over bulleted items groups too; where two or
    # more of them head the text's sections, a label of their form beside them is their sibling heading
    bracket_headings = sum(_bracketed_heading(line.text.strip()) is not None for line in lines if "【" in line.text)
    bracketed_topics, bracketed_siblings = bracket_headings >= 1, bracket_headings >= 2
    slides = slide_titles([line.text for line in lines])
    slide_marks = {slide.mark for slide in slides.values()}
    checkboxes = _may_hold_checkboxes(_spelled(lines))
    bullets = _bullet_items(lines) if checkboxes else set()
    messages = _message_heads(lines)
    before_messages = None               # the outline outside every message of a chat export
    i = 0
    while i < len(lines):
        if card_end is not None and i > card_end:
            outline.restore(card_saved)       # a card's title governs its own lines only
            card_end = None
        if i in messages:
            # a heading inside a message heads that message only: the next sender speaks for himself
            if before_messages is None:
                before_messages = outline.save()
            else:
                outline.restore(before_messages)
            before_item, declared = None, None
        if (chart := charts.get(i)) is not None:
            if chart.kind == "open":
                chart_saved = outline.save()
            elif chart.kind == "close" and chart_saved is not None:
                outline.restore(chart_saved)      # a chart's sections head its own tasks only
            _chart_block(chart, text, outline, blocks)
            i += 1
            continue
        if _TREE_BRANCH.match(lines[i].text):
            i = _tree_blocks(lines, i, text, outline, blocks)
            before_item, declared = None, None
            continue
        if (card := cards.get(i)) is not None:
            card_saved, card_end = outline.save(), card.close
            if card.title:
                outline.enter(3, card.title, numbered=True)
                blocks.append(_block("heading", card.title_start, card.title_end, text, outline.context()))
            before_item, declared = None, None
            i = card.body
            continue
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if i in slide_marks:
            i += 1                                # the deck's furniture: no text of the slide
            continue
        if (slide := slides.get(i)) is not None:
            before_item, declared = None, None
            kind = outline.enter(2, slide.title)
            blocks.append(_block(kind, line.start, line.end, text, outline.context()))
            i += 1
            continue
        if (last := entries.get(i)) is not None:
            blocks.append(Block("contents", line.start, lines[last].end, text[line.start:lines[last].end],
                                outline.context(), regions=[]))
            i = last + 1
            continue
        if (table := tables.get(i)) is not None and not (line.is_cell and _tabbed_heading(lines, i)):
            _title_before_table(blocks, outline)
            table_unit = unit_line_before(lines, i) or unit_line_after(lines, table.end) or head_unit
            money_scale = unit_line_scale_before(lines, i)
            if money_scale is None:
                money_scale = next((scale for j, scale in reversed(note_scales) if j < i), None)
            blocks.extend(_table_blocks(text, table, outline, money_scale, table_unit,
                                        column_units_before(lines, i), _year_of_a_lead_into(blocks),
                                        units_listed_before(lines, i)))
            declared = _unit_for_a_note(lines, table, table_unit)
            i = table.end
            continue
        standalone = (i == 0 or lines[i - 1].blank) and (i + 1 >= len(lines) or lines[i + 1].blank)
        # the first line over its year or edition in brackets (`事业单位法人年度报告书` over `（2029年度）`): one title
        edition = not blocks and _under_its_edition(lines, i)
        standalone = standalone or edition
        subtitled = _over_its_subtitle(lines, i)
        found = (_Heading(underlined[i], line.text.strip()) if i in underlined
                 else _Heading(2, line.text.strip()) if subtitled
                 else _heading(line.text, markdown_doc, standalone, bracketed_siblings)
                 or _group_of_checkboxes(lines, i, bracketed_topics))
        # a line run on from its neighbours (a wrapped scan) may start with a titled item;
        # a checkbox item is one even standing alone
        checkbox = _checkbox_lead(line.text) if checkboxes else None
        lead = checkbox or (None if standalone and isinstance(found, _Heading) else _lead_heading(line.text))
        if i in bullets:
            lead = None                   # a bullet's line stands alone, its words no heading, its mark no status
        found = None if lead else found
        if isinstance(found, _Heading):
            before_item = None                    # a heading of its own ends the item
            item_style = _numbering_style(line.text) if found.numbered else None
            below = lines[i + 1] if (edition or subtitled) and not found.numbered else None
            kind = outline.enter(found.level, found.text + (f"\n{below.text.strip()}" if below else ""), found.numbered,
                                 boxed=_boxed(lines, i))
            blocks.append(_block(kind, line.start, below.end if below else line.end, text, outline.context()))
            # a unit line standing alone (`单位：万元`) reads as a heading; it declares the unit
            declared = unit_declared(line.text, line.start)
            i += 2 if below else 1
            continue
        if item := _item_heading(lines, i):
            # an item governs its one body paragraph: what follows the last item is
            # the release's own narrative again
            before_item = outline.save()
            outline.enter(3, item, numbered=True)
            blocks.append(_block("heading", line.start, lines[i + 1].end, text, outline.context()))
            declared = None
            i += 2
            continue
        # a paragraph: the run of non-blank, non-table lines, up to the next heading or
        # numbered paragraph with a lead title
        start = line.start
        if lead:
            # like an item, the title governs its own paragraph only
            before_item = outline.save()
            title, body_at = lead
            kind = outline.enter(title.level, title.text, numbered=True)
            blocks.append(_block(kind, line.start, line.start + body_at, text, outline.context()))
            start = line.start + body_at
        j = i
        lead_style = _numbering_style(line.text) if lead else None
        # a checkbox item governs its own line only: the list's next line or the prose after it is not its;
        # a bracketed lead's entry ends where the next line opens with a label in brackets, whether or not
        # that label names a topic (`【学校】…` over `【群众生活】…`: a sibling entry, not the school's); a titled
        # item's paragraph ends at the next number of its style, whose title may hold a figure or a list
        # (`（一）部分工程…不达标。…` over `（二）2处工程未按期建成。…`): the next item, not this one's body;
        # so does the paragraph under a numbered heading (`一、托位。` over its reply, then `二、养老服务点3个…。`)
        while (checkbox is None and j + 1 < len(lines) and not lines[j + 1].blank and not lines[j + 1].is_cell and j + 1 not in tables
               and j + 1 not in underlined and not _TREE_BRANCH.match(lines[j + 1].text)
               and not isinstance(_heading(lines[j + 1].text, markdown_doc, False, bracketed_siblings), _Heading)
               and not _group_of_checkboxes(lines, j + 1, bracketed_topics)
               and not _lead_heading(lines[j + 1].text) and not (lead and BRACKETED_LEAD.match(lines[j + 1].text))
               and not (lead_style and _numbering_style(lines[j + 1].text) == lead_style)
               and not (item_style and _numbering_style(lines[j + 1].text) == item_style)
               and not _titles_a_table(lines, j + 1, tables)
               and j + 1 not in cards and j != card_end and j + 1 not in charts
               and j + 1 not in slide_marks and j + 1 not in slides):
            j += 1
        if announced_list(text[start:lines[j].end], year=False) is not None or _sums_up_the_items(line.text):
            outline.leave_items()        # `十件民生实事将实行…` after the tenth item
        elif not lead and item_style is not None and _numbering_style(line.text) == item_style:
            outline.leave_item()         # `⑥…` too long for a heading: the next item, not the body of `⑤`
            item_style = None
        caption = markdown_doc and standalone and len(line.text.strip()) <= _MAX_HEADING
        kind = "figure" if found == "figure" else "caption" if caption else "paragraph"
        if kind == "paragraph":
            own = unit_declared(text[start:lines[j].end], start) or unit_captioned(text[start:lines[j].end], start)
            context = replace(outline.context(), unit=own or declared, status=lead[0].status if lead else None)
            if _recap().match(text[start:lines[j].end]):
                context = replace(context, category=None, named=False)
            blocks.extend(_paragraph_blocks(start, lines[j].end, text, context))
            declared = own if own and closes_its_text(text[start:lines[j].end], own, start) else None
        else:
            blocks.append(_block(kind, start, lines[j].end, text, outline.context()))
            declared = None
        if before_item is not None:
            outline.leave_own_paragraph(before_item)
            before_item = None
        i = j + 1
    return blocks


#: The label over a table of contents (`目录`, `目 录`, `CONTENTS`), spaces removed, lower case
_CONTENTS_LABELS = frozenset({"目录", "contents"})
#: What follows an entry's title in a table of contents: dot leaders before a page number
_LEADERS = " \t\u3000.．…·-—"
#: Where a heading's subtitle starts (`02 分领域成效｜养老`, `三、民生保障：…`)
_SUBTITLE = regex.compile(r"[｜|：:—（(]")


def _title_of_entry(line: str) -> str:
    """A line as a table of contents would list it, without a page number and its dot
    leaders; "" for a line too long to be a heading (never scanned further: a line of
    a million digits stays linear)."""
    stripped = line.strip()
    if len(stripped) > _MAX_HEADING + 10:
        return ""
    return stripped.rstrip("0123456789").rstrip(_LEADERS) or stripped


def _contents_entries(lines: list[_Line]) -> dict[int, int]:
    """Tables of contents: the index of a `目录` line → the index of its last entry.
    Its entries are the lines after it whose titles appear again further on (the
    headings they list, as a slide deck or a long report has them); they are no
    headings themselves, so `04 2023年打算` listed on page 1 dates nothing after it."""
    labels = [i for i, line in enumerate(lines) if "".join(line.text.split()).lower() in _CONTENTS_LABELS]
    if not labels:
        return {}             # few documents have one: the titles of every line are read only for those
    titles = [_title_of_entry(line.text) for line in lines]
    # a heading may run on past the title its entry lists (`02 成效｜养老`): its head counts too
    last_at = {key: k for k, title in enumerate(titles) for key in (title, _SUBTITLE.split(title, 1)[0])}
    found: dict[int, int] = {}
    for i in labels:
        last, k = None, i + 1
        while k < len(lines) and (lines[k].blank or (titles[k] and last_at[titles[k]] > k)):
            last = k if not lines[k].blank else last
            k += 1
        if last is not None:
            found[i] = last
    return found


#: A sentence ends after 。！？ and any closing quotes or brackets, or at a line break.
SENTENCE_END = regex.compile(char_class(SENTENCE_ENDS) + r"+[”’」』）)]*|\n")
_PART_START = regex.compile(rf"{SENTENCE_END.pattern}|{char_class(SEMICOLONS)}")
#: The indent that opens a paragraph on a line of its own: a full-width space, two spaces or a tab
_INDENT = r"(?:\u3000| {2}|\t)"
#: A line that opens indented (`\n　　…`): a new paragraph, where the phrase that
#: opened the paragraph before (`围绕“老有颐养”，…`) no longer governs
_INDENTED_LINE = regex.compile(rf"\n{_INDENT}")
#: …and all of a line's indent before the sentence it opens
_WHOLE_INDENT = regex.compile(rf"{_INDENT}[\u3000 \t]*")


def opens_indented_line(text: str, start: int) -> bool:
    """The sentence at `start` opens an indented line (`　　三是…。`), a paragraph of its own
    though no blank line parts it from the lines above."""
    line_start = text.rfind("\n", 0, start) + 1
    return line_start > 0 and _WHOLE_INDENT.fullmatch(text, line_start, start) is not None


def _paragraph_blocks(start: int, end: int, text: str, context: Context) -> list[Block]:
    """A paragraph, cut where a sentence, or a part of one after `；`, opens with a brand or
    topic phrase (`围绕“常有善育”，…`, `…；医疗方面，…`): from there to the next such phrase,
    or to the next indented line, the phrase's category governs. A brand named at the head of a
    part after `；` (`…；围绕“常有安居”，…；硬化通村路6.4公里`) governs that part alone: the paragraph
    goes through its matters one part each, and the parts after it name their own."""
    cuts: list[tuple[int, Context]] = [(start, context)]
    framed: str | None = None     # the category of the framed topic in force, if one is
    part_brand = False            # the phrase in force is a brand at the head of a part after `；`
    opens = sorted({start, *(m.end() for m in _PART_START.finditer(text, start, end))})
    for sentence_start in opens:
        after_part = text[sentence_start - 1:sentence_start] in ("；", ";")
        phrase = inline_phrase(text[sentence_start:end].lstrip(), frames_only=after_part)
        if phrase is not None:
            framed = phrase.category if phrase.framed else None
            part_brand = after_part and not phrase.framed
            cuts.append((sentence_start, replace(context, category=phrase.category)))
        elif part_brand:
            part_brand = False
            cuts.append((sentence_start, context))
        elif framed and leaves_the_frame(_sentence_at(text, sentence_start, end), framed):
            framed = None
            cuts.append((sentence_start, context))
        elif cuts[-1][1] is not context and _new_paragraph(text, sentence_start) \
                and not _goes_on_with_the_card(text, sentence_start):
            cuts.append((sentence_start, context))
    bounds = [*(position for position, _ in cuts[1:]), end]
    pieces = [_block("paragraph", position, bound, text, ctx)
              for (position, ctx), bound in zip(cuts, bounds)]
    return [piece for piece in pieces if piece.start < piece.end]


def _new_paragraph(text: str, start: int) -> bool:
    """The line at `start` opens a paragraph of its own: it is indented, or the line
    before it closed its sentence (`…适老化改造526户。\n老旧小区改造…`: a dump with a
    paragraph a line and no blank lines), not a wrapped line run on mid-sentence."""
    return bool(_INDENTED_LINE.match(text, start - 1)) or (
        text[start - 1:start] == "\n" and text[start - 2:start - 1] in SENTENCE_ENDS)


def _goes_on_with_the_card(text: str, start: int) -> bool:
    """The line at `start` is a field of the card a phrase heads, set flush under it (`〖主线2〗【常有善育】托育…⏎
    任务目标：…。⏎任务奖励：投入资金85万元`): the card goes on; an indented line is a paragraph of its own
    (`　　县民政局：…`), whatever its colon."""
    return not _INDENTED_LINE.match(text, start - 1) and CARD_FIELD.match(text, start) is not None


def _sentence_at(text: str, start: int, end: int) -> str:
    stop = SENTENCE_END.search(text, start, end)
    return text[start:stop.start() if stop else end]


#: how many lines a table's title, its attachment mark and its unit line take above it
_TABLE_TITLE_LINES = 3


def _titles_a_table(lines: list[_Line], i: int, tables: dict) -> bool:
    """Line `i` and the lines down to a table are short and end no sentence (`附件`,
    `各事项计划投资表`, `单位：亿元`): they title the table, not the prose above them,
    which a dump without blank lines runs on into them."""
    for k in range(i, min(i + _TABLE_TITLE_LINES + 1, len(lines))):
        if k in tables:
            return k > i
        words = lines[k].text.strip()
        if lines[k].blank or not words or len(words) > _MAX_HEADING or words[-1] in _SENTENCE_CLOSE:
            return False
    return False


_SENTENCE_CLOSE = CLAUSE_BREAKS + "、"


def _tabbed_heading(lines: list[_Line], i: int) -> bool:
    """A numbered heading indented with a tab (`\t二、主要任务`) over prose, not a table
    cell: the first line after it (and after the tab-indented headings under it) is
    prose; in a table dump it is a cell again."""
    for line in lines[i:]:
        if line.blank:
            continue
        if not line.is_cell:
            return True
        if not isinstance(_heading(line.text, markdown_doc=False, standalone=False), _Heading):
            return False
    return True


#: A node of a tree drawn in box characters (a mind map's outline export, `tree`'s output):
#: the guides of its ancestors (`│   `, spaces), then its branch (`├─`, `└─`), then the node's text
_TREE_BRANCH = regex.compile(r"^(?P<guides>[│┃|\s]*)[├└┣┗]─+\s*(?=\S)")
#: the heading level of a tree's top nodes: under the document's title and its sections
_TREE_LEVEL = 3


def _tree_blocks(lines: list[_Line], first: int, text: str, outline: _Outline, blocks: list[Block]) -> int:
    """The nodes of a tree drawn in box characters from line `first`: a node with children
    heads them (`├─ 01 常有善育` over `│   ├─ 新增普惠托位120个`), a node without is a line of
    its own (a note under an item, `└─ 备注：2026年底全县托位210个`, dates and governs nothing
    after it). Returns the index after the tree's last line."""
    nodes = []
    i = first
    while i < len(lines) and (branch := _TREE_BRANCH.match(lines[i].text)):
        nodes.append((i, display_width(branch.group("guides").replace("\t", "    ")), branch.end()))
        i += 1
    saved: list[tuple[int, _SavedOutline]] = []          # the outline before the open node of each depth
    for k, (index, depth, body) in enumerate(nodes):
        while saved and saved[-1][0] > depth:
            saved.pop()
        if saved and saved[-1][0] == depth:
            outline.restore(saved[-1][1])          # a sibling ends the node before it
        else:
            saved.append((depth, outline.save()))
        line = lines[index]
        has_children = k + 1 < len(nodes) and nodes[k + 1][1] > depth
        if has_children:
            level = _TREE_LEVEL + len(saved) - 1       # `saved` holds one node of each shallower depth, then this one
            outline.enter(level, line.text[body:].strip(), numbered=True)
            blocks.append(_block("heading", line.start + body, line.end, text, outline.context()))
        else:
            blocks.append(_block("paragraph", line.start + body, line.end, text, outline.context()))
    if saved:
        outline.restore(saved[0][1])               # the text after the tree is under the headings before it
    return i


def _block(kind: str, start: int, end: int, text: str, context: Context) -> Block:
    start, end = trimmed(text, start, end)
    return Block(kind, start, end, text[start:end], context, regions=[(start, end)])


#: What the figures of a Gantt chart's task name are: the work the chart plans
TASK = "task"
#: …and of a todo.txt task's words: the work the board lists, save what they report done
TODO = "todo"


def _chart_block(line: _ChartLine, text: str, outline: _Outline, blocks: list[Block]) -> None:
    """A line of a Gantt chart's source as a block: its title, a section's heading, or a
    task's name (only the name: its tags, ids and dates are the chart's)."""
    if line.kind in ("open", "close", "skip") or line.start == line.end:
        return
    if line.kind == "section":
        outline.enter(3, text[line.start:line.end], numbered=True)
        blocks.append(_block("heading", line.start, line.end, text, outline.context()))
    elif line.kind == "title":
        blocks.append(_block("paragraph", line.start, line.end, text, outline.context()))
    else:
        status = TODO if line.kind == TODO else TASK
        blocks.append(_block("paragraph", line.start, line.end, text, replace(outline.context(), status=status)))


#: what joins the areas a table's title lists (`住房和社区、设施服务类指标`)
_AREA_JOINS = regex.compile(r"[、，,]")


def _lists_areas(title: str) -> bool:
    """A table title that lists several areas, not all of one topic: its rows are of
    several topics, none of which the title assigns them."""
    parts = [part for part in _AREA_JOINS.split(title) if part.strip()]
    return len(parts) > 1 and len({category_of_heading(part) for part in parts}) > 1


#: a note in brackets on a table's units (`（金额单位：万元）`, `（单位：各栏同年度目标）`)
_UNIT_NOTE = regex.compile(r"[（(][^（()）]{0,4}单位[：:]")
#: a line that is a note in brackets, holding a clause or sentence of its own
_BRACKETED_NOTE = regex.compile(rf"[（(][^（）()]*{char_class(CLAUSE_BREAKS)}[^（）()]*[）)]")


#: a document's year or edition in brackets on the line under its title (`（2029年度）`, `（征求意见稿）`)
_EDITION = regex.compile(r"[ \t\u3000]*[（(][^（）()\n]{2,24}[）)][ \t\u3000]*")


def _under_its_edition(lines: list[_Line], i: int) -> bool:
    """Line `i` opens the text, over a line of its year or edition in brackets and a blank line."""
    return (all(line.blank for line in lines[:i]) and i + 1 < len(lines) and not lines[i].is_cell
            and _EDITION.fullmatch(lines[i + 1].text) is not None and (i + 2 >= len(lines) or lines[i + 2].blank))


#: A subtitle's line under its headline (`——某镇为民办实事项目完成情况`)
_SUBTITLE_LINE = regex.compile(r"^[ \t\u3000]*[—－-]{2}[^—－\-]")


#: A sentence's or a clause's mark: a headline has none
_SENTENCE_INSIDE = regex.compile(char_class(CLAUSE_BREAKS))


def _over_its_subtitle(lines: list[_Line], i: int) -> bool:
    """Line `i` is a headline over its subtitle (`晒晒2026年的“民生账本”` over `——某镇为民办实事项目完成情况`,
    as a poster, a blackboard or a feature sets its title): the two head what follows as one heading,
    blank lines around them or not. Neither holds a sentence or a figure (a year may be named)."""
    if i + 1 >= len(lines) or lines[i].blank or lines[i].is_cell or not _SUBTITLE_LINE.match(lines[i + 1].text):
        return False
    pair = (lines[i].text.strip(), lines[i + 1].text.strip())
    return all(len(part) <= _MAX_HEADING and part[-1] not in _CLOSING and not _SENTENCE_INSIDE.search(part)
               and not find_quantities(part) for part in pair)


def _title_before_table(blocks: list[Block], outline: _Outline) -> None:
    """The short line just above a table (above its unit line, if any) titles the table:
    its year and category hold for the rows, whether or not blank lines set it off; a
    signature or date line (`某办公室　　2031年1月12日`) titles nothing, nor does a line above
    the table's own heading (a unit line, `单位：万元`, is no heading of its own), nor a note in
    brackets (`（收入按家庭成员合计，单位均为元；不含2030年新增的奖补。）`: its year is the note's), nor
    a note on its units that names no unit (`（单位：“核实完成”栏与“年度目标”栏相同）`: as the heading of the
    prose after the table, its column names would make every figure there a target)."""
    for block in reversed(blocks[-2:]):
        if block.kind in ("heading", "title") and (unit_declared(block.text, block.start) is None
                                                   or title_before_bracket(block.text)):
            return      # the table's own title, its unit in brackets or not (`附：各小组工作量（单位：处）`)
        if (block.kind in ("paragraph", "caption") and len(block.text) <= _MAX_HEADING + 10
                and money_scale_of(block.text) is None and not is_date_line(block.text)
                and not _BRACKETED_NOTE.fullmatch(block.text.strip()) and not _UNIT_NOTE.match(block.text.strip())):
            block.kind = outline.enter(2, block.text, titles_a_table=True)
            block.context = outline.context()
            return


def _year_of_a_lead_into(blocks: list[Block]) -> int | None:
    """The year the sentence leading into a table states, where the paragraph just above it ends
    with that sentence and a colon (`各子项完成情况见下表（数据截至2025年12月31日…）：`): it dates the
    rows, as a table's title does, in a letter whose year of writing is the next."""
    if not blocks or blocks[-1].kind != "paragraph":
        return None
    paragraph = blocks[-1].text.rstrip()
    if not paragraph or paragraph[-1] not in COLONS:
        return None
    sentence = _SENTENCE_END.split(paragraph[:-1])[-1]
    # a range of days (`招收2025年9月1日至2026年8月31日出生的幼儿`) bounds what is counted, not when
    times = find_times(sentence)
    if any(sentence[a.end:b.start] in _RANGE_MARKS for a, b in zip(times, times[1:])):
        return None
    # a note that says what a column counts (`（“上年汛期调用”为2020年6月至9月实际调用数，…）`) dates that column
    # in its own header's words, not the table
    if _COLUMN_DEFINED.search(sentence):
        return None
    return year_of_heading(sentence)


_RANGE_MARKS = frozenset("至到—–-~～")
#: a quoted column's name and what it stands for (`“本年新购入库”为…`)
_COLUMN_DEFINED = regex.compile(r"[“\"「][^”\"」]{2,12}[”\"」](?:为|是|指)")


def _table_blocks(text: str, table: TableText, outline: _Outline, money_scale: float | None,
                  declared: HeaderUnit | None = None, column_units: dict[str, str] | None = None,
                  lead_year: int | None = None, listed_units: tuple[str, ...] = ()) -> list[Block]:
    blocks: list[Block] = []
    above = outline.context()        # what the headings above the table assign
    if lead_year is not None and above.section_year is None:
        above = replace(above, section_year=lead_year)
    group = above
    rows = table_rows(text, table, money_scale, declared, column_units, listed_units)
    of_projects = any(not isinstance(row, GroupRow) and not row.total and row.row.project for row in rows)
    # group rows that name brands or groups (`〔交通畅行〕`) are siblings of a brand heading just above the table
    # (`〔就业创业〕` over the header): a group row naming none (`第二页　二类货`) ends it, its rows go by their own topics
    branded_groups = above.named and any(isinstance(row, GroupRow) and category_by_alias(_group_row_name(row)) for row in rows)
    for row in rows:
        if isinstance(row, GroupRow) and row is rows[-1]:
            blocks.append(_trailing_heading(row, text, outline))
            continue
        if isinstance(row, GroupRow):
            # a group row spanning the columns: `一、常有善育`
            label = _group_row_name(row)
            category = category_of_heading(label)
            group = (replace(above, category=category, heading=label, named=category_by_alias(label) is not None)
                     if category else replace(above, category=None, heading=label, named=False) if branded_groups
                     else replace(above, heading=label))
            blocks.append(Block("heading", row.label.start, row.label.end, row.label.text, group, regions=[]))
            continue
        stated = "\n".join(text[s:e] for s, e in row.regions)     # the row's target and remarks
        # a total row adds up rows whose headings are their projects: the heading above the
        # table (`…完成情况表`) speaks for its figures no more than for theirs (`合计 | 10项 | 完成10项`);
        # rows of places do the heading's work, and so does their total
        if row.total == "all":
            context = replace(above, heading=None) if of_projects else above
        else:
            context = replace(above, category=OTHER) if row.total == "class" else _row_context(row.row, group, stated)
        blocks.append(Block("table_row", row.start, row.end, text[row.start:row.end], context, row=row.row,
                            regions=row.regions, total=row.total))
    return blocks


def _group_row_name(row: GroupRow) -> str:
    """A group row's label without its number (`一、常有善育` → `常有善育`)."""
    return _NUMBERED.sub(r"\g<rest>", row.label.flat)


def _trailing_heading(row: GroupRow, text: str, outline: _Outline) -> Block:
    """A group row that closes a table labels no row of it: it is the heading of what
    follows (`二、长者食堂（共5处）` over the next table, taken in by the one above across a
    blank line), so it enters the outline like any heading."""
    label = _group_row_name(row)
    kind = outline.enter(_level_of(row.label.flat) or 2, label, numbered=True)
    return Block(kind, row.label.start, row.label.end, row.label.text, outline.context(), regions=[])


def _row_context(row: TableRow, group: Context, stated: str = "") -> Context:
    """The group row or column assigns its rows' category (`教育优质均衡` over `平安校园`:
    a school's alarms are education's); under a group that assigns none, a project name
    that names a brand or group does (`“常有善育”工程`), else the project's one topic
    (`缓解停车难充电难`: its 充电桩 are parking, not housing), else the topic of what the
    row states (its target, its remarks: `stated`)."""
    branded = category_by_alias(row.project) if row.project and group.category is None else None
    category = group.category or branded
    if category is None and row.project:
        category = _topic_of_one_project(row.project)
    if category is None and row.project and stated:
        # a name of no topic (`农村饮水安全巩固提升`): the row's target says it
        # (`提升26个村饮水工程`), for all its cells, the bare rate too
        category = _topic_of_one_project(stated)
    # the row's project stands under the table's heading (`【诉求分类前五位】` over `教育 | 2243`)
    outer = group.heading if row.project and group.heading != row.project else group.outer_heading
    return Context(category, row.year or group.section_year, row.project or group.heading, bool(branded) or group.named,
                   group.section_relative, outer_heading=outer)


_PROJECT_BREAK = regex.compile(char_class(SEMICOLONS))


def _topic_of_one_project(cell: str) -> str | None:
    """The topic of a row's cell, unless it joins several projects of different topics
    (`新建社区卫生服务站6个；…免费健康体检；新增普惠托位400个`, a department's row of a
    responsibility table): such a cell assigns its row none, each figure goes by its own
    project's words."""
    topics = {category_of_item(part) for part in _PROJECT_BREAK.split(cell)} - {None}
    return None if len(topics) > 1 else category_of_heading(cell)
