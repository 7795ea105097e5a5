"""One document through every stage.

    Document → prepare (clean view, structure, document year) → sentences
             → figures: quantity → year → indicator → category
             → figure cells of task tables → fields borrowed across figures
             → Records with offsets into the original text

Each stage is a function of what came before it. The CLI (`analyse`) and the spaCy
components (pipeline/nlp.py) call the same functions; where the document assigns no
category, or the rules find no indicator, a `Backups` object may supply one (the
statistical models of extractors/models, when they are loaded).
"""
from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

import regex

from extractors.categories import (MONEY, OTHER, is_a_balance_column, of_any_group, names_only_money, beside_the_projects,
                                   boundary_under, counts_the_votes, own_work_in_a_part_of_its_own, counts_the_owners,
                                   tallies_what_the_public_sent_in, project_of_field, what_an_item_goes_on_about,
                                   counts_the_population, counts_what_the_public_sent_in, lead_of_list,
                                   names_several_categories, run_in_heading, category_by_topic, work_of_any_group, category_of_field_line,
                                   category_of_card_head, category_of_group_field, category_of_heading, counts_the_list, duties_of_a_post,
                                   speaks_to_the_report_before, counts_the_projects, goes_on_about_the_projects,
                                   keeps_its_own_topic, money_of_the_list, names_a_topic, names_the_economy,
                                   names_the_list, of_the_party, names_the_projects, parts_the_list,
                                   boundary_in_setting, over_a_topic_heading, own_work_beside_a_broad_group,
                                   renovation_sequel, speaks_of_the_list, topic_scores, work_of_heading)
from extractors.indicators import (compares_only, growth_frame, counts_institutions, find_indicator, label_of_list, of_institutions, progress_bar_name,
                                   indicator_confidence, indicator_of_caption, indicator_of_label,
                                   fuller_name_before, fuller_name_in_label, is_a_remainder, without_work_stage, is_bare_completion_rate, is_ranked_row, list_names_of,
                                   names_the_list_barely, names_only_a_field, place_part_head,
                                   ranked_row_name, ranking_measure, ranking_rows_reach, written_rate_name,
                                   rate_of_rated_list)
from extractors.numerals import TABLE as NUMERALS, parse_number
from extractors.verse import verse_counts
from extractors.progress import answered_items, item_noun, paired_figures, status_chips
from extractors.units import lookup as unit_lookup
from extractors.place import unit_named
from extractors.punctuation import CLAUSE_BREAKS, COLONS, COMMAS, ROUND_ASIDE, SEMICOLONS, SENTENCE_ENDS, char_class
from extractors.english import find_english_figures, is_english_prose, is_mostly_chinese
from extractors.english_phrases import english_indicator
from extractors.quantities import Quantity, find_quantities
from extractors.statistical import (POLICY, STATISTICAL, TEXTCAT_SOURCE, TOPIC_SOURCE, UNSURE_SOURCE, Models, Policy,
                                    category_decision, shared_models)
from extractors.stance import (ACHIEVED, PLAN, REPORT, TARGET, HeadingStances, StanceGuess, Where,
                               counts_the_list_column, document_kind, field_stance, legend_field, legend_fields,
                               slash_order, figure_stance, mixed_plan_year, paragraph_frame, row_expected)
from extractors.times import TimeExpr, find_times, runs_up_to_now, usable_times

from .bilingual import MEASURED, TWIN, Twins, follow_twins
from .dialogue import follow_the_dialogue
from .retractions import drop_retracted
from .diffs import mark_revisions
from .document import CleanView, Document
from .icalendar import upcoming_events
from .outline import cancelled_headlines
from .record import Record
from .sentences import Sentence
from .structure import BRACKETED_LEAD, CARD_FIELD, FIELD_OPENING, Block, Context, title_topic
from .years import DocumentInfo, Prepared, Years, figure_year, prepare, sentences_in_time, years_of_entry
from .tables import (DeclaredUnit, FigureCell, column_role, declared_figures, is_part_column, is_period, labelled_figures, level_header,
                     measured_against_standard, names_only_a_result, names_posts, referred_row, row_name_indicator, column_of, commented_column,
                     scaled, TableRow, unit_of_the_plan_before)

#: Indicators that name only a ratio: they borrow what it is a ratio of from the
#: figure before them in the sentence (`等级养老机构95家，占比达84.8%`). `完成率` is not
#: one: a completion rate is named as the rate itself (gold/README, "Indicator").
_BARE_RATIOS = ("占比", "比例", "比重", "覆盖率", "达标率", "建成率", "增幅", "增长率")


#: (sentence text, focus: the figure's indicator and its own clause, heading: the nearest
#: heading or table group above) → category, for figures the document assigns none
CategoryGuess = Callable[[str, str, str], str]
#: the same inputs → who of the backups gave that category (`Record.extra["category_source"]`)
SourceGuess = Callable[[str, str, str], str]
#: (sentence text, figure start, figure end) → indicator, where the rules find none
IndicatorGuess = Callable[[str, int, int], str | None]


def lexicon_category(sentence: str, focus: str, heading: str = "") -> str:
    """The topic lexicon; it reads no heading, since a heading that names one topic
    assigns its category already and one over several topics should not decide."""
    return category_by_topic(sentence, focus)


@dataclass(frozen=True)
class Backups:
    """What fills in where the document and the rules say nothing."""
    category: CategoryGuess = lexicon_category
    indicator: IndicatorGuess | None = None
    stance: StanceGuess | None = None       # None: the rules' year and kind decide what no word frames
    name: str = "rules"
    source: SourceGuess | None = None     # None: `name` gave every category
    #: the document's title: where no heading stands above a figure, the classifier reads it in
    #: the heading's place (a one-matter notice's title says what its figures count)
    title: str = ""

    def guess_category(self, sentence: str, focus: str, heading: str | None) -> tuple[str, str]:
        heading = heading or self.title
        category = self.category(sentence, focus, heading)
        return category, self.source(sentence, focus, heading) if self.source else self.name


#: rules only: the topic lexicon is the one backup, named as it is beside the models
RULES = Backups(name=TOPIC_SOURCE)


def combined_backups(models: Models | None = None, policy: Policy = POLICY, indicator: bool = True) -> Backups:
    """Rules first; the models where the document and the rules say nothing."""
    models = models or shared_models()
    decide = lru_cache(maxsize=4096)(lambda sentence, focus, heading="": category_decision(
        models, sentence, focus, heading, policy))
    return Backups(category=lambda sentence, focus, heading="": decide(sentence, focus, heading)[0],
                   source=lambda sentence, focus, heading="": decide(sentence, focus, heading)[1],
                   indicator=models.indicator if indicator else None,
                   stance=models.stance if models.has_stance else None, name=STATISTICAL)


# --------------------------------------------------------------------------- stages

#: The most a guessed indicator (the statistical model's, or one borrowed from the figure before)
#: is trusted; the rules' own judge gives up to 0.9.
_GUESSED_INDICATOR_CONFIDENCE = 0.5


def figure_indicator(sentence: Sentence, q: Quantity, spans: list[tuple[int, int]],
                     backups: Backups, lines: "Lines | None" = None) -> tuple[str | None, float]:
    """The indicator and how sure of it: the rules' phrase if their judge accepts it,
    else the statistical model's (where loaded), else none: null beats noise. A table
    cell of nothing but the figure counts what its row's name says."""
    if sentence.block.kind == "table_row" and _only_the_figure(sentence.text, q):
        named = row_name_indicator(sentence.block.row)
        if named is not None:
            return named, indicator_confidence(named, q.unit)
    if q.unit == "%" and (drawn := progress_bar_name(sentence.text, q.start)) is not None:
        return drawn, indicator_confidence(drawn, q.unit)
    if (caption := _caption_of_lone_figure(sentence, q, Lines() if lines is None else lines)) is not None:
        found = indicator_of_caption(caption, q.text)
        confidence = indicator_confidence(found, q.unit)
        if confidence > 0:
            return found, confidence
    # the first sentence of a block under a heading may be the body of a titled item, and
    # so is each of its property lines (`目标：20个`, `完成：22个` under `新建社区老年饭桌`)
    item = (sentence.block.context.heading
            if sentence.start == sentence.block.start or FIELD_OPENING.match(sentence.text) else None)
    found = find_indicator(sentence.text, q.start, q.end, spans, item)
    found = fuller_name_in_label(found, _label_of_line(sentence, q)) or found
    if (listed := label_of_list(sentence.text, q.start, found)) is not None:
        return listed, indicator_confidence(listed, q.unit)
    confidence = indicator_confidence(found, q.unit)
    if confidence > 0:
        return found, confidence
    if backups.indicator is not None:
        guess = backups.indicator(sentence.text, q.start, q.end)
        confidence = min(indicator_confidence(guess, q.unit), _GUESSED_INDICATOR_CONFIDENCE)
        if confidence > 0:
            return guess, confidence
    return None, 0.0


#: A line's label: an item's name before its colon, after a status tag (`【黄灯】公共停车泊位：…`)
_LINE_LABEL = regex.compile(rf"[ \t\u3000]*(?:【[^】\n]{{1,6}}】[ \t\u3000]*)?(?P<label>[^\s\d{COLONS}{CLAUSE_BREAKS}]{{2,16}}){char_class(COLONS)}")


def _label_of_line(sentence: Sentence, q: Quantity) -> str | None:
    """The label that opens the figure's line in its block, if any."""
    block = sentence.block
    found = _LINE_LABEL.match(block.text, _line_start_in_block(block, sentence.start + q.start))
    return found.group("label") if found else None


def _rate_of_listed_item(sentence: Sentence, q: Quantity, found: str | None) -> str | None:
    """A percentage on an item's line under a lead naming the rate (`rate_of_rated_list`)."""
    block = sentence.block
    start = _line_start_in_block(block, sentence.start + q.start)
    end = block.text.find("\n", start)
    line = block.text[start:] if end < 0 else block.text[start:end]
    return rate_of_rated_list(line, block.text[:start].splitlines(), found)


def _line_start_in_block(block: Block, at: int) -> int:
    """Where, in its block's text, the line holding the document offset `at` starts."""
    return block.text.rfind("\n", 0, max(at - block.start, 0)) + 1




#: what a cell may hold beside its figure and still be nothing but the figure: the sign of
#: a threshold (`≥8.2万人`, `≤3500元`), no word
_NO_WORD = regex.compile(r"[^\p{L}\p{N}]*")


#: The longest line of words that captions a figure standing alone on the line beside it
_MAX_CAPTION = 30


def _caption_of_lone_figure(sentence: Sentence, q: Quantity, lines: "Lines") -> str | None:
    """The caption of a line that is nothing but the figure (a figure box, a data card), where
    a line beside it in its block is a short run of words with no figure and no sentence of its
    own: in a box of two lines, the other line, either way round (`5600个` over `全年新增公办中小学
    学位`, or under it); in a column of cards, the line under the figure (`2100个` over `新增停车
    泊位`, the caption of the card before it above), else the one over it (`3.2个` closing its
    block under `每千人口拥有…托位`), and the one over it first where the block opens with a
    caption (captions over their figures throughout), unless the block is a strip captioned
    below (`Lines.captioned_below`: its first line is the strip's title, `数说2025`)."""
    block = sentence.block
    if block.kind != "paragraph" or not _only_the_figure(sentence.text, q):
        return None
    # the block's lines found once (`Lines`): a column of many cards read them once, not once a figure
    at, texts = lines.of_block(sentence)
    if len(texts) < 2 or texts[at].strip() != sentence.text.strip():
        return None
    if len(texts) == 2:
        return _as_caption(texts[1 - at].strip())
    captions_above = _as_caption(texts[0].strip()) and at > 0 and not lines.captioned_below(sentence)
    order = (at - 1, at + 1) if captions_above else (at + 1, at - 1)
    return next((caption for i in order if 0 <= i < len(texts) and (caption := _as_caption(texts[i].strip()))), None)


def _as_caption(line: str) -> str | None:
    """The line, if it is a caption: a short run of words with no figure and no sentence end."""
    if not line or len(line) > _MAX_CAPTION or line[-1] in _SENTENCE_ENDS or find_quantities(line):
        return None
    return line


_SENTENCE_ENDS = SENTENCE_ENDS + SEMICOLONS


def _only_the_figure(cell: str, q: Quantity) -> bool:
    """A table cell that holds the figure and nothing that names anything."""
    before, found, after = cell.strip().partition(q.text)
    return bool(found) and _NO_WORD.fullmatch(before + after) is not None


def refiled(context: Context, decided: tuple[str, str]) -> tuple[str, str]:
    """A figure of the title's topic in a document whose lead files that topic under a brand
    (`老年大学…招生简章` led by `围绕“常有颐养”，…`) takes the brand; a brand a heading names holds."""
    if context.refiled and decided[0] == context.refiled[0] and not context.named:
        return context.refiled[1], "document"
    return decided


