"""The year stage: when a document was written and what year it is about, the years each
sentence's figures resolve against, and a figure's own year.

    Document → prepare: clean view, structure, DocumentInfo (year of writing, subject year)
             → sentences_in_time: each sentence with its Years (a paragraph's opening time
               carried to the sentences after it)
             → figure_year: the governing time of the figure, else what its paragraph carries
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import regex

from extractors.categories import after_inline_head
from extractors.place import place_of
from extractors.punctuation import CLAUSE_BREAKS, COLONS
from extractors.quantities import Quantity, find_quantities
from extractors.stance import kind_key, plans_under
from extractors.times import (TimeExpr, base_date_year, written_in_the_lunar_year_end, reviews_in_month, labels_a_founding, counts_fieldwork, counts_own_output, date_line_date, document_year,
                              event_year, fieldwork_year, find_times, governing_time, greeted_year, head_time,
                              in_force_year, is_a_year_end, is_date_line, is_minutes_header, lead_year,
                              list_reviewed_in_lead, month_of_writing, numbers_an_issue, of_the_year_discussed,
                              opens_frame, paragraph_time, plan_period, proposed_list_year, range_end_before,
                              refers_back, reinspects_an_earlier_year, reviewed_when_published, reviews_the_year_before,
                              runs_up_to_now, starts_another_voice, tells_history, tells_new_work, title_year,
                              year_before_discussed, year_last_named, year_of_heading, year_under_discussion,
                              year_of_writing_glossed, yearbook_year)

from .document import CleanView, Document
from .manifest import published_year
from .sentences import Sentence, split_sentences
from .structure import (CARD_FIELD, Block, dates_an_entry, is_contents_entry, lists_the_contents, opens_indented_line,
                        parted_by_a_rule, resolve_section_years, structure)

#: How much of the text opens it (the lead that names who speaks, where no title does)
_LEAD_CHARS = 200
#: How much of the body is read as its lead for the year it is about: a notice's sender and
#: salutation lines come first, and the clause that files its matter under a year's list may
#: follow a paragraph of history (`本项目列为区政府2022年“常有安居”民生实事…`, some 250 characters in)
_LEAD_BODY_CHARS = 300


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the run learned about a document as a whole."""
    doc_year: int | None         # the year of writing: 今年 means it
    doc_year_source: str
    title: str | None
    #: the year the document's figures hold for unless they say otherwise: the year its
    #: title names (a 2026 plan voted in December 2025; a 2024 report published in 2025)
    subject_year: int | None = None
    #: the first and last year of the several years the title names (`三年行动方案（2024—2026年）`)
    period: tuple[int, int] | None = None
    place: str | None = None    # the city, district or county it speaks for (钟楼区)
    city: str | None = None     # the place's city where stated (常州市)
    #: the month of writing, where the date line or the metadata gives it: a school term
    #: (`上学期`) and a look back of January (`五年来`) count from it
    written_month: int | None = None
    #: the year the document says its own work ran (`本次评估于2027年…进行`): its fieldwork's
    fieldwork_year: int | None = None

    @property
    def years(self) -> "Years":
        return Years(self.doc_year, self.subject_year or self.doc_year, period_end=self.period and self.period[1],
                     written_month=self.written_month, fieldwork=self.fieldwork_year)


@dataclass(frozen=True, slots=True)
class Years:
    """What a figure's year is resolved against."""
    written: int | None              # 今年, 去年, 明年 and dates without a year count from it
    subject: int | None              # the default, where nothing nearer states a year
    carried: int | None = None       # stated at the head of an earlier sentence of the paragraph
    #: the carried year is the end of a year before the subject year (`2027年底我县…` in a plan for
    #: 2028), a baseline: a word of the year under discussion after it (`年内`) means the subject year
    baseline: bool = False
    period_end: int | None = None    # the last year of the several years the title names (2024—2026年)
    written_month: int | None = None  # the month of writing, where known
    fieldwork: int | None = None     # when the document's own evaluation ran, where it says


@dataclass(frozen=True, slots=True)
class Prepared:
    document: Document
    clean: CleanView
    blocks: list[Block]
    info: DocumentInfo



def prepare(doc: Document, doc_year: int | None = None) -> Prepared:
    clean = doc.clean
    blocks = structure(clean.text, doc.meta.title)
    info = _document_info(doc, blocks, clean.text, doc_year)
    return Prepared(doc, clean, resolve_section_years(blocks, info.doc_year), info)