def figure_category(sentence: Sentence, q: Quantity, indicator: str | None, backups: Backups,
                    lines: Lines | None = None) -> tuple[str, str]:
    """The category and who gave it: `其他` for a figure about the projects themselves
    (`赞成票率`, `满意度`); else the document (heading, table group, inline phrase); else
    a backup, which weighs the figure's own words (indicator, clause) above the
    sentence's, and reads the whole paragraph where neither names a topic (a quote that
    goes on about what the sentence before it named). `lines`: the document's `Lines`,
    where the caller keeps them."""
    lines = Lines() if lines is None else lines
    if field := lines.group_field(sentence):
        return field, "document"             # a record's or a form item's own field (`所属板块：常有善育`)
    clause = _clause_around(sentence.text, q.start, q.end)
    of_the_list = _of_the_list(sentence)
    if of_the_list and names_the_projects(indicator) and names_the_projects(clause) or names_the_economy(indicator):
        return OTHER, "rules"
    if counts_the_population(indicator) and not sentence.block.context.subject:
        return OTHER, "rules"
    if of_the_party(indicator, sentence.text, q.start):
        return OTHER, "rules"                # `党员1,236名`, `学习贯彻党的二十大精神，开展专题宣讲46场`
    if goes_on_about_the_projects(clause, sentence.text):
        return OTHER, "rules"
    if sentence.block.kind == "heading" and counts_the_projects(sentence.text, q.start, q.unit):
        return OTHER, "rules"
    if _about_the_list(sentence.text, q, indicator, clause) or beside_the_projects(sentence.text, clause, q.unit, of_the_list):
        return OTHER, "rules"
    if counts_the_owners(sentence.text, q.start):
        return OTHER, "rules"                # `配合：17个镇街`: the units that do the work
    # `化解矛盾纠纷1126件，12345热线工单办结率…` counts disputes: the words after the clause count nothing
    if counts_what_the_public_sent_in(sentence.text, clause, q.start, sentence.block.context.heading, q.unit,
                                      lead_of_list(sentence.block.text, sentence.text)):
        return OTHER, "rules"                # `工单8642件`, `教育类702件，占8.1%`, `收集意见建议4200余条`
    assigned = sentence.block.context.category
    if assigned and (own := own_work_beside_a_broad_group(sentence.block.context.heading, indicator)):
        return own, "rules"
    if assigned and not sentence.block.context.named and (duties := duties_of_a_post(sentence.text, q.start)):
        # what a listed post serves goes by its own topic, where its words name one
        if names_a_topic(clause):
            return backups.guess_category(duties, _focus(indicator, clause), sentence.block.context.heading)
    subject = assigned if sentence.block.context.subject else None
    if subject and (own := own_work_in_a_part_of_its_own(sentence.text, q.start, indicator, subject, q.unit)):
        return own, "rules"
    heading = sentence.block.context.heading
    if assigned and not sentence.block.context.named and (met := over_a_topic_heading(sentence.text, _focus(indicator, clause),
                                                                                          heading)):
        return met, "rules"
    if assigned and not sentence.block.context.named and (key := lines.field_key(sentence)) \
            and (filed := category_of_heading(key)) not in (None, assigned):
        return filed, "document"             # a card's field naming its own topic (`配套学校：小学1所` on a resettlement site's card)
    if assigned:
        return assigned, "document"
    if q.unit == MONEY and q.per is None and money_of_the_list(sentence.text, clause, indicator):
        return OTHER, "rules"
    # the group's own sum, named before any of its works (`（一）“一老一小”服务。安排5200万元，…`);
    # an item's money after its work (`每处补助60万元`) or before it (`安排800万元用于公益性岗位`)
    # keeps the work's topic
    if (q.unit == MONEY and q.per is None and names_several_categories(heading or run_in_heading(sentence.block.text))
            and not topic_scores(sentence.text[:q.end] + _rest_of_part(sentence.text, q.end))):
        return OTHER, "rules"
    context = _item_of_a_list(sentence.text, q.start) or category_context(sentence, lines)
    category, source = backups.guess_category(context, _focus(indicator, clause), heading)
    if (setting := sentence.block.context.document_setting) and (met := boundary_in_setting(setting, indicator, clause)):
        return met, "rules"              # `大巴12辆，计划乘车540人` in a plan of buses taking migrant workers back to work
    # (a classifier sure of `其他`, `海拔3800米` in a village doctor's story, is not overruled)
    one_matter = sentence.block.context.document_topic is not None and source != TEXTCAT_SOURCE
    own_words_name_none = not topic_scores(_focus(indicator, clause))
    if category == OTHER and (not topic_scores(context) or one_matter and own_words_name_none
                              or own_words_name_none and lines.card_name(sentence)
                              or names_only_money(indicator) and lines.field_key(sentence)
                              and not set(topic_scores(clause)) - {OTHER}):
        # no topic word of its own, nor in its sentence or, in a document about one matter or on a card's field
        # line (`成瓷：20；4.47万人` under `第3窑　村卫生所与体检`), in its own words
        # (`已完工改造箱房89座` in a report on a town's garbage bin rooms), or money named only as money in a card's
        # field (`计划投资：38.6万元` on a pond's task card; not `实际完成投资19.3亿元` beside the whole list's
        # counts): what its heading's work words name, else its card's name
        # (a project's `完成率：109.0%`), else the title's topic
        if work := work_of_heading(heading):
            return work, "rules"
        if (card := lines.card_name(sentence)) and (named := category_of_heading(card) or category_by_topic(card, card)) != OTHER:
            return named, "document"
        if topic := sentence.block.context.document_topic:
            return topic, "document"
    return of_the_matter(category, source, sentence.block.context.document_topic)


def of_the_matter(category: str, source: str, matter: str | None) -> tuple[str, str]:
    """In a document about one matter (`…抗旱应急送水车辆调度排班表`), a figure whose own words the
    classifier is unsure of is the matter's (the fire brigade's water tankers of a drought's
    water delivery, 常有安居), as an analyst files it, rather than the lexicon's guess from a word or two."""
    if source == UNSURE_SOURCE and matter is not None:
        return matter, "document"
    return category, source


def _of_the_list(sentence: Sentence) -> bool:
    """Would an appraisal in the sentence (`群众满意率`, a survey) be of the projects? Not in
    a document about one matter (a programme's guide), nor in a paragraph that opens with
    the field naming its one project (a closing-off form's `项目名称：…` over its `居民满意度`),
    where the sentence does not name the list: there it is that matter's."""
    head = sentence.block.text[:_FIELD_HEAD].split("\n", 1)[0]    # bounded: a one-line page stays linear
    about_one = sentence.block.context.subject or project_of_field(head) is not None
    return not about_one or names_the_list(sentence.text)


#: How much of a paragraph's first line is read for a project field (`项目名称：…`)
_FIELD_HEAD = 64


def _about_the_list(text: str, q: Quantity, indicator: str | None, clause: str) -> bool:
    """A count of the list's items (`尚未完成的3项任务（加装电梯、…）`), or a figure with no
    topic of its own in a clause about the list as a whole (`上述项目所需资金约2亿元`)."""
    if counts_the_list(text, q.start):
        return True
    about_the_list = speaks_of_the_list(clause, text) or parts_the_list(text, q.start, q.unit)
    return about_the_list and not names_a_topic(indicator or "")


def figure_focus(text: str, start: int, end: int, indicator: str | None) -> str:
    """The figure's own words: its indicator and the clause it sits in."""
    return _focus(indicator, _clause_around(text, start, end))


def _focus(indicator: str | None, clause: str) -> str:
    # category_by_topic splits the focus at this comma: indicator first, then clause
    return f"{indicator or ''}，{clause}"


#: The fewest lines of a paragraph that make it a list rather than a title with its subtitle
_LIST_LINES = 3


_T = TypeVar("_T")


class Lines:
    """The lines of a document's blocks, each found and read for a group field once: a
    figure reads the line its sentence starts on (a record line of an export), and a page
    written on one line, searched once for each of its figures, cost time quadratic in
    its length. Kept for one document (the blocks it holds are that document's)."""

    def __init__(self, legend: dict[str, str] | None = None) -> None:
        #: the labels the document glosses as a plan's or a result's (extractors.stance.legend_fields)
        self.legend = legend or {}
        self._starts: dict[int, tuple[Block, list[int]]] = {}    # id(block) → (block, its lines' starts)
        self._fields: dict[tuple[int, int], str | None] = {}     # (id(block), line) → the category
        self._texts: dict[int, tuple[Block, list[str]]] = {}      # id(block) → (block, its lines)
        self._strips: dict[int, tuple[Block, bool]] = {}          # id(block) → (block, captioned below)
        self._cards: dict[int, tuple[Block, bool]] = {}           # id(block) → (block, a card of fields)
        self._filed: dict[int, tuple[Block, list[str | None]]] = {}  # id(block) → (block, each line's filed category)

    @staticmethod
    def _once(store: dict[int, tuple[Block, _T]], block: Block, compute: Callable[[], _T]) -> _T:
        """What `compute` reads of `block`, read once: each of a paragraph's figures asks. The block
        is kept beside its id, so that no other block can take the id meanwhile."""
        known = store.get(id(block))
        if known is None:
            known = store[id(block)] = (block, compute())
        return known[1]

    def _line(self, sentence: Sentence) -> tuple[int, int, int]:
        """(line number, start, end) in its block's text of the line the sentence starts on."""
        block = sentence.block
        # (`_once` spelled out: every figure asks this several times, and the call cost about 9 % of extraction, measured)
        known = self._starts.get(id(block))
        if known is None:
            known = self._starts[id(block)] = (block, [0, *(m.end() for m in _LINE_BREAK.finditer(block.text))])
        starts = known[1]
        k = bisect.bisect_right(starts, sentence.start - block.start) - 1
        return k, starts[k], starts[k + 1] - 1 if k + 1 < len(starts) else len(block.text)

    def text(self, sentence: Sentence) -> str:
        _, start, end = self._line(sentence)
        return sentence.block.text[start:end]

    def run_on(self, sentence: Sentence) -> str:
        """The sentence's line with the lines before it that run on into it (ending in `，`:
        a verse's lines, `甲：老年饭桌开得多，\n乙：城乡新增四十个，`), at most
        `_RUN_ON_LINES` back: one sentence set on several lines, not items of a list. A
        numbered line (`7. 某大街改造…`) starts an item of its own: nothing before runs on into it
        (problem 6 of a worksheet ends in `？`, and problem 7 is about another matter)."""
        k, start, end = self._line(sentence)
        text, starts = sentence.block.text, self._starts[id(sentence.block)][1]
        first = k
        while (first > 0 and k - first < _RUN_ON_LINES and not _ITEM_NUMBER.match(text, starts[first])
               and _line_ends_in(text, starts, first - 1, _RUNS_ON)):
            first -= 1
        return text[starts[first]:end]

    def goes_on_from_above(self, sentence: Sentence) -> bool:
        """The line above the sentence's ends in a comma: one sentence set on both lines."""
        k, _, _ = self._line(sentence)
        text, starts = sentence.block.text, self._starts[id(sentence.block)][1]
        return k > 0 and _line_ends_in(text, starts, k - 1, _COMMAS)

    def line_above(self, sentence: Sentence) -> str | None:
        """The line above the one the sentence opens, in its block; None where the sentence
        starts inside its line or on the block's first."""
        k, start, _ = self._line(sentence)
        if k == 0 or sentence.block.text[start:sentence.start - sentence.block.start].strip():
            return None
        return self.of_block(sentence)[1][k - 1]

    def of_block(self, sentence: Sentence) -> tuple[int, list[str]]:
        """The number of the line the sentence starts on, and all the lines of its block."""
        k, _, _ = self._line(sentence)
        block = sentence.block
        return k, self._once(self._texts, block, lambda: block.text.split("\n"))

    def item_lead(self, sentence: Sentence) -> str:
        """What the bulleted item the sentence starts on goes on about: its paragraph's lead
        line, and the item before where it refers back (`what_an_item_goes_on_about`)."""
        k, lines = self.of_block(sentence)
        return what_an_item_goes_on_about(lines, k)

    def label_above_a_cell(self, sentence: Sentence) -> str:
        """Where the sentence's line holds a lone figure (`75.3%`, a cell of a table copied from a
        browser one cell per line), the nearest line above it that holds words, over the row's
        other lone figures (`452`) and at most `_CELL_LINES` back: the row's name
        (`新增普惠性托位600个`), whose topic the cell shares; "" elsewhere."""
        k, lines = self.of_block(sentence)
        if not _LONE_FIGURE.fullmatch(lines[k].strip()):
            return ""
        above = k - 1
        while above >= 0 and k - above <= _CELL_LINES and _LONE_FIGURE.fullmatch(lines[above].strip()):
            above -= 1
        return lines[above] if above >= 0 and k - above <= _CELL_LINES else ""

    def card_name(self, sentence: Sentence) -> str:
        """Where the sentence's line is a field of a card (`完成率：109.0%`, a progress platform's
        record of one project), the card's name: the value of a `项目名称：` field above it in its
        paragraph, else the nearest line above its fields that is a name (no colon, no clause
        mark, short: `【1/30】SY2029-01　普惠托育扩容`; `第3窑　村卫生所与体检`, one of several cards
        in a paragraph, over `坯：…`, `成瓷：…`); "" elsewhere."""
        k, lines = self.of_block(sentence)
        if k == 0 or not (CARD_FIELD.match(lines[k]) or legend_field(lines[k], self.legend)):
            return ""      # (a label the document glosses is a field's, one character as it may be: `坯：…`)
        for above in range(k - 1, -1, -1):
            if (name := project_of_field(lines[above])) is not None:
                return name
            if not FIELD_OPENING.match(lines[above]):
                return _card_name_of(lines[above].strip())
        return ""

    def field_key(self, sentence: Sentence) -> str:
        """The key of the field line the sentence opens (`配套学校` of `配套学校：小学1所`), where its
        paragraph is a card: most of its lines, and at least `_CARD_FIELDS`, are fields; "" elsewhere."""
        k, lines = self.of_block(sentence)
        opening = CARD_FIELD.match(lines[k])
        if opening is None or not self._once(self._cards, sentence.block, lambda: _is_a_card(lines)):
            return ""
        return opening.group("key")

    def captioned_below(self, sentence: Sentence) -> bool:
        """Is the sentence's paragraph a strip of figure boxes captioned below (`_captions_below`)?"""
        return self._once(self._strips, sentence.block, lambda: _captions_below(self.of_block(sentence)[1]))

    def report_before_a_sound_bite(self, sentence: Sentence) -> str:
        """Where the sentence's line is a sound bite speaking to the report before it
        (`【同期声】某区居民 某某：…`), the nearest line above it naming a topic, at most
        `_SOUND_BITE_LINES` back: that report (a resident's `六块钱吃得饱饱的` after the reporter's
        `…午餐，老人只花了六块钱`); "" elsewhere."""
        k, lines = self.of_block(sentence)
        if not speaks_to_the_report_before(lines[k]):
            return ""
        return next((lines[above] for above in range(k - 1, max(k - 1 - _SOUND_BITE_LINES, -1), -1)
                     if topic_scores(lines[above])), "")

    def caption_below_a_box(self, sentence: Sentence) -> str:
        """Where the sentence is a headline box, a line holding only a figure with its measure word
        (`1260个`, `4.3亿元`, under a slogan `一老一小有人管`), and the next line restates that figure
        (`新增普惠托位1260个，…。`), a sentence, the next line: the box's caption, which says what
        it counts (gold/README's figure boxes); "" elsewhere. A table copied one cell per line
        (`合计` over `10项` over `完成10项`) is no box: the next cell is no sentence, and the row's
        name stands above (`label_above_a_cell`)."""
        box = sentence.text.strip()
        if not _is_a_lone_quantity(box):
            return ""
        k, lines = self.of_block(sentence)
        if lines[k].strip() != box or k + 1 >= len(lines):
            return ""
        below = lines[k + 1].rstrip()
        return below if box in below and below[-1:] in SENTENCE_ENDS else ""

    def group_field(self, sentence: Sentence) -> str | None:
        """The category the first group field of the sentence's line names (`"领域":"卫生健康"`),
        else the one a field line above it in its paragraph files its item under (`所属板块：常有善育`
        over `计划投资（万元）：680`)."""
        k, start, end = self._line(sentence)
        key = (id(sentence.block), k)
        if key not in self._fields:
            self._fields[key] = category_of_group_field(sentence.block.text[start:end]) or self._filed_under(sentence)[k]
        return self._fields[key]

    def _filed_under(self, sentence: Sentence) -> list[str | None]:
        """For each line of the sentence's block, the category the nearest field line above it
        files its item under; read in one pass per block."""
        block = sentence.block
        return self._once(self._filed, block, lambda: _filed_lines(block.text, self._starts[id(block)][1]))


def _filed_lines(text: str, starts: list[int]) -> list[str | None]:
    """For each line (`starts`) of a block's text, the category the nearest field line above it files its item under,
    or the head of the card it is on (`category_of_card_head`) up to the next card's head, which opens as it does
    (`品号ZZ-2026-03　老人们的事` after `品号ZZ-2026-02　〔常有优学〕`: filed under nothing of its own)."""
    filed, above, head = [], None, None
    for k, start in enumerate(starts):
        filed.append(above)
        line = text[start:starts[k + 1] if k + 1 < len(starts) else len(text)]
        if (card := category_of_card_head(line)) is not None:
            above, head = card, line.strip()[:_CARD_HEAD_OPENING]
        elif head is not None and line.strip().startswith(head):
            above, head = None, None
        else:
            above = category_of_field_line(line) or above
    return filed


#: how many characters of a card's head line the next card's head opens with too (`品号`, `民生支票`)
_CARD_HEAD_OPENING = 2


def _is_a_card(lines: list[str]) -> bool:
    """Most of a paragraph's lines, and at least `_CARD_FIELDS`, are fields (`配套学校：小学1所`)."""
    fields = sum(CARD_FIELD.match(line) is not None for line in lines)
    return fields >= max(_CARD_FIELDS, len(lines) / 2)


def _card_name_of(line: str) -> str:
    """A card's name line (no colon, no clause mark, short), or of a head line parted by bars, the one part that is
    such a name with no digit (`■ 记录 7｜rec0Wk31G｜序号 07｜困难残疾人辅具适配｜状态：已完成`: a record exported
    from a shared table); "" where the line is neither."""
    if _names_a_card(line):
        return line
    names = [part for part in _BARS.split(line) if part and _names_a_card(part) and not any(ch.isdigit() for ch in part)]
    return names[0] if len(names) == 1 else ""


def _names_a_card(line: str) -> bool:
    return len(line) <= _CARD_NAME_CHARS and not _CARD_NAME_BREAKS.search(line)


_BARS = regex.compile(r"\s*[|｜]\s*")
#: A card's name line holds no colon and no clause mark, and is short
_CARD_NAME_BREAKS = regex.compile(char_class(COLONS, CLAUSE_BREAKS))
_CARD_NAME_CHARS = 40
#: The fewest field lines that make a paragraph a card
_CARD_FIELDS = 3

#: How far above a sound bite the report it speaks to is looked for: the report line, or its caption before it
_SOUND_BITE_LINES = 2
#: The longest headline box read (`1,260个`, `4.3亿元`, `99.2%`): a box holds one short figure
_MAX_BOX = 12


def _is_a_lone_quantity(text: str) -> bool:
    """Is `text` one figure and nothing else (`1260个`, `2.8万人`)?"""
    if not text or len(text) > _MAX_BOX:
        return False
    found = find_quantities(text)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(text)


def _captions_below(lines: list[str]) -> bool:
    """Do the lines form a strip of figure boxes captioned below: at least `_MIN_BOXES` lines
    holding a lone figure, each with a caption under it, and the last line a caption? (Read
    with captions above, that last caption would name no figure; the line over the first
    figure is the strip's title: `数说2025`.)"""
    boxes = [k for k, line in enumerate(lines) if _is_a_lone_quantity(line.strip())]
    return (len(boxes) >= _MIN_BOXES and boxes[-1] == len(lines) - 2
            and all(_as_caption(lines[k + 1].strip()) is not None for k in boxes))


#: The fewest figure boxes that make a strip captioned below
_MIN_BOXES = 2


def _line_ends_in(text: str, starts: list[int], k: int, marks: tuple[str, ...]) -> bool:
    """Does line `k` (of a text whose lines start at `starts`, `k` not its last) end in one of `marks`?"""
    return text[starts[k]:starts[k + 1] - 1].rstrip()[-1:] in marks


#: `re`, not `regex`: the same line breaks, its match objects cost a third as much
_LINE_BREAK = re.compile("\n")
#: How a line ends that runs on into the next (a verse's comma; a question the next line
#: answers: `能不能再多开几家？` before `明年计划再建12个`), and how many lines back a figure reads
_RUNS_ON = (*COMMAS, "？", "?")
#: …of which these end a line whose sentence goes on in the next
_COMMAS = tuple(COMMAS)
#: A list item's number at a line's start (`7.`, `7、`, `（7）`, `⑦`)
_ITEM_NUMBER = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])")
_RUN_ON_LINES = 3
#: A line holding only a figure: digits, their marks and a magnitude (`2.68万`, `84.4%`)
_LONE_FIGURE = regex.compile(f"[{regex.escape(NUMERALS.arabic_digits + NUMERALS.full_width_digits + NUMERALS.decimal_points)},，%％ \t"
                            + regex.escape("".join(NUMERALS.magnitudes)) + "]+")
#: How far above a lone figure the name of its row is looked for: a row's cells before it
_CELL_LINES = 6


def category_context(sentence: Sentence, lines: Lines | None = None) -> str:
    """What a backup reads beside the figure's own words: the sentence, or the whole
    paragraph where the sentence names no topic; in a list (a paragraph of at least
    `_LIST_LINES` lines) only the sentence's own line: its lines are items of their own
    (`城乡社区支出13.5，占19.7%` under `卫生健康支出…`), with the lines that run on into it;
    a bulleted item naming no topic reads its lead line too, as a heading (`10:40 某社区 托育点`
    over `- 收费：每月980元`); a line holding a lone figure (a table copied one cell per line) reads
    its row's name above it (`label_above_a_cell`). Where the sentence's own line names a topic and the line above
    ends no clause of it (a comma), only that line: a worksheet's problem, answered on its
    line, is not about the problem above it."""
    if topic_scores(sentence.text):
        return sentence.text
    block = sentence.block
    if "\n" not in block.text:
        return block.text
    lines = Lines() if lines is None else lines
    if topic_scores(own := lines.text(sentence)) and not lines.goes_on_from_above(sentence):
        return own      # its own line names a topic: the other lines are not read
    if block.text.count("\n") + 1 < _LIST_LINES:
        return block.text
    line = lines.run_on(sentence)
    if not topic_scores(line) and topic_scores(label := lines.label_above_a_cell(sentence)):
        return label
    if not topic_scores(line) and (report := lines.report_before_a_sound_bite(sentence)):
        return f"{line}\n{report}"
    if topic_scores(line) or not (lead := lines.item_lead(sentence)):
        return line
    return f"{line}\n{lead}"


#: a sentence that lists its items after a lead and a colon, parted by `；` (`去年办成几件大事：屯级路硬化3.2公里，…；
#: 新建家庭水柜45座；…`): at least this many items
_LIST_ITEMS = 3
_LIST_LEAD = regex.compile(f"{char_class(COLONS, SEMICOLONS, negated=True)}{{2,40}}{char_class(COLONS)}")
_ITEM_BREAK = regex.compile(char_class(SEMICOLONS))


def _item_of_a_list(text: str, at: int) -> str | None:
    """The lead and the item a figure sits in, where the sentence lists items after a colon: each item
    says what its own figures count (`村里9个孩子考上大学` is not the road of the first item); None otherwise."""
    lead = _LIST_LEAD.match(text)
    if lead is None or at < lead.end():
        return None
    breaks = [m.start() for m in _ITEM_BREAK.finditer(text, lead.end())]
    if len(breaks) < _LIST_ITEMS - 1:
        return None
    start = max((b + 1 for b in breaks if b < at), default=lead.end())
    end = next((b for b in breaks if b >= at), len(text))
    return f"{lead.group()}{text[start:end]}"


_CLAUSE_BREAK = regex.compile(char_class(CLAUSE_BREAKS))
_CLAUSE_BREAK_BACKWARDS = regex.compile(_CLAUSE_BREAK.pattern, flags=regex.REVERSE)


def _rest_of_part(text: str, end: int) -> str:
    """The words after a figure up to its clause's next comma or stop (`安排800万元用于…岗位`)."""
    stop = _PART_BREAK.search(text, end)
    return text[end:stop.start() if stop else len(text)]


_PART_BREAK = regex.compile(char_class(CLAUSE_BREAKS, COLONS, "\n"))


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of the figure; a figure in brackets after a name (`加装电梯（完成44%）、燃气…`)
    ends its clause at the closing bracket: what follows is another item's."""
    before = _CLAUSE_BREAK_BACKWARDS.search(text, 0, start)   # the nearest, not every break since the start
    after = _CLAUSE_BREAK.search(text, end)
    left, right = before.end() if before else 0, after.start() if after else len(text)
    if (shut := _bracket_closing(text, left, start, end, right)) is not None:
        right = shut
    return text[left:right]


#: How far from a figure the brackets it stands in are looked for
_BRACKET_REACH = 40


def _bracket_closing(text: str, left: int, start: int, end: int, right: int) -> int | None:
    """Where the bracket the figure [start, end) stands in closes, within [left, right) and
    `_BRACKET_REACH` of the figure (so that each figure costs the same on a line of any length)."""
    left, right = max(left, start - _BRACKET_REACH), min(right, end + _BRACKET_REACH)
    opened = max(text.rfind("（", left, start), text.rfind("(", left, start))
    if opened < 0 or max(text.rfind("）", opened, start), text.rfind(")", opened, start)) >= 0:
        return None
    shut = min((at for at in (text.find("）", end, right), text.find(")", end, right)) if at >= 0), default=None)
    return None if shut is None else shut + 1