def _document_info(doc: Document, blocks: list[Block], text: str, override: int | None) -> DocumentInfo:
    first_title = next((b.text for b in blocks if b.kind == "title"), None)
    title = doc.meta.title or first_title
    titles = " ".join(t for t in (doc.meta.title, first_title) if t) or None
    place = place_of([doc.meta.place, title, text[:_LEAD_CHARS], doc.meta.source])
    given = override if override is not None else doc.meta.doc_year
    period = plan_period(titles)
    dated = date_line_date(text)          # read once: the year, the month of writing, a review
    if given is not None:
        year, source = given, "given"
    else:
        year, source = document_year(titles, text, published_year(doc.meta), dated)
    subject = title_year(titles, year) if titles else None
    if titles and (volume := yearbook_year(titles, "")) is not None:
        subject = volume        # a yearbook's volume or a handbook's edition (`县情要览（2026年版）`) records the year before
    month = month_of_writing(dated, doc.meta.published, source)
    lead = _lead(blocks)
    if subject is not None and numbers_an_issue(titles, subject):
        # the title's year dates the issue or the session: its lead may name what it is about
        subject = lead_year(lead, year, month) or list_reviewed_in_lead(lead, year, month) or subject
    if subject is None:
        # a notice in force from a date it states is about that date's year (signed in
        # December for 1 January), whatever year its lead opens with
        subject = (base_date_year(text, year) or in_force_year(text, year) or event_year(text, year)
                   or lead_year(lead, year, month)
                   or list_reviewed_in_lead(lead, year, month))
    if subject is None and reviews_in_month(month) and kind_key(doc.meta.kind) == "completion_report":
        # a report on the list's completion, written in the next year's first month with no year of its own in its
        # title or lead (`说事记录本`, 2028-01-09: `去年（2027年）…10件实事，年底办成了没有`): the year it reports on
        subject = year - 1
    if titles and reinspects_an_earlier_year(titles, subject, year) and base_date_year(text, year) != subject:
        # the title's year names the works re-inspected, not the year of its findings, unless the
        # report dates its findings to that year (`评估基准日：2027年12月31日`)
        subject = year
    head = f"{titles or ''}\n{_headline(blocks)}"     # the title the manifest gives, and the page's own
    if source in _DATED_SOURCES and (greeted := greeted_year(head, year, month)):
        # a new-year address of 31 December speaks from the year it greets, looking back on the one before
        year, source, month, subject = greeted, f"{source} of an address at the year's turn", None, greeted - 1
    elif (source == "date line" and reviews_the_year_before(head, dated, year, subject)
          and _reads_from_the_year_reviewed(lead, text, year, month, subject)):
        year, source, month = subject, "date line of a review of the year before", None
    elif (source == "metadata" and reviewed_when_published(head, doc.meta.published, year, subject)
          and _glosses_no_other_year(text, subject)):
        year, source, month = subject, "publication date of a review of the year before", None
    elif (source in _DATED_SOURCES and written_in_the_lunar_year_end(lead, month)
          and _glosses_no_other_year(text, year - 1)):
        year, source, month = year - 1, f"{source} of a text written in the lunar year's last month", None
    return DocumentInfo(year, source, title, subject, period, place.place, place.city, month, fieldwork_year(text))


def _reads_from_the_year_reviewed(lead: str, text: str, written: int, month: int | None,
                                  reviewed: int | None) -> bool:
    """A review of the year before, dated in the next, speaks from the year it reviews (its 今年): unless it glosses `去年`
    or `今年` with a year that says it was written in another (`_glosses_no_other_year`), or, glossing none, its lead names
    the year reviewed as `去年` counted from the date of writing (`编者按：去年1月，我们把镇里的12件民生实事画成了一张…`, a
    January account of the year before; held-out 329's 32901): then its 去年 is the year reviewed."""
    glossed = year_of_writing_glossed(text)     # read once: a regex over the whole text
    if glossed is not None:
        return glossed == reviewed
    return not (reviewed == written - 1 and list_reviewed_in_lead(lead, written, month) == reviewed)


def _glosses_no_other_year(text: str, reviewed: int | None) -> bool:
    """A review of the year before makes that year its 今年, unless the text glosses `去年` or `今年` with a year that says
    it was written in another (`去年（2026年）` in a January account of 2026)."""
    return year_of_writing_glossed(text) in (None, reviewed)


#: where a year of writing comes from a date (an address at the year's turn is read against it)
_DATED_SOURCES = ("date line", "metadata")


def _headline(blocks: list[Block]) -> str:
    """The title and headings above the first paragraph (a page's breadcrumb, then the
    article's own title as a heading)."""
    head = []
    for block in blocks:
        if block.kind == "paragraph":
            break
        head.append(block.text)
    return "\n".join(head)