def sentence_records(sentence: Sentence, years: Years, backups: Backups = RULES,
                     times: list[TimeExpr] | None = None, lines: Lines | None = None) -> list[Record]:
    quantities = find_quantities(sentence.text)
    labels = {}     # start → what a labelled figure counts (`计划投资（万元）：186000`)
    if labelled := labelled_figures(sentence.text, [(q.start, q.end) for q in quantities]):
        labels = {q.start: name for q, name in labelled}
        quantities = sorted([*quantities, *(q for q, _ in labelled)], key=lambda q: q.start)
    names = {}      # start → what a count without a measure word counts (`助餐点开了二十六`)
    if verse := verse_counts(sentence.text, [(q.start, q.end) for q in quantities]):
        names = {q.start: name for q, name in verse}
        quantities = sorted([*quantities, *(q for q, _ in verse)], key=lambda q: q.start)
    paired = {}     # start → the partner of a bare result or target (`目标 1500个 | 已完成 1620`)
    if pairs := paired_figures(sentence.text, quantities, [(q.start, q.end) for q in quantities]):
        paired = {p.quantity.start: p.partner for p in pairs}
        bare = [replace(p.quantity, value=_in_target_magnitude(p.quantity.value, p.partner)) for p in pairs]
        quantities = sorted([*quantities, *bare], key=lambda q: q.start)
    lines = Lines() if lines is None else lines
    if (above := lines.line_above(sentence)) is not None and (answers := answered_items(above, sentence.text, quantities,
                                                                                        lines.legend)):
        # a result line answering the target line above item by item (`成瓷：720；91名` under `坯：新增学位720个；…`)
        names.update({a.quantity.start: a.name for a in answers if a.name})     # (`目标：12个` names nothing)
        known = {q.start for q in quantities}
        quantities = sorted([*quantities, *(a.quantity for a in answers if a.quantity.start not in known)],
                            key=lambda q: q.start)
    chips = {}      # start → the status of a chip's count (`[ 已完成 26 ]`)
    if found_chips := status_chips(sentence.text, [(q.start, q.end) for q in quantities]):
        chips = {c.quantity.start: c.status for c in found_chips}
        names.update({c.quantity.start: c.status + CHIP_ITEMS for c in found_chips})
        quantities = sorted([*quantities, *(c.quantity for c in found_chips)], key=lambda q: q.start)
    declared = sentence.block.context.unit
    if not quantities and declared is None:
        return []
    times = find_times(sentence.text) if times is None else times
    if declared is not None:
        quantities = _with_declared(sentence, quantities, times, declared)
    spans = [(q.start, q.end) for q in quantities]
    usable = usable_times(sentence.text, times)
    records = []
    for q in quantities:
        if (label := labels.get(q.start)) is not None:
            indicator = indicator_of_label(label) or label
            confidence = indicator_confidence(indicator, q.unit)
            category, category_source = refiled(sentence.block.context, _labelled_category(sentence, label, backups, lines))
        else:
            if (name := names.get(q.start)) is not None:
                indicator = indicator_of_label(name) or name
                confidence = indicator_confidence(indicator, q.unit)
            else:
                indicator, confidence = figure_indicator(sentence, q, spans, backups, lines)
            category, category_source = refiled(sentence.block.context, figure_category(sentence, q, indicator, backups, lines))
            if q.unit == "%" and (rated := _rate_of_listed_item(sentence, q, indicator)) is not None:
                # (after its category: an item's rate is the item's, whatever the rate's word says)
                indicator, confidence = rated, indicator_confidence(rated, q.unit)
        record = _record(q, sentence, figure_year(sentence, q, times, years, usable), category, indicator)
        record.indicator_confidence = confidence
        record.extra["category_source"] = category_source
        if q.start in chips:
            record.extra["chip"] = chips[q.start]
        records.append(record)
    _count_as_partners(records, sentence, paired)
    return records


def english_sentence_records(sentence: Sentence, years: Years, twins: Twins, backups: Backups = RULES,
                             lines: Lines | None = None) -> list[Record]:
    """The records of an English sentence of a bilingual document: each figure with the
    year and category of its Chinese twin (pipeline/bilingual.py), else read as a Chinese
    figure's are from its sentence and section."""
    records: list[Record] = []
    previous = None
    for figure in find_english_figures(sentence.text):
        q = figure.quantity
        indicator, confidence = english_indicator(sentence.text, q.start, q.end, q.kind, figure.measured,
                                                  figure.counted, previous)
        previous = indicator or previous
        twin = twins.take(figure)
        if twin is not None:
            year, category = twin.year, twin.category
        else:
            year = figure_year(sentence, q, [], years)
            category, _ = refiled(sentence.block.context,
                                  figure_category(sentence, q, indicator, backups, Lines() if lines is None else lines))
        record = _record(q, sentence, year, category, indicator)
        record.indicator_confidence = confidence
        record.extra[MEASURED] = figure.measured
        if twin is not None:
            record.extra[TWIN] = twin.start
        records.append(record)
    return records


#: what a chip counts until the document says what it calls its items (`28个项目`)
CHIP_ITEMS = "项目"


def _count_as_partners(records: list[Record], sentence: Sentence, paired: dict[int, Quantity]) -> None:
    """A bare figure of a progress pair counts what its partner counts, in its category."""
    if not paired:
        return
    by_start = {r.start - sentence.start: r for r in records}
    for start, partner in paired.items():
        record, other = by_start.get(start), by_start.get(partner.start)
        if record is None or other is None:
            continue
        record.indicator, record.indicator_confidence = other.indicator, other.indicator_confidence
        record.category = other.category
        record.extra["category_source"] = other.extra.get("category_source")


def count_chips_in_items(records: Sequence[Record]) -> None:
    """A status chip's count (`[ 已完成 26 ]`) is in the unit, and names the noun, of the
    last count of the list's items before it (`28个项目`), where the document writes one."""
    items: Record | None = None
    for record in records:
        if (status := record.extra.get("chip")) is not None:
            if items is not None:
                record.unit = items.unit
            record.indicator = status + (item_noun(items.indicator) if items is not None else CHIP_ITEMS)
        elif item_noun(record.indicator) and record.unit and unit_lookup(record.unit).kind == "count":
            items = record


def _labelled_category(sentence: Sentence, label: str, backups: Backups, lines: Lines) -> tuple[str, str]:
    """A labelled figure's category, as a table cell's: what the document assigns (a form
    item's field above it, `所属板块：常有善育`, too), else the one topic its label names, else the
    topic of its line (an export's row: `"领域":"教育"`, `"年度目标":"新增学位…"`), not of the
    label's money or count words; where that is none, the document's topic."""
    if assigned := sentence.block.context.category or lines.group_field(sentence):
        return assigned, "document"
    if named := category_of_heading(label):
        return named, "document"
    category, source = backups.guess_category(sentence.text, "", sentence.block.context.heading)
    topic = sentence.block.context.document_topic
    if category == OTHER and topic and set(topic_scores(sentence.text)) <= {topic}:
        return topic, "document"             # `售票（张）：386` in a settlement sheet of a county's opera shows
    return category, source


def _with_declared(sentence: Sentence, quantities: list[Quantity], times: list[TimeExpr],
                   declared: DeclaredUnit) -> list[Quantity]:
    """The sentence's quantities and the bare numbers a unit declared above gives a unit
    (`（单位：亿元）` over `教育支出14.6，`), in text order."""
    taken = [(q.start, q.end) for q in quantities] + [(t.start, t.end) for t in times]
    bare = declared_figures(sentence.text, declared, sentence.start, taken)
    return sorted([*quantities, *bare], key=lambda q: q.start)


def table_cell_records(blocks: list[Block], years: Years, backups: Backups = RULES,
                       beside: Sequence[Record] = ()) -> Iterable[Record]:
    """Cells of a table that hold only a figure: a bare number whose unit the column
    header or the unit line gives (`当年投资` under `单位：亿元`, `新增学位（个）`), a
    quantity (`114.3%` under 完成率), or a progress result, which takes its unit and
    indicator from the target figure beside it (among the records `beside`). The column
    header names what the others count, but for a result column named by a result word
    alone (`累计完成`): its cells count what their row's prose restates, else what the
    project's earlier rows counted, else the row's name (`_RunningResults`)."""
    in_rows = _RowFigures(beside)
    results = _RunningResults()
    for block in blocks:
        row = block.row
        of_a_vote = row is not None and counts_the_votes(figure.cell.header for figure in row.figure_cells)
        targets_back = _target_years_back(row) if row else 0
        whole: Record | None = None      # the row's last record of a column that is no part of another
        dated = years_of_entry(years, block.context.written)     # a dated entry's or a reprinted issue's table
        read: list[Record] = []          # the row's cells read so far: a target may be one (`600人次 | 652`)
        for figure in row.figure_cells if row else ():
            value, unit, indicator = figure.value, figure.unit, figure.indicator
            target = _target_of(figure, itertools.chain(beside, read)) if figure.targets else None
            if target is not None:
                if unit is None:
                    value = _in_target_magnitude(value, target)
                unit, indicator = unit or target.unit, target.indicator or indicator
            elif _counts_what_its_row_counts(figure):
                indicator = results.counted(row, figure, in_rows.partner(block, figure)) or indicator
            elif (plan := unit_of_the_plan_before(row.figure_cells, figure)) is not None:
                value, unit = scaled(value, plan.scale), plan.unit
            if unit is None:
                continue
            cell = figure.cell
            text = cell.text.strip()
            start = cell.start + cell.text.index(text)
            if whole is not None and whole.unit == unit and is_part_column(cell.header) and of_any_group(whole.category):
                # `在场人数 | 其中脱贫人口` in a wage sheet: the part counts workers too, whoever they are
                category, source = whole.category, whole.extra["category_source"]
            else:
                category, source = refiled(block.context, _cell_category(block, cell.header, target, backups, unit, of_a_vote))
            record = Record(
                start=start, end=start + len(text), text=text, value=value, value_max=figure.value_max, unit=unit,
                qualifier=figure.qualifier,
                year=_cell_year(figure, block.context.section_year or dated.subject, targets_back, dated.written),
                category=category,
                indicator=indicator, indicator_confidence=indicator_confidence(indicator, unit),
                extractor="table", sentence=text, per=figure.per,
                **_row_fields(row), extra={"block": "table_cell", "category_source": source,
                                           "header": _stance_column(cell.header, row.label,
                                                                    measured_against_standard(row)),
                                           "row_expected": row_expected(block.text), "total": block.total,
                                           "heading": _heading_over_the_table(block), "outer_heading": block.context.outer_heading},
            )
            if not is_part_column(cell.header):
                whole = record
            read.append(record)
            yield record


def _heading_over_the_table(block: Block) -> str | None:
    """The heading a table row stands under (`附页：…完成情况`), not its own label, which heads a
    row of a table of indicators as it names it (`每万人拥有公共厕所`)."""
    heading, row = block.context.heading, block.row
    if heading is None or row is None:
        return heading
    label = "".join(heading.split())
    return None if label in {"".join(cell.split()) for cell in (row.label, row.project) if cell} else heading


def _counts_what_its_row_counts(figure: FigureCell) -> bool:
    """A result cell under a header that is a result word and nothing else (`累计完成`), of a
    count or measure: a money column's header says which money it is (`执行数` under
    `单位：万元`: the budget executed), and keeps it."""
    return (figure.unit is not None and figure.unit != MONEY and figure.cell.role == "result"
            and names_only_a_result(figure.cell.header))


class _RowFigures:
    """The figures read from the prose cells of table rows (`本次进展`: `一季度新增普惠托位180个`),
    found by offset: a row's are those inside its block (looked up by bisection, so a long
    progress log stays linear)."""

    def __init__(self, records: Sequence[Record]) -> None:
        self._records = sorted(records, key=lambda r: r.start)
        self._starts = [r.start for r in self._records]

    def partner(self, block: Block, figure: FigureCell) -> Record | None:
        """The figure of the row's other cells that a result cell restates: of its unit,
        naming what it counts, and of the same value (`完成体检1.8万人 | 1.8万人`); None where
        the row states none such (`二季度新增230个 | 410个`: a running total)."""
        cell = figure.cell
        first, last = bisect.bisect_left(self._starts, block.start), bisect.bisect_left(self._starts, block.end)
        named = [r for r in self._records[first:last]
                 if r.unit == figure.unit and r.indicator and (r.indicator_confidence or 0) > 0
                 and not cell.start <= r.start < cell.start + len(cell.text)]
        same = [r for r in named if r.value == figure.value]
        return same[0] if same else None


class _RunningResults:
    """What the result cells of a progress log count, row by row. A log (督办系统 进度流水)
    writes a project's running total (`累计完成`) in row after row under a header that names
    no thing: each counts what the project's first total counted (`普惠托位`), where its own
    row restates no figure (`二季度新增230个 | 410个`)."""

    def __init__(self) -> None:
        self._counted: dict[tuple[str, str | None], str] = {}

    def counted(self, row: TableRow, figure: FigureCell, partner: Record | None) -> str | None:
        """What a result cell under a header naming no thing counts: its row's restated
        figure's, else the project's earlier total's, else the row's name."""
        key = _project_key(row, figure.unit)
        found = ((partner.indicator if partner is not None else None) or (self._counted.get(key) if key else None)
                 or row_name_indicator(row))
        if found and key:
            self._counted.setdefault(key, found)
        return found