def _lead(blocks: list[Block]) -> str:
    """The first paragraphs of the body, up to `_LEAD_BODY_CHARS`: not the title, headings,
    the lines that date the page or the entries of its contents."""
    lead = ""
    for block in blocks:
        if len(lead) >= _LEAD_BODY_CHARS:
            break
        if block.kind == "paragraph" and (body := _after_date_lines(block.text)) and not lists_the_contents(body):
            lead += "".join(f"{line}\n" for line in body.split("\n") if not is_contents_entry(line))
    return lead[:_LEAD_BODY_CHARS]


def _after_date_lines(text: str) -> str:
    """A paragraph's lines after the last one that dates the page: a portal page copied as
    one block (breadcrumb, title, `发布时间：2024-03-28 文号：…`, then the notice's first
    sentence) has its body after the date line, and its first year is there (`定于2024年4月1日起
    正式对外开放`), not in the sections below."""
    lines = text.split("\n")
    dated = [i for i, line in enumerate(lines) if is_date_line(line) or is_minutes_header(line)]
    return "\n".join(lines[dated[-1] + 1:]).strip() if dated else text


def sentences(prepared: Prepared) -> Iterable[Sentence]:
    return split_sentences(prepared.blocks, prepared.clean.text)


def sentences_in_time(prepared: Prepared) -> Iterator[tuple[Sentence, Years, list[TimeExpr] | None]]:
    """Each sentence with the years its figures resolve against and its time expressions
    (None for a sentence with no figure to date: nothing reads them): a time a sentence
    opens with (`今年以来，…`) is carried to the sentences after it in the same paragraph,
    until another sentence opens with one; a paragraph that an inline brand phrase parts
    into blocks (`过去一年，…。我们擦亮“和合善育”品牌，…`) is still one paragraph."""
    base = prepared.info.years
    block, years = None, replace(base, carried=None)
    frame = None     # carried across paragraphs (opens_frame), up to the next heading
    table_starts = [b.start for b in prepared.blocks if b.kind == "table_row"]
    for sentence in sentences(prepared):
        if sentence.block is not block:
            same_paragraph = block is not None and "\n" not in prepared.clean.text[block.end:sentence.block.start]
            if block is None or sentence.block.context.written != block.context.written:
                base = years_of_entry(prepared.info.years, sentence.block.context.written)
                frame, years = None, replace(base, carried=None)
            # (a table ends it too: the text after it goes on from the table, not from the line above it)
            past_a_table = sentence.block.kind != "table_row" and _table_between(
                table_starts, block.start if block is not None else 0, sentence.block.start)
            # (and so does a rule across the page, `━━━━` between a post's lead and its cards: what the lead opened
            # on last year, `去年的9项实事已全部交镖`, does not date the cards below it; held-out 341's 34100)
            past_a_rule = block is not None and parted_by_a_rule(prepared.clean.text, block.end, sentence.block.start)
            block = sentence.block
            if block.kind in _FRAME_ENDS or past_a_table or past_a_rule or _opens_with_a_dated_title(block.text):
                frame = None
            if not same_paragraph:
                years = _carrying(base, frame, years)
        elif (opens_indented_line(prepared.clean.text, sentence.start) or _opens_field_line(prepared.clean.text, sentence.start)
              or _opens_run_in_line(prepared.clean.text, sentence.start)):
            # `　　三是…。` on a line of its own, a card's next field (`计划投资：1260万元` under a target line that
            # ends `到2027年，…`), a yearbook entry's next part under its run-in name (`一老一小　石龙镇…` after
            # `2028年1月，…进行满意度测评`): a paragraph of its own
            years = _carrying(base, frame, years)
        if (starts_another_voice(sentence.text) or _ARTICLE.match(sentence.text)
                or (_BRACKETED_LINE.match(prepared.clean.text, sentence.start) and _starts_line(prepared.clean.text, sentence.start))):
            # a reader's comment under a post: the last reader's year is not this one's; an article of rules
            # (`第一条　护林防火。` after `序　去年一年，…`) is a standing provision, not last year's news; a part of the
            # page under a bracketed label on a line of its own (`【车内拉手广告·配套小卡】` after `去年成绩：2025年…`) is another
            frame = None
            years = _carrying(base, None, years)
        times = find_times(sentence.text) if _has_figures(sentence) else None
        opening = paragraph_time(sentence.text, times)
        if opening is not None and sentence.block.context.written and dates_an_entry(sentence.text, opening.start):
            opening = None   # a search hit's date line (`2025-01-10`) over its snippet: when it was written
        elif opening is not None and labels_a_founding(_line_above(prepared.clean.text, sentence.start)):
            opening = None   # `建成年代` over `1996年`: a field's value, when the thing was built
        if opening is None:
            yield sentence, years, times
        else:
            # an opening of the year under discussion (`年末，…`, `是年，…`) speaks of the year the paragraph carries
            # (unless what the paragraph carries is a baseline: `年内` after `2027年底…` is the subject year)
            carried_year = years.carried if of_the_year_discussed(opening) and not years.baseline else None
            discussed = carried_year or sentence.block.context.section_year or base.subject
            carried = opening.resolve(base.written, discussed, base.period_end, base.written_month)
            baseline = carried is not None and base.subject is not None and carried < base.subject \
                and is_a_year_end(sentence.text, opening)
            carrying = _carrying(base, carried, years, baseline)
            label_end = _label_end_before(sentence.text, opening)
            # a time at the sentence's head dates its parts after `；` too (`今年在…建设…；开展…1500人次`),
            # also after a speaker's or a preface's label (`序　去年一年，…：…；…`)
            heads = (not sentence.text[:opening.start].strip() or label_end is not None
                     or getattr(head_time(sentence.text, times), "start", None) == opening.start)
            yield sentence, carrying if heads else years, times
            years = carrying
            opens = _opens_frame_after_its_label(sentence.text, opening, label_end)
            if _starts_line(prepared.clean.text, sentence.start) and opens \
                    and not baseline:      # `截至去年底，全区有托位3260个。`: where the work starts from, not a frame
                frame = carried
            elif opens and frame is not None and carried == base.subject != frame:
                # `去年的10件实事已全部办结…。今年，…`: the paragraph that opened on last year turns back to the
                # year under discussion; the paragraphs after it are of that year, not last year's
                frame = None
        if frame is None and times and plans_under(sentence.block.context.heading):
            # `1. 建议将…列入2028年县级民生实事，…` under `三、几点建议`: the proposals after it are for that year
            frame = proposed_list_year(sentence.text, times, base.written)


def _opens_with_a_dated_title(text: str) -> bool:
    """A paragraph led by a title line with its year (`某镇2025年民生实事装修报价单` over the form's
    fields): a new part of the page, which `去年…` in the paragraph before does not date."""
    first = text[:_TITLE_LINE_MAX + 1].split("\n", 1)[0].strip()
    return (len(first) <= _TITLE_LINE_MAX and not any(c in first for c in _NOT_IN_A_TITLE)
            and year_of_heading(first) is not None)


#: the longest line read as a title, and what a title line never holds (a clause's or a sentence's stops)
_TITLE_LINE_MAX = 40
_NOT_IN_A_TITLE = frozenset(CLAUSE_BREAKS + COLONS)


def _table_between(table_starts: list[int], start: int, end: int) -> bool:
    """Does a table row (of `table_starts`, sorted) start in [start, end)? (Rows of bare figure
    cells hold no sentence, so the sentences alone do not show a table was passed.)"""
    i = bisect.bisect_left(table_starts, start)
    return i < len(table_starts) and table_starts[i] < end


def years_of_entry(years: Years, written: tuple[int, int | None] | None) -> Years:
    """The years of a dated entry of a page of entries (a search hit dated `2024-09-03`): written
    then, about that year where its title names none; the document's elsewhere."""
    if written is None:
        return years
    year, month = written
    return replace(years, written=year, subject=year, written_month=month, period_end=None, carried=None)


def _label_end_before(text: str, opening: TimeExpr) -> int | None:
    """Where the sentence's text starts after a brand phrase that labels it, if the time opens that
    text (`围绕“常有善育”，今年…` → the index of `今年`); None where no label stands right before it."""
    start = after_inline_head(text)
    return start if 0 < start <= opening.start and not text[start:opening.start].strip() else None


def _opens_frame_after_its_label(text: str, opening: TimeExpr, label_end: int | None) -> bool:
    """`opens_frame`, read past a brand phrase that labels the paragraph (`label_end`, as `_label_end_before`
    finds it: `围绕“常有善育”，今年在…`: the year opens the paragraph's own text, and turns a text a line
    `去年，…` had turned to last year)."""
    if opens_frame(text, opening):
        return True
    return label_end is not None and opens_frame(
        text[label_end:], replace(opening, start=opening.start - label_end, end=opening.end - label_end))


def _opens_field_line(text: str, start: int) -> bool:
    """The sentence opens a line with a field's label and colon (`计划投资：…`)."""
    return _starts_line(text, start) and CARD_FIELD.match(text, start) is not None