def _stance_column(header: str, label: str | None, measured: bool = False) -> str:
    """What says the stance of a cell: its column header, and under a column named by a
    period (`2023`, `1—6月`) the row's label after it, which says which count the row's
    figures are (`老年助餐点（年末数）`: a stock; `完成投资`: a result); the period stays
    first, where a part of the year is read (`1—6月`: what those months did). Beside a
    column of standards, a period column holds the levels checked against them."""
    if measured and is_period(header):
        return f"{header}{label or ''}{level_header()}"
    return f"{header}{label}" if label and is_period(header) else header


def _cell_year(figure: FigureCell, table_year: int | None, targets_back: int = 0, written: int | None = None) -> int | None:
    """The year its column header states (`今年…`: the year of writing), else the table's, less
    the years the header goes back (`上年同期`); a result under a result header (`完成情况`) goes back as far as
    its row's target column (`去年目标 | 完成情况`: `120 | 126` both last year's)."""
    if figure.year is not None:
        return figure.year
    if figure.this_year and written is not None:
        return written
    back = targets_back if figure.cell.role == "result" and not figure.years_back else figure.years_back
    return table_year - back if table_year is not None else None


def _target_years_back(row: TableRow) -> int:
    """How many years back the row's target columns go (`去年目标`: 1), where those that do agree;
    a column of last year's figures beside this year's results (`上年同期`) is no target of them."""
    backs = {f.years_back for f in row.figure_cells if f.cell.role == "content" and f.years_back and f.year is None}
    return backs.pop() if len(backs) == 1 else 0


#: the roles of a column that tells how far a project got (`完成率`, `完成情况`): its own, not a vote's
_PROGRESS_ROLES = frozenset({"rate", "result"})


def _cell_category(block: Block, header: str, target: Record | None, backups: Backups,
                   unit: str | None = None, of_a_vote: bool = False) -> tuple[str, str]:
    """A table cell's category: a brand or group the document names (group row, heading),
    else the one topic its column header names (`养老服务站（个）` under a title over
    several projects), else the document's topic category, else its target's (a progress
    result is of the target's topic), else the topic of header and row together, else, where
    neither they nor the heading name any topic (`都亭街道 | 38 | 68420` under `分乡镇签约情况`), the
    one topic of the document's title (`…家庭医生签约服务工作情况报告`: its table breaks the title's
    work down by place), the work its heading names coming first. A row
    that names the list itself (`民生实事投资`, a total under the last group), a column that
    counts its projects (`项目数`), a column of what the projects got (a vote count's
    `赞成票率` beside each candidate), a tally of what the public sent in (a hotline's
    `件数 | 占比` by class) and a ledger's balance (`余额`) are `其他`, and so is every cell of a row of a vote's counts (`of_a_vote`:
    `同意（户）` beside `占总户数（%）`) but the project's own progress there (`完成率（%）` beside `满意（人）`)."""
    if (names_the_list(block.text) or counts_the_list_column(header) or names_the_projects(header)
            or of_a_vote and column_role(header) not in _PROGRESS_ROLES or is_a_balance_column(header)):
        return OTHER, "rules"
    if any(tallies_what_the_public_sent_in(heading, unit) for heading in (block.context.heading, block.context.outer_heading)):
        return OTHER, "rules"
    if unit == MONEY and names_several_categories(block.context.heading) and not topic_scores(header):
        return OTHER, "rules"                # a budget row `一老一小服务 | 4610 | 5200`: the group's sum
    assigned = block.context.category
    if assigned and block.context.named:
        return assigned, "document"
    if block.row is not None and names_posts(block.row.label_header, block.row.label) and (employment := work_of_any_group()):
        return employment, "rules"       # `托育点保育员 | 4 | 3200` under `岗位名称`: a post's openings, pay and applicants
    if column := category_of_heading(header):
        return boundary_under(block.context.document_setting, header) or column, "document"
    if assigned:
        return assigned, "document"
    if target is not None:
        return target.category, target.extra.get("category_source", backups.name)
    row = block.text
    for site in sorted(block.row.sites if block.row else (), key=len, reverse=True):    # `乙镇中学` before its `乙镇`
        row = row.replace(site, "")
    # a money column named only as money (`投资（万元）`) says whose money by its row (`外墙保温（平方米）`)
    focus = row if unit == MONEY and names_only_money(ROUND_ASIDE.sub("", header).strip()) else header
    category, source = backups.guess_category(row, focus, block.context.heading)
    if (setting := block.context.document_setting) and (met := boundary_in_setting(setting, header, "")):
        return met, "rules"                  # `涉及养殖户（户）` in a register of fish pens taken out of lakes
    unnamed = not topic_scores(f"{row} {header}")
    if category == OTHER and unnamed and (work := work_of_heading(block.context.heading)):
        return work, "rules"                 # `乡镇 | 新建（个）` under `表 新建、改造幸福院分乡镇安排`
    topic = block.context.document_topic
    heading = block.context.heading or ""
    # the heading's own words block the title's topic unless the heading is a title that settles on it
    # (`压沙造林义务劳动工日登记表`: its volunteers plant, 环境改善). A classifier sure of its guess keeps it:
    # tried, the title's topic before it lost more than it won (a school-bus table under an education
    # title is transport; a drought's water-hauling register under a water-supply title is the emergency's)
    if category == OTHER and topic and unnamed and (not topic_scores(heading) or title_topic(heading) == topic):
        return topic, "document"
    return of_the_matter(category, source, topic)


def _target_of(figure: FigureCell, records: Iterable[Record]) -> Record | None:
    """The target a progress result is measured against: of the figures in the target
    cells (of the result's own unit, if it has one), the one nearest the result in size
    (a row may state several); for a result of nothing done (`护理型床位40张 | 0`), the row's one target."""
    inside = [r for r in records if (r.unit != "%" or figure.unit == "%") and r.value and figure.value is not None
              and figure.unit in (None, r.unit)
              and any(s <= r.start and r.end <= e for s, e in figure.targets)]
    if figure.value == 0:
        return inside[0] if len(inside) == 1 else None
    return min(inside, key=lambda r: abs(math.log(figure.value / r.value)), default=None)


def name_rates_as_written(found: list[tuple[Record, Sentence | None]]) -> None:
    """A bare percentage after a goal and what was done (`目标50个，建成38个，76.0%`) is
    the rate of the goal: named with the document's own word for it where an earlier
    figure writes one (`进度71.7%` → 进度), else 完成率 as the rules named it."""
    spans: dict[int, list[tuple[int, int]]] = {}       # id(sentence) → its figures, as find_indicator saw them
    for record, sentence in found:
        if sentence is not None:
            spans.setdefault(id(sentence), []).append((record.start - sentence.start, record.end - sentence.start))
    written = None
    for record, sentence in found:
        if sentence is None or record.unit != "%":
            continue
        start = record.start - sentence.start
        if is_bare_completion_rate(sentence.text, start, spans[id(sentence)]):
            record.indicator = written or record.indicator
        elif name := written_rate_name(sentence.text, start):
            written = name
            if not record.indicator:                      # `进度71.7%`: the judge rejects a lone 进度
                record.indicator, record.indicator_confidence = name, _GUESSED_INDICATOR_CONFIDENCE


def name_bare_list_counts(found: list[tuple[Record, Sentence | None]], text: str) -> None:
    """A count of the list's items named `项目` alone, in a sentence that names the list
    (`10件项目当选为2025年市政府民生实事项目`), is named as the sentence names the list (the
    last name in it); elsewhere it stays as written (`每个小组联系1件项目`, `项目总数：10件`,
    `7项中5项…`: the gold sets keep `项目` or name a part of the list there). The names are
    found once, and only in a document that has such a count."""
    named: list[tuple[int, str]] | None = None
    for record, sentence in found:
        if sentence is None or not names_the_list_barely(record.indicator, record.unit):
            continue
        named = list_names_of(text) if named is None else named
        last = bisect.bisect_right(named, (sentence.end, "\uffff")) - 1
        if last >= 0 and named[last][0] > sentence.start:
            record.indicator = named[last][1]
            record.indicator_confidence = indicator_confidence(record.indicator, record.unit)


def name_ranked_rows(found: list[tuple[Record, Sentence | None]], text: str) -> None:
    """A figure on a numbered line of a ranking list (`1　兰山街道　96.8%` under `街道项目完成率
    排名 TOP 6`) is the measure the list's title ranks by, where the line names only the unit
    ranked or a bare rate the measure ends with (`鼓楼区　完成率98.5%` under `…（按项目完成率）`)."""
    for record, sentence in found:
        if sentence is None:
            continue
        line_start = text.rfind("\n", 0, record.start) + 1
        line_end = text.find("\n", record.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if not is_ranked_row(line):
            continue
        own = record.indicator
        measure = _title_of_ranked_rows(text, line_start)
        # a row that names a thing of its own keeps it (`1. 甲区　托位620个`)
        if measure is not None and (not own or own == ranked_row_name(line) or measure.endswith(own)):
            record.indicator = measure
            record.indicator_confidence = indicator_confidence(measure, record.unit)


def _title_of_ranked_rows(text: str, line_start: int) -> str | None:
    """The measure of the ranking title over the run of ranked rows the line at `line_start`
    stands in (blank lines between them allowed), if the line right above the run is one."""
    end = line_start - 1
    for _ in range(ranking_rows_reach()):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not is_ranked_row(line):
            return ranking_measure(line.strip())
        if line.strip() and (measure := ranking_measure(line.strip())) is not None:
            return measure               # `3. 街道排名` numbered like its rows
        end = start - 1
    return None


#: the number a figure is written with (`6.5` of `6.5万人`)
_WRITTEN_NUMBER = regex.compile(r"\d[\d,，]*(?:\.\d+)?")


def _in_target_magnitude(value: float, target: Record) -> float:
    """A bare result counted in the magnitude its target is written in (`3.6` beside
    `6.5万人` is 3.6万: 36000), where that puts it nearer the target than as it stands
    (`36000` beside `6.5万人` is 36000 already)."""
    written = _WRITTEN_NUMBER.search(target.text)     # after an approximator too (`约6.5万人`)
    number = parse_number(written.group()) if written else None
    if not number or number <= 0 or not value or value <= 0 or target.value <= 0:
        return value
    # 万, 亿: a power of ten, whatever noise the division leaves
    in_magnitude = scaled(value, 10.0 ** round(math.log10(target.value / number)))
    nearer = abs(math.log(in_magnitude / target.value)) < abs(math.log(value / target.value))
    return in_magnitude if nearer else value


def borrow_across_figures(found: list[tuple[Record, Sentence | None]]) -> list[Record]:
    """Fields one figure takes from a neighbour:
    - a headline figure box (`1 15.8万人`) is explained by the paragraph under it:
      it takes indicator, category and year from the same figure there; so does a box
      alone on a line of a paragraph (`1260个` under a slogan) from the caption line
      right below that restates it (`Lines.caption_below_a_box`);
    - a bare ratio (`占比达84.8%`) names what it is a ratio of after the figure before it;
    - a part (`其中农村22个`) names what it is a part of after the whole before it;
    - a part named only by its place (`新增托位2万个。其中，甲市8000个、乙县1800个`), or
      with no words at all, after `其中` or an opening bracket, counts what the last whole
      of its unit in the paragraph counts, and takes its category;
    - a result with no words of its own (`年度目标新增托位4000个，已新增2860个`) counts
      what the figure before it in the sentence counts, where the units agree (a figure
      named only by a comparison or a comment, `乙市75个最少`, `余32张转入`, is named at the
      indicator stage, `[like_the_figure_before]`: one route for those).

    Linear in the number of figures: twins are looked up by (value, unit), and the
    whole before a figure is the last one of its own sentence, kept as the loop goes.
    """
    records = [r for r, _ in found]
    twins = _twin_index(found)
    # id(sentence), and (id(sentence), unit) → index of its latest figure that can be a whole
    last_whole: dict[int | tuple[int, str | None], int] = {}
    wholes = _Wholes()
    lines = Lines()     # for a box line's caption below it
    institutions: dict[int, int] = {}      # id(sentence) → its latest count of institutions
    last_in_block: dict[int, int] = {}     # id(block) → its latest figure that can be a whole, of any unit
    project_named: dict[tuple[str, str | None], int] = {}    # (row's project, unit) → its first named figure
    last_of_unit: dict[tuple[int, str | None], int] = {}     # (id(sentence), unit) → its latest figure
    for i, (record, sentence) in enumerate(found):
        if sentence is None:
            continue
        record = records[i] = _of_institutions(record, records, institutions.get(id(sentence)))
        if counts_institutions(record.indicator, record.unit):
            institutions[id(sentence)] = i
        boxed = sentence.block.kind == "figure"
        if boxed or lines.caption_below_a_box(sentence):
            twin = _twin_after(found, twins, i, in_its_block=not boxed)
            if twin is not None:
                records[i] = replace(record, indicator=twin.indicator, indicator_confidence=twin.indicator_confidence,
                                     category=twin.category, year=twin.year,
                                     extra={**record.extra, "category_source": twin.extra.get("category_source")})
        elif (part_of := _place_part_of(record, sentence, records, wholes)) is not None:
            records[i] = part_of
        elif not record.indicator:
            # a result with no words counts what the last figure of its unit counts
            # (`民生实事项目35项，完成投资42.8亿元，35项全部完成`: not the investment), in its
            # sentence or else in its table row (a delivery cell after the row's target cell)
            whole_at = last_whole.get((id(sentence), record.unit))
            if whole_at is None and sentence.block.kind == "table_row":
                whole_at = last_whole.get((id(sentence.block), record.unit))
            if whole_at is None and sentence.block.kind == "table_row" and (key := _project_key(sentence.block.row, record.unit)):
                whole_at = project_named.get(key)
            if whole_at is None:
                whole_at = _remainder_of(record, sentence, records, last_whole.get((id(sentence.block), record.unit)))
            if whole_at is None and (compared := _compared_with_figure_before(record, sentence, records, last_whole,
                                                                               last_in_block.get(id(sentence.block)))):
                records[i] = compared
            elif whole_at is not None:
                records[i] = _as_remainder(_borrow_from_whole(record, records[whole_at], sentence), sentence)
            else:
                records[i] = _named_by_row(record, sentence)
        else:
            whole_at = last_whole.get(id(sentence))
            if whole_at is not None:
                records[i] = _borrow_from_whole(record, records[whole_at], sentence)
            remainder_of = _remainder_of(records[i], sentence, records, last_whole.get((id(sentence.block), record.unit)))
            if remainder_of is not None and (fuller := fuller_name_before(records[i].indicator, records[remainder_of].indicator)):
                records[i] = _as_remainder(replace(records[i], indicator=fuller), sentence)     # 新增普惠托位540个，…剩余60个托位
            if (before := last_of_unit.get((id(sentence), record.unit))) is not None:
                records[i] = _part_in_the_whole_s_field(records[i], records[before], sentence)
        if _can_be_whole(records[i]):
            last_whole[id(sentence)] = i
            last_whole[(id(sentence), records[i].unit)] = i
        if _can_be_whole(records[i]) or _names_its_row(records[i], sentence):
            last_whole[(id(sentence.block), records[i].unit)] = i
        if _can_be_whole(records[i]):
            last_in_block[id(sentence.block)] = i
        wholes.add(sentence.block, records[i], i)
        last_of_unit[(id(sentence), records[i].unit)] = i
        if sentence.block.kind == "table_row" and record.indicator and (key := _project_key(sentence.block.row, record.unit)):
            project_named.setdefault(key, i)
    return records


def _compared_with_figure_before(record: Record, sentence: Sentence, records: list[Record],
                                 last_whole: dict[int | tuple[int, str | None], int],
                                 last_of_block: int | None) -> Record | None:
    """A figure whose clause only compares it with an earlier one (`比上年多38部`, `提高到795元`,
    the line under a data-news card's figure; `新增托位436个，比年初计划多16个，其中…`) counts what the
    last figure of its unit in the paragraph counts; a growth rate so written (`比上年增长15%`) is the
    growth of the last figure of the paragraph, named with its frame (`助餐服务比上年增长`)."""
    clause_start = max(sentence.text.rfind(c, 0, record.start - sentence.start) for c in CLAUSE_BREAKS + COMMAS) + 1
    words_before = sentence.text[clause_start:record.start - sentence.start]
    if not compares_only(words_before) or _CLAUSE_BREAK.split(sentence.text[record.end - sentence.start:], 1)[0].strip(_TRAILING_MARKS):
        return None
    if (frame := growth_frame(words_before, record.unit or "")) is not None:
        if last_of_block is None:
            return None
        named = records[last_of_block].indicator + frame
        return replace(record, indicator=named,
                       indicator_confidence=min(indicator_confidence(named, record.unit), _GUESSED_INDICATOR_CONFIDENCE))
    whole_at = last_whole.get((id(sentence.block), record.unit))
    return _borrow_from_whole(record, records[whole_at], sentence) if whole_at is not None else None


#: what may close a compared line after its figure: its punctuation, no word
_TRAILING_MARKS = SENTENCE_ENDS + SEMICOLONS + COMMAS + " \t\u3000"


def _as_remainder(record: Record, sentence: Sentence) -> Record:
    """`已完工39个，其余4个将在12月中旬前完工`: a remainder has not reached the stage of works the
    figure it borrows its name from counts; it counts the thing alone (老旧小区, not 完工老旧小区)."""
    if not is_a_remainder(sentence.text[:record.start - sentence.start]):
        return record
    return replace(record, indicator=without_work_stage(record.indicator))


def _remainder_of(record: Record, sentence: Sentence, records: list[Record], whole_at: int | None) -> int | None:
    """`整改要求：剩余4部于4月底前完成验收`: a remainder with no words counts what the last figure
    of its unit on its line counts (`已完工21部，…另有4部正在安装`), though in a sentence before;
    one named by a bare head noun (`剩余60个托位`) by that figure's full name (`普惠托位`)."""
    if whole_at is None or not is_a_remainder(sentence.text[:record.start - sentence.start]):
        return None
    line_start = sentence.block.start + _line_start_in_block(sentence.block, record.start)
    return whole_at if records[whole_at].start >= line_start else None


def _project_key(row: TableRow | None, unit: str | None) -> tuple[str, str | None] | None:
    """A table row's name (its narrowest name cell) and a figure's unit: a progress log (督办系统
    进度流水) writes a project in row after row, and a figure of a later row that names nothing
    (`二季度新增230个`, in prose or a bare result cell) counts what the project's first figure
    of its unit named (`新增普惠托位180个`). None for a row with no name, or no row."""
    name = (row.label or row.project) if row is not None else None
    return (name, unit) if name else None


def _of_institutions(record: Record, records: list[Record], at: int | None) -> Record:
    """An attribute listed after a count of institutions in its sentence (`普通高中61所，
    招生4.86万人`) is of those institutions (`普通高中招生`)."""
    named = of_institutions(record.indicator, records[at].indicator) if at is not None else None
    return replace(record, indicator=named) if named else record


def _named_by_row(record: Record, sentence: Sentence) -> Record:
    """A figure of a table row's prose cell that names nothing (`新增300张`), with no figure
    of its unit before it in the row, counts what the row's name cell says."""
    if sentence.block.kind != "table_row" or (named := row_name_indicator(sentence.block.row)) is None:
        return record
    return replace(record, indicator=named,
                   indicator_confidence=min(indicator_confidence(named, record.unit), _GUESSED_INDICATOR_CONFIDENCE))


def _can_be_whole(record: Record) -> bool:
    return bool(record.indicator) and len(record.indicator) > 2 and not record.extra.get("part")


def _names_its_row(record: Record, sentence: Sentence) -> bool:
    """A row's target cell naming its thing in two characters (`新增托位600个`): the
    milestone cells after it (`完成200个`, `累计400个`) count that thing, which is
    narrower than the row's project name (`普惠托育扩容`)."""
    return (sentence.block.kind == "table_row" and bool(record.indicator) and len(record.indicator) == 2
            and not record.extra.get("part") and names_a_topic(record.indicator))


def _borrow_from_whole(record: Record, whole: Record, sentence: Sentence) -> Record:
    if not record.indicator:
        if whole.unit != record.unit:
            return record
        # …and what it is about: guessed from the sentence, its category was that of whatever
        # else the sentence names (`差4部，…；二是长者食堂…`); a heading's stays
        category = record.category if record.extra.get("category_source") == "document" else whole.category
        return replace(record, indicator=whole.indicator, category=category,
                       indicator_confidence=min(whole.indicator_confidence or 0.0, _GUESSED_INDICATOR_CONFIDENCE))
    if record.indicator in _BARE_RATIOS:
        return replace(record, indicator=whole.indicator + record.indicator)
    if subject := _subject_of_rate_before(record, whole, sentence):
        return replace(record, indicator=subject + record.indicator)
    if len(record.indicator) <= 2 and "其中" in sentence.text[whole.end - sentence.start: record.start - sentence.start]:
        return replace(record, indicator=record.indicator + whole.indicator, extra={**record.extra, "part": True})
    return record


def _part_in_the_whole_s_field(record: Record, whole: Record, sentence: Sentence) -> Record:
    """`新增泊位2000个，其中老小区周边挖潜800个`: a part in the `其中` clause right after the figure
    of its unit, whose own words name nothing counted for sure (a place and a verb; a guessed
    indicator), counts some of that whole's things, so it is in the whole's field, not in
    whatever its place's words name (老小区: housing). Not where words stand between the whole
    and `其中` (`6个项目已超额完成年度目标，其中普惠性托位超出112个`: a part of something else)."""
    if (record.category == whole.category or whole.category == OTHER
            or (record.indicator_confidence or 0.0) > _GUESSED_INDICATOR_CONFIDENCE
            or not _PART_RIGHT_AFTER.match(sentence.text, whole.end - sentence.start,
                                           whole.end - sentence.start + _PART_REACH)):
        return record
    return replace(record, category=whole.category)


#: a `其中` clause opening right after a figure (`2000个，其中…`)
_PART_RIGHT_AFTER = regex.compile(r"\s*(?:[，,]\s*)?其中")
#: how far after the whole its `其中` may end; bounded so that a miss does not scan the sentence's rest
_PART_REACH = 8


#: A rate named by its kind alone (`满意率`), and one named with what it is of (`热线工单办结率`)
_KIND_OF_RATE = regex.compile(r"\p{Han}{1,3}率")
#: (the kind is two characters and 率, as most are: 办结率, 参保率, 知晓率)
_RATE_OF = regex.compile(r"(?P<subject>\w{2,})\p{Han}{2}率")
#: The most characters between two rates listed together: a joiner and a kind (`、满意率`)
_MAX_RATE_GAP = 8
#: What may stand between two rates of one subject listed together
_RATE_LIST_JOINER = regex.compile(r"\s*[、，,和及]\s*")


def _subject_of_rate_before(record: Record, whole: Record, sentence: Sentence) -> str | None:
    """`热线工单办结率98.6%、满意率96.2%`: a second rate listed right after a rate of a named
    subject is a rate of that subject (热线工单满意率)."""
    if record.unit != "%" or whole.unit != "%" or not _KIND_OF_RATE.fullmatch(record.indicator or ""):
        return None
    rate_of = _RATE_OF.fullmatch(whole.indicator or "")
    if rate_of is None or whole.indicator.endswith(record.indicator):
        return None
    if record.start - whole.end > _MAX_RATE_GAP:
        return None                      # (and no long slice for each figure of a long sentence)
    between = sentence.text[whole.end - sentence.start:record.start - sentence.start]
    joined = _RATE_LIST_JOINER.fullmatch(between.removesuffix(record.indicator))
    return rate_of.group("subject") if joined else None


#: What opens a breakdown of a whole into its parts
_BREAKDOWN = regex.compile(r"其中|[（(]")


def _breaks_down(text: str, start: int, end: int) -> bool:
    """Between a whole at `start` and a figure at `end`, a breakdown opens: `其中`, or a
    bracket, except one around a measure word alone on a later line than the whole's (an
    answer's `…=6000（户）　…=75%` names the unit of its line's own result: the rate after it
    is no part of a whole on a line above)."""
    return any(not _around_a_measure_word(text, found.start()) or "\n" not in text[start:found.start()]
               for found in _BREAKDOWN.finditer(text, start, end))


def _around_a_measure_word(text: str, at: int) -> bool:
    """The bracket at `at` holds a measure word of the unit table alone (`（户）`, `（公里）`),
    not a stage direction (`（白）`) or a remark."""
    found = _SHORT_BRACKET.match(text, at)
    if found is None:
        return False
    word = found.group("word").lstrip(_MAGNITUDES)      # `（万元）`: the unit after its magnitude
    return not word or unit_lookup(word) is not None


#: The magnitudes a measure word may open with (data/numerals.toml)
_MAGNITUDES = "".join(NUMERALS.magnitudes)


#: A bracket around a short word (`（户）`, `（万元）`)
_SHORT_BRACKET = regex.compile(r"[（(](?P<word>[^\d（）()，,。；;：:\s]{1,3})[）)]")


#: A sentence that is a breakdown of the whole before it
_OPENS_BREAKDOWN = regex.compile(r"^\s*其中[：:，,]?")


@dataclass
class _Wholes:
    """The figures of each paragraph that parts may belong to, by unit, and the whole
    the latest part of each unit belongs to."""
    by_unit: dict[tuple[int, str | None], list[int]] = field(default_factory=dict)
    of_last_part: dict[tuple[int, str | None], int] = field(default_factory=dict)

    def add(self, block: Block, record: Record, i: int) -> None:
        if record.indicator and not record.extra.get("part"):
            self.by_unit.setdefault((id(block), record.unit), []).append(i)
            self.of_last_part.pop((id(block), record.unit), None)


def _listed_by_field(record: Record, sentence: Sentence) -> bool:
    """Is the figure an item of a list of fields that opens its sentence with 其中, its
    clause only its field and the figure (`其中：教育11亿元，托育0.8亿元`)?"""
    at = record.start - sentence.start
    before = _CLAUSE_BREAK_BACKWARDS.search(sentence.text, 0, at)
    clause = sentence.text[before.end() if before else 0:at]
    return (_OPENS_BREAKDOWN.match(sentence.text) is not None
            and _OPENS_BREAKDOWN.sub("", clause, count=1).strip() == record.indicator)


def _place_part_of(record: Record, sentence: Sentence, records: list[Record], wholes: _Wholes) -> Record | None:
    """The part as its whole names it, where `record` is a part named only by its place
    (or by nothing, or by its field in a sentence opening with 其中) in a breakdown of a whole of its unit earlier in the paragraph: the
    whole whose noun the part repeats (`助餐点甲市`), else the whole the part before it
    belongs to, else the last whole."""
    block = sentence.block
    key = (id(block), record.unit)
    candidates = wholes.by_unit.get(key, [])
    if not candidates:
        return None           # most figures: no whole of their unit before them, nothing more to read
    head = place_part_head(record.indicator) if record.indicator else ""
    # a part named by its field (`其中：教育11亿元`) keeps that field's category
    field = head is None and names_only_a_field(record.indicator) and _listed_by_field(record, sentence)
    if head is None and not field:
        return None
    if head:
        whole_at = next((w for w in reversed(candidates) if head in (records[w].indicator or "")), None)
    else:
        whole_at = wholes.of_last_part.get(key, candidates[-1])
    if whole_at is None or not _breaks_down(block.text, records[whole_at].end - block.start, record.start - block.start):
        return None
    wholes.of_last_part[key] = whole_at
    whole = records[whole_at]
    if field:
        return replace(record, indicator=whole.indicator, extra={**record.extra, "part": True},
                       indicator_confidence=min(whole.indicator_confidence or 0.0, _GUESSED_INDICATOR_CONFIDENCE))
    return replace(record, indicator=whole.indicator, category=whole.category,
                   indicator_confidence=min(whole.indicator_confidence or 0.0, _GUESSED_INDICATOR_CONFIDENCE),
                   extra={**record.extra, "part": True, "category_source": whole.extra.get("category_source")})


def _twin_index(found: list[tuple[Record, Sentence | None]]) -> dict[tuple, list[int]]:
    """(value, unit) → positions of the sentence figures that have them, in order."""
    index: dict[tuple, list[int]] = {}
    for i, (record, sentence) in enumerate(found):
        if sentence is not None:
            index.setdefault((record.value, record.unit), []).append(i)
    return index


def _twin_after(found: list[tuple[Record, Sentence | None]], twins: dict[tuple, list[int]], i: int,
                in_its_block: bool = False) -> Record | None:
    """The first figure after `i` with its value and unit (the original, unchanged): outside its
    block (a box block's paragraph below), or `in_its_block` (a box line's caption below it)."""
    record, sentence = found[i]
    positions = twins[(record.value, record.unit)]
    for j in positions[bisect.bisect_right(positions, i):]:
        if (found[j][1].block is sentence.block) == in_its_block:
            return found[j][0]
    return None


def to_original(record: Record, prepared: Prepared) -> Record:
    """Offsets from the cleaned view back into the document text (records are fresh: set in place)."""
    doc = prepared.document
    record.start, record.end = prepared.clean.offsets.span_to_original(record.start, record.end)
    record.text = doc.text[record.start:record.end]
    record.doc_id = doc.doc_id
    record.source = doc.locate(record.start)
    _in_original_chars(record, prepared.clean)
    return record


def _in_original_chars(record: Record, clean: CleanView) -> None:
    """Words read from a view in simplified characters go out in the document's own."""
    if not clean.restore:
        return
    for name in ("indicator", "sentence", "project", "lead_unit", "leader"):
        setattr(record, name, clean.original_chars(getattr(record, name)))
    if record.partner_units:
        record.partner_units = [clean.original_chars(unit) for unit in record.partner_units]


# ----------------------------------------------------------------------- the whole

def analyse(doc: Document, doc_year: int | None = None, backups: Backups = RULES) -> tuple[list[Record], DocumentInfo]:
    prepared = prepare(doc, doc_year)
    return records_of(prepared, backups), prepared.info


def records_of(prepared: Prepared, backups: Backups = RULES) -> list[Record]:
    backups = replace(backups, title=prepared.info.title or "")
    found: list[tuple[Record, Sentence | None]] = []
    lines = Lines(legend_fields(prepared.clean.text))
    # an English paragraph is read as English only beside Chinese ones (a bilingual release)
    twins = Twins() if is_mostly_chinese(prepared.clean.text) else None
    for sentence, years, times in sentences_in_time(prepared):
        if twins is not None and is_english_prose(sentence.text):
            twins.saw_english()
            found.extend((r, sentence) for r in english_sentence_records(sentence, years, twins, backups, lines))
            continue
        records = sentence_records(sentence, years, backups, times, lines)
        if twins is not None:
            twins.saw_chinese(records)
        found.extend((r, sentence) for r in records)
    beside = [r for r, _ in found]
    found.extend((r, None) for r in table_cell_records(prepared.blocks, prepared.info.years, backups, beside))
    found.sort(key=lambda pair: pair[0].start)
    set_bracketed_areas(found)
    categorise_row_notes(found, prepared.blocks)
    categorise_rows_by_item_number(found, prepared.blocks)
    categorise_cell_comments(found, prepared.blocks)
    categorise_renovation_sequels(found, prepared.clean.text)
    file_strays_under_the_main_topic(found)
    name_rates_as_written(found)
    name_ranked_rows(found, prepared.clean.text)
    name_bare_list_counts(found, prepared.clean.text)
    name_glossed_pairs(found, lines.legend)
    records = follow_the_dialogue(borrow_across_figures(found), [s for _, s in found], prepared.blocks)
    count_chips_in_items(records)
    set_stances(records, [s for _, s in found], prepared, lines.legend, backups.stance)
    follow_twins(records)
    records = drop_retracted(records, prepared.clean.text)
    records = [to_original(r, prepared) for r in records]
    mark_revisions(records, prepared.document.text)
    return records


def name_glossed_pairs(found: list[tuple[Record, Sentence | None]], legend: dict[str, str]) -> None:
    """A figure named only by a label the document glosses (`“起拍”为年初许诺数，“落槌”为…年终核定数`) counts what the
    words between the figure before it and the label name (`；职业技能培训起拍3500人次` → 职业技能培训), else, where
    the label follows that figure straight on, what that figure counts, the other half of its pair
    (`公益性岗位起拍300个，落槌318个`, `起拍：城镇新增就业6000人　　落槌：6342人`); a name ending in a label drops it.
    Only where the legend glosses a plan's label and a result's, a pair; a rate keeps its label (`成瓷率112.8%`)."""
    if set(legend.values()) != {TARGET, ACHIEVED}:
        return
    labels = sorted(legend, key=len, reverse=True)
    before: tuple[Record, str, Sentence] | None = None
    for record, sentence in found:
        if sentence is None or not record.indicator or record.unit == "%":
            continue
        name = record.indicator.strip()
        previous = before if before is not None and before[2] is sentence else None
        if name in legend:
            at = record.start - sentence.start
            since = previous[0].end - sentence.start if previous else 0
            label_at = sentence.text.rfind(name, since, at)
            words = _NOT_A_NAME.sub("", sentence.text[since:label_at]) if label_at >= 0 else ""
            record.indicator = name = (words if 0 < len(words) <= _LONGEST_PAIR_NAME
                                       else previous[1] if previous else name)
        elif (label := next((label for label in labels if len(label) > 1 and name.endswith(label) and len(name) > len(label)),
                            None)):     # (not a label of one character: `“实”指实际完成值` beside `落实`)
            record.indicator = name = name[:-len(label)]
        before = (record, name, sentence)


#: the longest run of words before a glossed label read as what its figure counts (a longer one is a sentence)
_LONGEST_PAIR_NAME = 16
#: what stands between figures without naming anything: marks, colons, spaces
_NOT_A_NAME = regex.compile(rf"[\s{COLONS}{CLAUSE_BREAKS}{SENTENCE_ENDS}]+")


#: more than this share of a document's figures of one topic makes it the document's main topic
_MAIN_TOPIC_SHARE = 0.5
#: the backups' guesses, as against a heading's or a rule's call
_GUESSED = (TOPIC_SOURCE, TEXTCAT_SOURCE, UNSURE_SOURCE, STATISTICAL)


def file_strays_under_the_main_topic(found: list[tuple[Record, Sentence | None]]) -> None:
    """In a document most of whose figures are of one topic (a pension notice, a report on a
    town's roads), a figure that no topic word claimed (`其他` guessed by the lexicon or the
    classifier, not a rule's `其他` for the votes or the list's own counts) is of that topic:
    an analyst files it by the document it stands in (`发放2,316人` in a notice about a
    subsidy), where its own words say nothing."""
    counts = Counter(record.category for record, _ in found)
    if not counts:
        return
    topic, count = counts.most_common(1)[0]
    if topic == OTHER or count <= len(found) * _MAIN_TOPIC_SHARE:
        return
    for record, _ in found:
        # (a table's total adds up rows of every topic the table holds)
        if record.category == OTHER and record.extra.get("category_source") in _GUESSED and not record.extra.get("total") \
                and not _own_words_name_other(record):
            record.category = topic
            record.extra["category_source"] = "document"


def _own_words_name_other(record: Record) -> bool:
    """What the figure counts names a topic of `其他` (`鲜椒总产量预计约160万斤` in a pickers' roster: farming):
    its `其他` is claimed, not a stray's (not a word elsewhere in its clause, `…投诉电话打到12345的有27件`)."""
    return OTHER in topic_scores(record.indicator or "")


def set_bracketed_areas(found: list[tuple[Record, Sentence | None]]) -> None:
    """The district or county a paragraph's figures are for, where the paragraph opens with
    its bracketed name: every figure of the paragraph, the later sentences' too (`全区…`)."""
    block, area = None, None
    for record, sentence in found:
        if sentence is None:
            continue
        if sentence.block is not block:
            block, area = sentence.block, None
        if (m := BRACKETED_LEAD.match(sentence.text)) is not None:
            area = unit_named(m.group("label"))
        if record.area is None:
            record.area = area


def categorise_cell_comments(found: list[tuple[Record, Sentence | None]], blocks: list[Block]) -> None:
    """A spreadsheet's cell comment dumped after its table (`批注 D10（张伟）：26部中含上年结转
    项目3个`) speaks of its cell's row: the row whose cell in the comment's column holds the
    figure the comment opens with. The comment's figures that name no topic of their own
    (`其他`) take the row's category, and the restated figure what the row counts."""
    rows = [block for block in blocks if block.kind == "table_row" and block.row is not None and block.context.category]
    comments: dict[int, tuple[int, str, list[Record]]] = {}     # line's offset → (column, label, its figures)
    by_start = {record.start: record for record, _ in found}
    for record, sentence in found if rows else ():
        if sentence is None or sentence.block.kind == "table_row":
            continue
        block = sentence.block
        line_start = _line_start_in_block(block, record.start)
        label = block.text[line_start:record.start - block.start]
        if (column := commented_column(block.text[line_start:record.end - block.start])) is not None:
            comments.setdefault(block.start + line_start, (column, label, []))[2].append(record)
    for column, label, figures in comments.values():
        restated = min(figures, key=lambda r: r.start)
        cell = _cell_holding(rows, column, restated.value)
        if cell is None:
            continue
        row, at = cell
        for record in figures:
            if record.category == OTHER:
                record.category = row.context.category
                record.extra["category_source"] = "document"
        # the restated figure's indicator read from the comment's label (`批注 D10（张伟）`) is
        # no noun: it counts what the cell it restates counts
        if restated.indicator and restated.indicator in label and (same := by_start.get(at)) is not None:
            restated.indicator, restated.indicator_confidence = same.indicator, same.indicator_confidence


def _cell_holding(rows: list[Block], column: int, value: float | None) -> tuple[Block, int] | None:
    """The one figure cell of `value` in the table rows, with its row and offset: the only
    one, else the only one in `column`; None where no cell or several hold it."""
    holding = [(block, c.cell.start) for block in rows for c in block.row.figure_cells if value is not None and c.value == value]
    if len(holding) > 1:
        holding = [(block, at) for block, at in holding if column_of(block.text, at - block.start) == column]
    return holding[0] if len(holding) == 1 else None


#: the number a list item's line opens with, read as the number (`　　3．建成…`, `3、`, `3.`)
_LISTED_NUMBER = regex.compile(r"^[^\S\n]*(\d{1,2})[．.、)）]")
#: the fewest rows a table must match to the list's items by number before it is read so
_MIN_MATCHED_ROWS = 3


def categorise_rows_by_item_number(found: list[tuple[Record, Sentence | None]], blocks: list[Block]) -> None:
    """A table whose numbered rows name no work (`序号 | 牵头单位 | 计划投资`: `1 | 市卫健局 | 1860`)
    under a numbered list of the works (`1．新增普惠性托位240个…`) breaks the list down by number
    (`分项目安排见下表（按序号对应）`): a row's figures take the category of the item of its number,
    where that item's figures agree on one. At least `_MIN_MATCHED_ROWS` rows must match items, and
    every row one."""
    rows = [block for block in blocks if block.kind == "table_row" and block.row is not None
            and block.row.number and block.row.number.strip().isdigit() and block.context.category is None]
    if len(rows) < _MIN_MATCHED_ROWS:
        return
    items: dict[str, set[str]] = {}
    for record, sentence in found:
        if sentence is None or sentence.block.kind == "table_row":
            continue
        line = sentence.block.text[_line_start_in_block(sentence.block, record.start):]
        if (number := _LISTED_NUMBER.match(line)) is not None:
            items.setdefault(number.group(1), set()).add(record.category)
    numbers = {id(block): block.row.number.strip() for block in rows}
    # (every row must have its item: a roll of ten members numbered 1–10 under a note of three
    # numbered matters is no breakdown of them)
    if len(set(numbers.values()) & items.keys()) < _MIN_MATCHED_ROWS or not set(numbers.values()) <= items.keys():
        return
    # an item whose figures agree on one category other than 其他 gives it to the rows of its number
    agreed = {number: next(iter(categories)) for number, categories in items.items()
              if len(categories) == 1 and OTHER not in categories}
    by_row = {id(block): agreed[numbers[id(block)]] for block in rows if numbers[id(block)] in agreed}
    starts = [block.start for block in rows]      # in order: a row is found by bisection
    for record, sentence in found:
        if sentence is not None or record.category != OTHER:
            continue
        block = rows[bisect.bisect_right(starts, record.start) - 1] if record.start >= starts[0] else None
        if block is not None and record.start < block.end and id(block) in by_row:
            record.category = by_row[id(block)]
            record.extra["category_source"] = "document"


def categorise_row_notes(found: list[tuple[Record, Sentence | None]], blocks: list[Block]) -> None:
    """A figure of a note under a table that names a row by number (`第6项差12台`) is of
    that row's category, where the note's own place assigns none, and counts what the row
    counts where the rules read only the reference as its indicator (`第6项差`)."""
    rows = {block.row.number.strip(): block for block in blocks
            if block.kind == "table_row" and block.row is not None and block.row.number and block.context.category}
    if not rows:
        return
    for record, sentence in found:
        if sentence is None or sentence.block.kind == "table_row" or sentence.block.context.category:
            continue
        row = rows.get(referred_row(sentence.text, record.start - sentence.start) or "")
        if row is None:
            continue
        record.category = row.context.category
        record.extra["category_source"] = "document"
        if ((record.indicator is None or referred_row(record.indicator, len(record.indicator)))
                and (named := row_name_indicator(row.row))):
            record.indicator, record.indicator_confidence = named, indicator_confidence(named, record.unit)


def categorise_renovation_sequels(found: list[tuple[Record, Sentence | None]], text: str) -> None:
    """`改造中同步增设停车位410个`, `改造后小区居民满意度达到96.2%`: a sentence going on about a
    renovation named before it gives its figures that renovation's category (the estates'),
    where the document assigns none and the figure's own words name no other topic. Read
    from the text before the sentence, which a sentence's own words do not reach."""
    sequels: dict[int, str | None] = {}     # sentence start → the category it goes on about
    heads: dict[int, tuple[list[int], list[int]]] = {}     # block start → its lines' starts and their items' heads
    for record, sentence in found:
        if sentence is None or record.extra.get("category_source") == "document":
            continue
        if sentence.start not in sequels:
            block = sentence.block
            if block.start not in heads:
                heads[block.start] = _item_heads(block.text, block.start)
            starts, items = heads[block.start]
            item_start = items[bisect.bisect_right(starts, sentence.start) - 1]
            sequels[sentence.start] = renovation_sequel(text, sentence.start, sentence.end, item_start)
        renovated = sequels[sentence.start]
        if renovated and not keeps_its_own_topic(record.indicator, renovated):
            record.category = renovated
            record.extra["category_source"] = "rules"


def _item_heads(block_text: str, block_start: int) -> tuple[list[int], list[int]]:
    """The start of each line of a block, and where the item its line belongs to begins: the nearest line above that is
    no field (a card's head, `■ 记录 7｜…｜困难残疾人辅具适配｜状态：已完成`, over `　完成情况：…`), else the block's start:
    a paragraph of cards run together is read card by card. One pass per block."""
    starts, items = [], []
    head = position = block_start
    for line in block_text.split("\n"):
        starts.append(position)
        items.append(head)
        if CARD_FIELD.match(line) is None:
            head = position
        position += len(line) + 1
    return starts, items


def _periods_looked_back(found_in: list[Sentence | None]) -> list[int]:
    """The years the records' sentences start a total up to now from (`2021年以来累计…203部`): the
    total is dated now, yet the document looks back to then, as a mixed plan that opens with
    past results does."""
    texts = {sentence.text for sentence in found_in if sentence is not None}
    return [t.year for text in texts for t in find_times(text) if t.year is not None and runs_up_to_now(text, t)]


def set_stances(records: list[Record], found_in: list[Sentence | None], prepared: Prepared,
                legend: dict[str, str], guess: StanceGuess | None = None) -> None:
    """Each record's stance (extractors/stance.py), its year against the year the document
    is about; `legend`: the labels the document glosses (`legend_fields`, read once with its
    lines); `guess` speaks where no word of the text frames a figure."""
    kind, subject, plan_year = stance_reference(prepared, [r.year for r in records] + _periods_looked_back(found_in))
    headings = HeadingStances()
    frames = _Frames() if kind == REPORT else None
    text = prepared.document.text
    unreported = _Unreported(sorted(upcoming_events(text) + cancelled_headlines(text)), prepared.clean)
    for record, sentence in zip(records, found_in):
        frame = frames.of(sentence) if frames is not None and sentence is not None else None
        record.stance = figure_stance(_where(record, sentence, frame, legend), kind, subject, plan_year, headings, guess)
        # an event still to come states no level that stands either (`日均供餐1800份` once it opens)
        if record.stance != TARGET and unreported.holds(record):
            record.stance = TARGET
    _stances_of_slash_pairs(records, found_in)


def _stances_of_slash_pairs(records: list[Record], found_in: list[Sentence | None]) -> None:
    """`60户/64户` under a heading glossing its pairs' order (`分项情形（目标/完成，单位随项）`): the pair's
    first figure takes the first word's stance, the second the second's."""
    for (first, sentence), (second, other) in itertools.pairwise(zip(records, found_in)):
        if sentence is None or other is not sentence or (order := slash_order(sentence.block.context.heading)) is None:
            continue
        if sentence.text[first.end - sentence.start:second.start - sentence.start].strip() in ("/", "／"):
            first.stance, second.stance = order


def stance_reference(prepared: Prepared, years_named: list[int | None]) -> tuple[str, int | None, int | None]:
    """The document's kind, the year its figures' stance is read against, and, for a mixed
    document, the year its plan is for (from the years its figures and looks back name)."""
    kind = document_kind(prepared.document.meta.kind, prepared.info.title)
    years = prepared.info.years
    subject = years.subject
    plan_year = mixed_plan_year(subject, years_named, years.written, years.written_month)
    if kind == PLAN and prepared.info.period:
        subject = prepared.info.period[0]    # a plan for several years looks ahead from its first
    return kind, subject, plan_year


@dataclass
class _Unreported:
    """The stretches of the original text that report no result, whatever the document
    around them does: an iCalendar export's events still to come as of its own date, an
    Org ledger's cancelled headlines."""
    spans: list[tuple[int, int]]
    clean: CleanView
    starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [start for start, _ in self.spans]     # searched once per record

    def holds(self, record: Record) -> bool:
        if not self.spans:
            return False
        at = self.clean.offsets.to_original(record.start)
        i = bisect.bisect_right(self.starts, at) - 1
        return i >= 0 and at < self.spans[i][1]


@dataclass
class _Frames:
    """The stance each paragraph's sentences carry (`paragraph_frame`), read once a sentence."""
    block: int | None = None
    sentence: int | None = None
    frame: str | None = None

    def of(self, sentence: Sentence) -> str | None:
        if id(sentence.block) != self.block:      # a paragraph's first sentence opens its frame
            self.block, self.sentence = id(sentence.block), id(sentence)
            self.frame = paragraph_frame(sentence.text, None)
        elif id(sentence) != self.sentence:       # …which a later one may close (`全年…`)
            self.sentence = id(sentence)
            self.frame = self.frame and paragraph_frame(sentence.text, self.frame)
        return self.frame


def _where(record: Record, sentence: Sentence | None, frame: str | None = None,
           legend: dict[str, str] | None = None) -> Where:
    if sentence is None:   # a figure cell of a table: its column header says what it holds, or the legend that glosses it,
        column = record.extra.get("header") or record.indicator     # else the heading over the table
        return Where(record.text, 0, len(record.text), table_row=True, column=column, year=record.year,
                     heading=record.extra.get("heading"), outer_heading=record.extra.get("outer_heading"),
                     row_expected=bool(record.extra.get("row_expected")), field=(legend or {}).get(column or ""),
                     unit=record.unit, per=record.per)
    block = sentence.block
    in_remark = block.row is not None and any(s <= record.start and record.end <= e for s, e in block.row.remarks)
    table_row = block.kind == "table_row" and not in_remark
    in_account = table_row and block.row is not None and block.row.account
    return Where(sentence.text, record.start - sentence.start, record.end - sentence.start,
                 heading=block.context.heading, table_row=table_row,
                 year=record.year, status=block.context.status, in_table=block.row is not None, frame=frame,
                 unit=record.unit, outer_heading=block.context.outer_heading,
                 field=_glossed_label_before(sentence.text, record.start - sentence.start, legend or {})
                 or _line_field(sentence, legend or {}),
                 row_expected=block.kind == "table_row" and row_expected(block.text),
                 in_project_name=table_row and not in_account and _in_project_name(sentence, block.row),
                 in_account=in_account)


def _in_project_name(sentence: Sentence, row: TableRow | None) -> bool:
    """Is the sentence its table row's project name (`新增普惠性托位1200个` in a budget export's
    `项目名称` column)? A project named by its goal: the figure is that goal."""
    return row is not None and bool(row.project) and sentence.text.strip() in row.project


def _glossed_label_before(text: str, position: int, legend: dict[str, str]) -> str | None:
    """The stance of the glossed label nearest before the figure in its clause (`“起拍”为年初许诺数，“落槌”为…
    年终核定数` over `公益性岗位起拍300个，落槌318个` and `起拍：…6000人　　落槌：6342人`), where the legend glosses
    any: the label says which of the pair the figure is, wherever on the line it stands."""
    if not legend:
        return None
    opened = _CLAUSE_START.search(text, 0, position)
    clause = text[opened.end() if opened else 0:position]
    found = max(((clause.rfind(label), label) for label in legend), default=(-1, None))
    return legend[found[1]] if found[0] >= 0 else None


#: the end of the clause mark or line break that a figure's clause opens after (the last one before it)
_CLAUSE_START = regex.compile(rf"(?r){char_class(CLAUSE_BREAKS)}|\n")


def _line_field(sentence: Sentence, legend: dict[str, str]) -> str | None:
    """The stance the label opening the line the sentence stands on names (`整改措施：…`), a
    ledger's field, or a label the document's legend glosses (`成瓷：…`); the line's later
    sentences are the field's too."""
    line_start = _line_start_in_block(sentence.block, sentence.start)
    opening = sentence.block.text[line_start:line_start + _LONGEST_LABEL]
    return _field_of_line(opening) or (legend_field(opening, legend) if legend else None)


#: How much of a line's start a field label and its colon may take (`下一步工作计划：`)
_LONGEST_LABEL = 12


@lru_cache(maxsize=4096)
def _field_of_line(opening: str) -> str | None:
    return field_stance(opening)


def process_document(doc: Document, doc_year: int | None = None, backups: Backups = RULES) -> list[Record]:
    return analyse(doc, doc_year, backups)[0]


# ------------------------------------------------------------------------- helpers

def _record(q: Quantity, sentence: Sentence, year: int | None, category: str, indicator: str | None) -> Record:
    return Record(
        start=sentence.start + q.start, end=sentence.start + q.end, text=q.text,
        value=q.value, value_max=q.value_max, unit=q.unit, qualifier=q.qualifier,
        year=year, category=category, indicator=indicator, per=q.per,
        sent_id=sentence.sent_id, sentence=sentence.text, extractor="rules",
        **_row_fields(sentence.block.row),
        extra={"block": sentence.block.kind},
    )


def _row_fields(row) -> dict:
    if row is None:
        return {}
    return dict(project=row.project, lead_unit=row.lead_unit, partner_units=row.partner_units,
                leader=row.leader, investment=row.investment, area=row.area)