def _opens_run_in_line(text: str, start: int) -> bool:
    """The sentence opens a line with a short name set off by a full-width space (`一老一小　…`, `教育卫生　…`),
    or a numbered label (`图7　…`, a photo album's captions, each its own picture)."""
    return _starts_line(text, start) and _RUN_IN_NAME.match(text, start) is not None


#: a bracketed label alone on its line (`【车内拉手广告·配套小卡（正面同车身，背面如下）】`): a part of the page of its own
_BRACKETED_LINE = regex.compile(r"【[^【】\n]{2,40}】[^\S\n]*(?:\n|$)")
#: a part's name run into its line, set off by a full-width space, as a yearbook's entry names its parts
_RUN_IN_NAME = regex.compile(r"(?:\p{Han}{2,8}|\p{Han}{1,3}[0-9０-９]{1,3})\u3000+(?=\p{Han})")


def _line_above(text: str, start: int) -> str:
    """The line above the one holding `start`."""
    line_start = text.rfind("\n", 0, start)
    return "" if line_start < 0 else text[text.rfind("\n", 0, line_start) + 1:line_start]


def _starts_line(text: str, start: int) -> bool:
    # a frame is opened by a line of its own, not by a sentence inside a paragraph
    # (`答：今年共安排36项…。去年确定的35项已全部完成。` compares, it does not turn the text)
    return not text[text.rfind("\n", 0, start) + 1:start].strip()


#: blocks that end the frame a time opened (a new section states its own year, or none)
_FRAME_ENDS = ("heading", "title")
#: an article of rules or a compact, numbered and set off by a space (`第一条　护林防火。`)
_ARTICLE = regex.compile(r"第[一二三四五六七八九十百\d]{1,4}条[ \t\u3000]")


def _has_figures(sentence: Sentence) -> bool:
    # four sentences in ten have none (a third of the text): their times go unread
    # (find_quantities keeps its answer for sentence_records, which asks next; where it
    # finds a figure all the same, a labelled one, it finds the times itself)
    return sentence.block.context.unit is not None or bool(find_quantities(sentence.text))


def _carrying(base: Years, carried: int | None, current: Years, baseline: bool = False) -> Years:
    # most sentences carry what the one before carried: no new Years for each
    if current.carried == carried and current.baseline == baseline:
        return current
    return replace(base, carried=carried, baseline=baseline)


def figure_year(sentence: Sentence, q: Quantity, times, years: Years,
                usable: list[TimeExpr] | None = None) -> int | None:
    """The governing time of the figure's sentence, else the time its paragraph opened
    with, else its section's year, else the document's subject year. `usable`: the
    sentence's `usable_times`, shared by its figures."""
    context_year = sentence.block.context.section_year or years.subject
    time = governing_time(sentence.text, times, q.start, q.end, usable)
    if time and tells_history(sentence.text, time, q.start, years.written):
        # `1984年建成，地上6层`: the building as it stands at the writing (not the year of a paragraph that opens with its history)
        return years.subject if context_year == time.year else context_year
    if time:
        if (before_discussed := year_before_discussed(sentence.text, times, time)) is not None:
            return before_discussed          # 2025年，…由上年的41%: the year before the sentence's own
        if refers_back(time) and (named := _year_named_before(sentence, years.written)) is not None:
            return named                     # 那一年: the year the paragraph named last
        if runs_up_to_now(sentence.text, time, q.start):     # 2023年以来累计…: a total up to the year under discussion
            return year_under_discussion(sentence.text, times, time.start, years.written) or context_year
        discussed = year_under_discussion(sentence.text, times, time.start, years.written) or (
            None if years.baseline and of_the_year_discussed(time) else years.carried)
        period_end = (time.span and range_end_before(sentence.text, times, time.start)) or years.period_end
        return time.resolve(years.written, discussed or context_year, period_end or context_year, years.written_month)
    if years.written is not None and counts_own_output(sentence.text, q.start):
        return years.written                 # 出具审计报告6份: the office's own work, in the year of writing
    if years.fieldwork is not None and counts_fieldwork(sentence.text, q.start):
        return years.fieldwork               # 发放问卷3200份: when the evaluation says it ran
    if years.baseline and (times and any(of_the_year_discussed(t) and t.start < q.start for t in times)
                           or tells_new_work(sentence.text, q.start)):
        return context_year                  # `年内新增…300个；招聘…60名`, `本站新增…80个` after a baseline: the subject year
    return years.carried or context_year


def _year_named_before(sentence: Sentence, written: int | None) -> int | None:
    """The year the sentence's block names last before it (read only for a `那一年`)."""
    block = sentence.block
    return year_last_named(block.text[:max(0, sentence.start - block.start)], written)
