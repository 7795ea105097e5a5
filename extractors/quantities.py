"""Quantities: find numeral + unit spans in a sentence and resolve them.

After Microsoft Recognizers-Text: `_candidates` finds spans with one compiled regex
(numeral, approximator, magnitude, range, unit, rate, outer qualifiers), and
`_resolve` turns a span into a `Quantity` or rejects it by the guideline's
exclusions (dates, durations, ages, frequencies, ordinals, grades, names, vague
amounts). The language data is in data/quantities.toml, data/units.csv and
data/numerals.toml.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter

import regex

from .clause_marks import break_before, break_from
from .numerals import TABLE as NUMERALS, build_numeral_pattern, parse_number, spoken_range
from .punctuation import CLAUSE_BREAKS, COLONS, char_class
from .script import internet_magnitudes, ocr_digits
from .segment import tag, word_crosses, words
from .tables import alternation, read_table, word_pattern
from .units import lookup as unit_lookup, surfaces_longest_first


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int            # offsets in the text searched (end exclusive)
    end: int
    text: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    per: str | None
    kind: str             # the unit's kind: count, person, money, percent, area, ...


@dataclass(frozen=True)
class _Data:
    before: dict[str, str]
    after: dict[str, str]
    inner: dict[str, str]              # every inner approximator, also those before a unit only
    time_units: tuple[str, ...]
    time_after: regex.Pattern          # ... after spaces or an approximator (3个多月, 2022 年)
    time_gap: frozenset[str]           # the characters that can start such a gap
    ordinal_or_denominator_before: tuple[str, ...]
    ordinal_list_before: regex.Pattern      # `第11、` before the `12件` of 第11、12件
    vague_before: tuple[str, ...]
    fraction_whole_before: tuple[str, ...]
    demonstrative_before: tuple[str, ...]
    demonstrative_mentions: tuple[str, ...]
    quoted_name: regex.Pattern         # one quoted name (`“就医更便捷”`)
    named_list_before: regex.Pattern   # quoted names running up to a count (`“A”和“B”两个项目`)
    named_list_nouns_after: regex.Pattern  # the projects' bare noun after it (`项目`, not `候选项目`)
    formula_before: tuple[str, ...]
    section_label_before: tuple[str, ...]   # `【` before a part's number (`【二段·…】`)
    section_label_after: regex.Pattern      # `·` or `】` after it
    item_number_before: regex.Pattern       # a line's start before an item's number (`二件　常有善育`)
    item_number_after: regex.Pattern        # the item's measure word and a wide gap after it
    print_run_before: regex.Pattern    # a document's own print run (`印数：5000份`)
    paperwork_before: regex.Pattern    # the reader's papers to bring (`复印件1份`)
    paperwork_units: tuple[str, ...]
    evidence_list_before: regex.Pattern  # a form's list of evidence papers (`佐证材料：…9份`)
    evidence_units: tuple[str, ...]
    electricity_units: frozenset[str]  # `度`: electricity only with `电` beside it
    electricity_cue: str
    listing_total: regex.Pattern       # `共` before a listing's count of its rows (`共 31 条记录`)
    listing_rows_after: regex.Pattern  # `记录` after it
    listing_field_before: regex.Pattern  # `共` alone in a field of an export's header (`　共7条`)
    listing_field_after: regex.Pattern   # the field's end after the count
    listing_field_units: tuple[str, ...]
    page_size_before: regex.Pattern    # `每页` before the rows a page shows (`每页 50 条`)
    send_tally_before: regex.Pattern   # `发送`, `失败`, `计费` right before a message log's own count
    send_tally_status: regex.Pattern   # `成功11条`: the delivery status counted in the same line
    send_tally_units: tuple[str, ...]
    page_counter_before: regex.Pattern  # a web page's own counters (`浏览：12,406 次`)
    page_counter_after: regex.Pattern   # …named after the figure (`356 条评论`)
    page_counter_row_before: regex.Pattern  # likes on a page's row of counters (`浏览 213,905　点赞 3,271`)
    page_counter_row_after: regex.Pattern   # …before the row's other counters (`点赞 386　在看 52`)
    intensity_before: regex.Pattern    # an earthquake's intensity (`抗震设防烈度：8度`)
    form_instruction: regex.Pattern    # a form's rule for filling it in (`超过100%的按100%填列`)
    restated_before: regex.Pattern      # a calculator's output, an amount in capitals
    list_qualifier: regex.Pattern       # a qualifier over a list after a colon (`约为：…`)
    share_qualifier: regex.Pattern      # a qualifier over a share of a whole (`约占在校生的`)
    object_qualifier: regex.Pattern     # a bound over a verb's object (`至少配备工作人员`)
    threshold_qualifier: regex.Pattern  # a condition's bound over a level (`超过警戒水位`)…
    threshold_after: regex.Pattern      # …with 时 after the figure
    mark_not_bound: regex.Pattern       # a negation before a bound (`未超过`)
    mark_after: tuple[str, ...]         # a part marked off after the figure (`的部分`)
    hyperbole: regex.Pattern           # stacked magnitude words (`千万家`)
    clock_hour_before: regex.Pattern   # the hour and colon of a clock time (`08:`)
    clock_minutes: regex.Pattern       # …and its minutes (`41`)
    decimal_places_after: regex.Pattern  # `位小数` after a number format's places (`保留1位小数`)
    clause_number: regex.Pattern       # a clause's number opening a line (`7.2　`)
    numbered_line: regex.Pattern       # an item's number and full-width stop glued to a figure (`1．129户`)
    factor_before: tuple[str, ...]
    rank_before: regex.Pattern
    rank_units: frozenset[str]
    grade_nouns_after: tuple[str, ...]
    kind_units: frozenset[str]         # `400米标准跑道`: a measure naming a standard kind
    kind_after: regex.Pattern
    statistic_before: regex.Pattern    # statistical notation before a figure (N=, p<, 标准差为)
    statistic_after: regex.Pattern     # ... or the statistic it is measured in after it (1个标准差)
    session_units: frozenset[str]
    session_after: tuple[str, ...]
    session_term: str
    everyday_numerals: str
    grade_units: frozenset[str]
    kind_count_units: frozenset[str]   # an Arabic count of kinds before a noun (`5类既往症`)
    grade_counted: regex.Pattern       # the list's projects after a grade unit: a count (12类重点民生实事项目)
    article_units: frozenset[str]
    counted_alone_units: frozenset[str]     # `又开了一个，`: 一 and these before a clause break count
    counted_alone_after: tuple[str, ...]    # …after an aspect particle (`了`, `过`)
    only_before: tuple[str, ...]            # `附近就一个诊所`: 一 after "only" counts one
    built_one_units: frozenset[str]         # `新建托育园一所，`: 一 and these after the noun built count one
    built_one_verbs: regex.Pattern          # …in a clause that opens on building or adding it
    built_one_not_after: tuple[str, ...]    # …not after a demonstrative or an ordinal (`这一块`, `第一段`)
    for_each: tuple[str, ...]               # `每`: a clause holding it states a rule for each
    counted_one_char_nouns: frozenset[str]   # what a measure word counts even as jieba joins them (`十件事`)
    locatives_after: frozenset[str]          # a place word after a measure word (`19部里`)
    compared_before: regex.Pattern           # `没到` before a bare amount compared with the figure before
    money_cue_before: regex.Pattern          # a cue of paying right before a bare amount (`总价`, `补了`)
    frequency_units: frozenset[str]
    frequency_periods: tuple[str, ...]
    names: regex.Pattern
    struck: regex.Pattern              # struck-out text (`~~7个~~`)
    worked_result_before: regex.Pattern  # `612÷720=` before the result of a worked sum
    answer_after: regex.Pattern          # `答：` stating it again
    story_subjects: regex.Pattern        # `小明`, `某小区`: an exercise's made-up subject
    question_end: regex.Pattern
    quoted_task: regex.Pattern
    building_units: frozenset[str]
    road_name_after: regex.Pattern           # a road's name and house number after the figure (`百米大道9号`)
    code_letters_before: regex.Pattern       # the letter of a code the figure is part of (`K2026次`)
    train_number_before: regex.Pattern       # a train number's label (`车次：6262次`)
    train_number_after: regex.Pattern        # …or the train's words after it (`6262次列车`)
    name_after_numeral: regex.Pattern        # a place's name a Chinese numeral is inside of (`北三家路`)
    phone_label_before: regex.Pattern        # a phone's label before its number (`热线电话：12345`)
    address_cues: tuple[str, ...]
    address_part_after: regex.Pattern
    address_part_before: regex.Pattern
    address_room_after: regex.Pattern
    address_residents_after: regex.Pattern
    address_estate_before: regex.Pattern            # `向阳小区` right before `3栋`: a named estate
    address_estate_units: frozenset[str]             # the measure words of its houses (`栋`, `幢`)
    address_house_part_after: regex.Pattern          # a part of the house after its number (`楼道`, `电梯`)
    address_list_after: dict[str, regex.Pattern]    # building unit → `、6栋` after it
    address_list_before: dict[str, regex.Pattern]   # building unit → `5栋、` before it
    money_in_speech: dict[str, str]
    money_cues: tuple[str, ...]
    money_not_cues: "regex.Pattern"
    money_fractions: regex.Pattern      # `叁角陆分` after a yuan amount
    money_fraction_units: dict[str, float]
    share_tenths: regex.Pattern         # the `五` of `五成五` after a share in tenths
    share_tenths_unit: str
    half_after_unit: regex.Pattern      # the 半 of `1斤半` after a measure
    half_kinds: frozenset[str]
    person_endings: frozenset[str]
    person_nouns: frozenset[str]
    place_nouns: dict[str, str]
    amount_nouns: dict[str, str]
    money_before: regex.Pattern        # `中央补助1.35亿`: a bare magnitude of money
    after_arrow: regex.Pattern         # `托位↑`: a noun and an arrow before a bare figure
    counter_nouns: dict[str, str]
    every_words: tuple[str, ...]
    not_every_words: tuple[str, ...]
    averages: dict[str, str]
    currency_signs: dict[str, str]     # a sign before a numeral → the measure word it stands for
    pattern: regex.Pattern
    figure_follows: regex.Pattern      # a measure word or magnitude after a figure, even across a line end


#: The most spaces between a figure and its measure word (`12 万人`, `300  个` in word-spaced text)
_UNIT_GAP = 3


@lru_cache(maxsize=1)
def _data() -> _Data:
    spec = read_table("quantities.toml")
    q, ex, bare, per = spec["qualifiers"], spec["exclude"], spec["bare"], spec["per"]
    units = alternation(surfaces_longest_first())
    # 3.6千米, 0.5百分点: a unit that starts with a numeral character ends the numeral.
    numeral = build_numeral_pattern(
        NUMERALS, [u for u in surfaces_longest_first() if u[0] in NUMERALS.chinese_numeral_chars])
    space = f"[{regex.escape(NUMERALS.spaces)}]*"       # 12 万人, 300 个: the spaces a numeral may hold
    # …and before its measure word at most a few: a wider gap aligns the fields of a form
    # (`户号：0120387645          户名：…`, `上期读数：1457      本期读数`), whose next label is no unit
    # (`12.5　万人次`), and of full-width spaces one: two are a form's gap between fields (`成瓷：203　　成瓷率…`)
    spaces = regex.escape(NUMERALS.spaces)
    unit_gap = f"(?![{spaces}]*\u3000[{spaces}]*\u3000)[{spaces}]{{0,{_UNIT_GAP}}}"
    # the denominator of a fraction read as a share (三分之一 → 33.3 %): a plain number
    # (`万分之五`: a magnitude may name the denominator too)
    base_chars = ("".join([*NUMERALS.digits, *NUMERALS.small_units, *NUMERALS.magnitudes])
                  + NUMERALS.arabic_digits + NUMERALS.full_width_digits)
    fraction_base = f"[{regex.escape(base_chars)}]{{1,4}}{regex.escape(NUMERALS.parts_of)}"
    # `2/3以上`: a slash fraction read as a share only where a bound follows it (a date, `1/16`,
    # or a page, `第1/1页`, never takes one); the denominator, numerator first
    slashes = regex.escape(NUMERALS.slashes)
    digit = f"[{regex.escape(NUMERALS.arabic_digits)}]"
    over = (rf"(?:[{slashes}](?P<over>{digit}{{1,2}})(?!{digit})"
            rf"(?:(?={space}(?:{alternation(ex['slash_fraction_bounds'])}))"
            rf"|(?<=(?:{alternation(ex['slash_fraction_parts'])}){digit}{{1,2}}[{slashes}]{digit}{{1,2}})))?")
    inner = (rf"{alternation(q['inner'])}"
             rf"|(?:{alternation(q['inner_before_unit'])})(?={space}(?:{units}))")
    number = (
        rf"(?:(?P<pct>百分之|(?P<den>{fraction_base}))|(?P<sign>{alternation(spec['currency_signs'])}){space})?"
        rf"(?P<n1>{numeral}){over}(?:{space}(?P<a1>{inner}))?"
        rf"(?:{space}(?P<u1>{units})(?=\s*[—–\-~～至到]))?"
        rf"(?:\s*[—–\-~～至到]\s*(?P<pct2>百分之)?(?P<n2>{numeral}))?"
        rf"(?:{unit_gap}(?P<unit>{units}))?"
        rf"(?:[{slashes}](?P<slash>{alternation(per['slash_words'])}))?"
    )
    address = ex["address"]
    # one digit of a fraction after its unit (`叁角陆分`, `五成五`), in any script the numerals table knows
    one_digit = f"[{regex.escape(''.join(NUMERALS.digits) + '两' + NUMERALS.arabic_digits + NUMERALS.full_width_digits)}]"
    time_units = sorted(ex["time_units"], key=len, reverse=True)
    pattern = regex.compile(
        # a qualifier may stand a space before the figure, as in word-spaced text (`大约 285 万`)
        rf"(?:(?P<pre>{alternation(q['before'])})(?<!{alternation(q['not_qualifiers'])})[ \u3000]?"
        rf"(?:(?:{alternation(q['adverbs_between'])})?(?:{alternation(q['verbs_between'])}))?"
        rf"(?:{alternation(q['rates_between'])})?)?{number}"
        rf"(?P<post>{alternation(q['after'])})?"
    )
    return _Data(
        before=q["before"], after=q["after"], inner=q["inner"] | q["inner_before_unit"],
        time_units=tuple(time_units),
        time_gap=frozenset(NUMERALS.spaces + "".join(q["inner"]) + "".join(q["inner_before_unit"])),
        time_after=regex.compile(
            rf"{space}(?:{alternation(q['inner'] | q['inner_before_unit'])})?(?:{alternation(time_units)})"),
        ordinal_or_denominator_before=tuple(ex["ordinal_before"] + ex["denominator_before"] + ex["fraction_before"]),
        ordinal_list_before=regex.compile(
            rf"(?:{alternation(ex['ordinal_before'])}){space}(?:{numeral}){space}(?:{alternation(ex['ordinal_list_joiners'])}){space}$"),
        vague_before=tuple(ex["vague_before"]),
        fraction_whole_before=tuple(NUMERALS.fraction_and),
        demonstrative_before=tuple(ex["demonstrative_before"]),
        demonstrative_mentions=tuple(ex["demonstrative_mentions"]),
        quoted_name=regex.compile(ex["quoted_name"]),
        named_list_before=regex.compile(ex["named_list_before"]),
        named_list_nouns_after=regex.compile(ex["named_list_nouns_after"]),
        formula_before=tuple(ex["formula_before"]),
        section_label_before=tuple(ex["section_label_before"]),
        section_label_after=regex.compile(ex["section_label_after"]),
        item_number_before=regex.compile(ex["item_number_before"]),
        item_number_after=regex.compile(ex["item_number_after"]),
        print_run_before=regex.compile(ex["print_run_before"]),
        paperwork_before=regex.compile(ex["paperwork_before"]),
        paperwork_units=tuple(ex["paperwork_units"]),
        evidence_list_before=regex.compile(ex["evidence_list_before"]),
        evidence_units=tuple(ex["evidence_units"]),
        electricity_units=frozenset(ex["electricity_units"]),
        electricity_cue=ex["electricity_cue"],
        listing_total=regex.compile(ex["listing_total"]),
        listing_rows_after=regex.compile(ex["listing_rows_after"]),
        listing_field_before=regex.compile(ex["listing_field_before"]),
        listing_field_after=regex.compile(ex["listing_field_after"]),
        listing_field_units=tuple(ex["listing_field_units"]),
        page_size_before=regex.compile(ex["page_size_before"]),
        send_tally_before=regex.compile(ex["send_tally_before"]),
        send_tally_status=regex.compile(ex["send_tally_status"]),
        send_tally_units=tuple(ex["send_tally_units"]),
        page_counter_before=regex.compile(ex["page_counter_before"]),
        page_counter_after=regex.compile(ex["page_counter_after"]),
        page_counter_row_before=regex.compile(ex["page_counter_row_before"]),
        page_counter_row_after=regex.compile(ex["page_counter_row_after"]),
        intensity_before=regex.compile(ex["intensity_before"]),
        form_instruction=regex.compile(ex["form_instruction"]),
        restated_before=regex.compile(ex["restated_before"]),
        mark_not_bound=regex.compile(q["mark_not_bound"]),
        mark_after=tuple(q["mark_after"]),
        share_qualifier=regex.compile(q["share_of_before"]),
        object_qualifier=regex.compile(q["bound_over_object"].replace("VERB", alternation(q["verbs_between"]))),
        threshold_qualifier=regex.compile(q["threshold_over_level"]),
        threshold_after=regex.compile(q["threshold_after"]),
        list_qualifier=regex.compile(
            rf"(?P<word>{alternation(spec['qualifiers']['over_a_list'])})(?:为|是)?[：:][^。；;（(\n]*$"),
        hyperbole=regex.compile(ex["hyperbole"]),
        clock_hour_before=regex.compile(ex["clock_hour_before"]),
        clock_minutes=regex.compile(ex["clock_minutes"]),
        decimal_places_after=regex.compile(ex["decimal_places_after"]),
        clause_number=regex.compile(ex["clause_number"]),
        numbered_line=regex.compile(ex["numbered_line"]),
        factor_before=tuple(ex["factor_before"]),
        rank_before=regex.compile(ex["rank_before"]),
        rank_units=frozenset(ex["rank_units"]),
        grade_nouns_after=tuple(ex["grade_nouns_after"]),
        kind_units=frozenset(ex["kind_units"]),
        kind_after=regex.compile(ex["kind_after"]),
        statistic_before=regex.compile(ex["statistic_before"]),
        statistic_after=regex.compile(ex["statistic_after"]),
        session_units=frozenset(ex["session"]["units"]),
        session_after=tuple(ex["session"]["after"]),
        session_term=ex["session"]["term"],
        everyday_numerals=ex["everyday_numerals"],
        grade_units=frozenset(ex["grade_units"]),
        kind_count_units=frozenset(ex["kind_count_units"]),
        grade_counted=regex.compile(rf"\p{{Han}}{{0,6}}?(?:{alternation(ex['grade_counted_nouns'])})"),
        article_units=frozenset(ex["article_units"]),
        counted_alone_units=frozenset(ex["counted_alone_units"]),
        counted_alone_after=tuple(ex["counted_alone_after"]),
        only_before=tuple(ex["only_before"]),
        built_one_units=frozenset(ex["built_one_units"]),
        built_one_verbs=word_pattern(ex["built_one_verbs"]),
        built_one_not_after=tuple(ex["built_one_not_after"]),
        for_each=tuple(ex["denominator_before"]),
        counted_one_char_nouns=frozenset(ex["counted_one_char_nouns"]),
        locatives_after=frozenset(ex["locatives_after"]),
        compared_before=regex.compile(bare["compared_before"]),
        money_cue_before=regex.compile(rf"(?:{alternation(spec['money_in_speech']['cues'])})"
                                       rf"(?:{alternation(spec['money_in_speech']['cue_particles'])})?$"),
        frequency_units=frozenset(ex["frequency_units"]),
        frequency_periods=tuple(ex["frequency_periods"]),
        names=regex.compile(alternation(ex["names"])),
        struck=regex.compile(ex["struck"]),
        worked_result_before=regex.compile(ex["worked_result_before"]),
        answer_after=regex.compile(ex["answer_after"]),
        story_subjects=regex.compile(ex["story_subjects"]),
        question_end=regex.compile(ex["question_end"]),
        quoted_task=regex.compile(ex["quoted_task"]),
        building_units=frozenset(address["building_units"]),
        address_cues=tuple(address["cues_before"]),
        address_part_after=regex.compile(
            rf"{space}[-—－]?{space}(?:{numeral}){space}(?:{alternation(address['parts'])})"),
        address_part_before=regex.compile(
            rf"(?:{numeral}){space}(?:{alternation(address['parts_before'])}){space}[-—－]?{space}$"),
        address_room_after=regex.compile(address["room_after"]),
        road_name_after=regex.compile(address["road_name_after"]),
        code_letters_before=regex.compile(address["code_letters_before"]),
        train_number_before=regex.compile(address["train_number_before"]),
        train_number_after=regex.compile(address["train_number_after"]),
        name_after_numeral=regex.compile(address["name_after_numeral"]),
        phone_label_before=regex.compile(address["phone_label_before"]),
        address_residents_after=regex.compile(address["residents_after"]),
        address_estate_before=regex.compile(
            rf"(?<!{alternation(address['generic_estates'])})(?:{alternation(address['estates'])})$"),
        address_estate_units=frozenset(address["estate_units"]),
        address_house_part_after=regex.compile(alternation(address["house_parts_after"])),
        address_list_after={unit: regex.compile(
            rf"{space}(?:{alternation(address['list_joiners'])}){space}(?:{numeral}){space}{regex.escape(unit)}")
            for unit in address["building_units"]},
        address_list_before={unit: regex.compile(
            rf"(?:{numeral}){space}{regex.escape(unit)}{space}(?:{alternation(address['list_joiners'])}){space}$")
            for unit in address["building_units"]},
        money_in_speech=spec["money_in_speech"]["units"],
        money_cues=tuple(spec["money_in_speech"]["cues"]),
        money_not_cues=regex.compile(alternation(spec["money_in_speech"]["not_cues"])),
        money_fractions=_fraction_pattern(spec["money_fractions"], one_digit),
        money_fraction_units=spec["money_fractions"]["units"],
        share_tenths=regex.compile(
            rf"{one_digit}(?![{regex.escape(NUMERALS.chinese_numeral_chars + NUMERALS.arabic_digits)}])"
            rf"(?!{space}(?:{units}|{alternation(NUMERALS.magnitudes)}))"),
        share_tenths_unit=spec["share_tenths"]["unit"],
        half_after_unit=regex.compile(
            rf"{regex.escape(spec['half_after_unit']['half'])}(?!{alternation(spec['half_after_unit']['words_of_half'])})"),
        half_kinds=frozenset(spec["half_after_unit"]["kinds"]),
        person_endings=frozenset(bare["person_noun_endings"]),
        person_nouns=frozenset(bare["person_nouns"]),
        place_nouns=bare["place_nouns"],
        amount_nouns=bare["amount_nouns"],
        money_before=regex.compile(bare["money_before"]),
        after_arrow=regex.compile(
            rf"(?P<noun>{alternation(bare['amount_nouns'])})[ \t\u3000]*(?:{alternation(bare['arrows'])})[ \t\u3000]*$"),
        counter_nouns=bare["counter_nouns"],
        every_words=tuple(sorted(per["every_words"], key=len, reverse=True)),
        not_every_words=tuple(per["not_every_words"]),
        averages=per["averages"],
        currency_signs=spec["currency_signs"],
        pattern=pattern,
        figure_follows=regex.compile(
            rf"[^\S\n]*\n?[^\S\n]*(?:{units}|[{regex.escape(''.join(NUMERALS.magnitudes) + NUMERALS.approximators)}]"
            rf"|{alternation(q['inner'])})"),
    )


_CJK = regex.compile(r"\p{Han}")


def _in_words(numeral: str) -> bool:
    """A numeral written in Chinese characters (`三`, `十五万`, `几十`), not in digits (`5000`,
    full-width `５０００`, `.5`, `-3`): the one test of which a numeral is, wherever it matters."""
    return _CJK.match(numeral) is not None


_QUOTED = regex.compile(r"“[^“”]*”|‘[^‘’]*’|「[^「」]*」")
_SENTENCE_PUNCT = regex.compile(char_class(CLAUSE_BREAKS))
_CLAUSE_START = regex.compile(char_class(CLAUSE_BREAKS, COLONS, "\n（("))
_CLAUSE_START_BACKWARDS = regex.compile(_CLAUSE_START.pattern, flags=regex.REVERSE)
#: No clause of a real sentence is longer; the clause before a figure is looked for within it.
MAX_CLAUSE = 200


def denominator_after_every(rest: str) -> str | None:
    """The word a text after `每` opens with that makes a rate (`千人口托位数` → 千人口), else None."""
    data = _data()
    if rest.startswith(data.not_every_words):
        return None
    return next((w for w in data.every_words if rest.startswith(w)), None)


def rate_denominator_pattern() -> str:
    """A regular expression of one word after 每 that makes a rate (not `生育` for `生`)."""
    data = _data()
    return rf"(?!{alternation(data.not_every_words)})(?:{alternation(data.every_words)})"


#: Sentences whose reading is kept: each figure of a sentence reads it again for its indicator.
_CACHED_READINGS = 64


@lru_cache(maxsize=_CACHED_READINGS)
def read_digits(text: str) -> str:
    """`text` with the letters a scan's OCR reads for digits as digits where they stand in a
    figure (`1O7.5%` → `107.5%`), and the letters posts write for a magnitude as it
    (`1.2w人次` → `1.2万人次`), of the same length: the text the quantities are read from."""
    follows = _data().figure_follows
    return internet_magnitudes(ocr_digits(text, NUMERALS.ocr_digits, follows), NUMERALS.internet_magnitudes, follows)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity mention in `text` (a sentence), in order, not overlapping."""
    return list(_quantities(text))


#: Texts whose quantities are kept: a table cell is read while the table is parsed and
#: again as a sentence (about a third of the text of a mixed archive is read twice), the
#: whole document's tables before its first sentence. A long task table holds more than
#: a thousand texts: with 1,024 kept, a fifth of the reads of the bench archive were of
#: texts read before (15,799 reads of 12,263 texts); with 4,096, 12,810 (a few MB kept).
_CACHED_TEXTS = 4096


@lru_cache(maxsize=_CACHED_TEXTS)
def _quantities(text: str) -> tuple[Quantity, ...]:
    data = _data()
    reading = read_digits(text)                                              # l2所 → 12所, same length
    if reading is text:
        return _quantities_read(text, data)
    return tuple(replace(q, text=text[q.start:q.end]) for q in _quantities_read(reading, data))


def _quantities_read(text: str, data: _Data) -> tuple[Quantity, ...]:
    protected: list[tuple[int, int]] | None = None     # found once, and only if a candidate needs it
    found: list[Quantity] = []
    for match in data.pattern.finditer(text, _figures_start(text, data)):
        if _plainly_not_a_figure(text, match, data):
            continue
        if protected is None:
            protected = _protected_spans(text, data)
        quantity = _resolve(text, _Found.of(match), data, protected)
        if quantity is not None:
            found.append(quantity)
    return tuple(found)


#: a list item's number glued to the figure after it, at the text's start (`4.4家培训机构`)
_DIGIT = char_class(NUMERALS.arabic_digits, NUMERALS.full_width_digits)
_LIST_NUMBER = regex.compile(rf"\s*{_DIGIT}{{1,2}}{char_class(NUMERALS.decimal_points)}(?={_DIGIT})")
#: kinds of unit that count whole things: a count of them has no decimals (`4.4家` is item 4's `4家`)
_WHOLE_KINDS = frozenset({"count", "person", "household"})
_HAN = regex.compile(r"\p{Han}")


def _figures_start(text: str, data: _Data) -> int:
    """Where the figures of `text` start: past a clause number opening it (`7.2　对…`), or
    past a list number glued to a count (`4.4家`), else at its start."""
    clause = data.clause_number.match(text)
    if clause is not None and not _measured_across_the_gap(text, clause.end(), data):
        return clause.end()
    return _past_a_list_number(text, data)


def _measured_across_the_gap(text: str, number_end: int, data: _Data) -> bool:
    """The number opening `text` is a figure whose magnitude or unit of two characters or more
    stands after the gap (`12.5　万人`, `3.5  公里`): a figure spaced out, no clause number;
    a one-character word after it (`7.2　对60…`) opens the clause's text."""
    start = len(text) - len(text.lstrip())
    m = data.pattern.match(text, start)
    if m is None or m.end() <= number_end:
        return False
    f = _Found.of(m)
    return f.has_magnitude or len(f.unit or "") > 1


def _past_a_list_number(text: str, data: _Data) -> int:
    """Where the figures of `text` start: past an item's number that opens it glued to a
    count (`4.4家培训机构` is item 4, `4家`), since whole things are counted without decimals
    (`4.4万家`, with a magnitude, and `4.5公里` are figures); else at its start."""
    if item := data.numbered_line.match(text):
        return item.end()                       # `1．129户、536人`
    number = _LIST_NUMBER.match(text)
    if number is None:
        return 0
    m = data.pattern.match(text, number.start() + len(number.group()) - len(number.group().lstrip()))
    if m is None:
        return 0
    f = _Found.of(m)
    unit = unit_lookup(f.unit) if f.unit and not f.pre else None
    whole = (unit is not None and unit.kind in _WHOLE_KINDS and f.unit not in data.money_in_speech
             and not f.has_magnitude and f.end == m.end())
    # …and the item goes on with what it counts: a figure alone on its line (`3.2个` under a card's
    # caption `每千人口拥有托位`) is a rate, whose decimals are its own
    return number.end() if whole and _HAN.match(text, f.end) else 0


def _plainly_not_a_figure(text: str, m: regex.Match, data: _Data) -> bool:
    """The cheap rejections, before a candidate is read in full: a number followed by a
    time unit with no measure word between (years, dates, durations, ages), and a bare
    number with nothing that could make it a figure (a list number, a code)."""
    if m.group("unit") or m.group("u1") or m.group("pct") or m.group("over") or m.group("a1") or m.group("sign"):
        return False
    end = m.end()
    if _time_follows(text, end, data):
        return True
    numeral = m.group("n2") or m.group("n1")
    return (not _TRAILING_MAGNITUDE.search(numeral) and not _hundreds_in_words(numeral)
            and not text.startswith(tuple(data.place_nouns), end)
            and (_in_words(numeral) or not _counter_unit(text, m.start(), data))
            and not data.after_arrow.search(text, max(0, m.start() - _ARROW_REACH), m.start()))


def _is_piece_counter(surface: str) -> bool:
    """The general measure word (个, and its other scripts' forms: 個, Korean 개), which a
    duration's word may follow (3个月, 3개월)."""
    unit = unit_lookup(surface)
    return unit is not None and unit.unit == "个"


def is_time_unit(word: str) -> bool:
    """A unit of time, age or date (`年`, `个月`, `周岁`): a figure in it is a time expression, no record."""
    return word in _data().time_units


def _time_follows(text: str, position: int, data: _Data) -> bool:
    """A date, duration or age goes on at `position`: 2023年, 3个月, 3个多月, 2022 年."""
    return text.startswith(data.time_units, position) or (
        text[position:position + 1] in data.time_gap and data.time_after.match(text, position) is not None)


def _protected_spans(text: str, data: _Data) -> list[tuple[int, int]]:
    """Stretches whose numerals are names, not figures: short quoted names
    (`“六个常有”`, `“15分钟养老服务圈”`) and listed policy names; and struck-out text
    (`~~7个~~ 8个`), whose figure the writer replaced.
    Quoted speech (with sentence punctuation inside) and a quoted task of the list, which
    opens with what is done (`“为8000名失能老年人提供上门服务”`), are not protected."""
    spans = [(m.start(), m.end()) for m in data.names.finditer(text)]
    spans += [(m.start(), m.end()) for m in data.struck.finditer(text)]
    for m in _QUOTED.finditer(text):
        if not _SENTENCE_PUNCT.search(m.group()) and not data.quoted_task.match(m.group(), 1):
            spans.append((m.start(), m.end()))
    return spans


#: The named groups of the quantity pattern that a candidate reads, in `_Found.of`'s order
_GROUPS = ("pre", "pct", "pct2", "den", "sign", "n1", "over", "a1", "u1", "n2", "unit", "slash", "post")


@lru_cache(maxsize=1)
def _group_spans() -> Callable[[tuple], tuple[tuple[int, int], ...]]:
    """The spans of `_GROUPS` out of a match's `regs`, by their numbers in the quantity
    pattern, in one call (a fifth of `_Found.of` had gone to indexing them one by one)."""
    index = _data().pattern.groupindex
    return itemgetter(*(index[name] for name in _GROUPS))


@dataclass(slots=True)          # not frozen: built for every candidate, and frozen init is 5× slower
class _Found:
    """One candidate span, its regex groups read once (None where a group did not match)."""
    pre: str | None
    pct: bool
    sign: str | None        # a currency sign before the numeral (`¥12`): the unit it stands for
    den: str | None         # the denominator of a fraction (`三分之` of 三分之一), read as a share
    n1: str
    over: str | None        # the denominator after a slash (`3` of 2/3以上), read as a share
    a1: str | None          # an approximator after the numeral (1.78万余份); one before a magnitude is in n1
    n2: str | None
    unit: str | None        # the measure word after the number (or after a range)
    low_unit: str | None    # `30%` in `30%-40%`
    slash: str | None
    post: str | None
    start: int              # where the figure starts (the numeral, 百分之 or a currency sign)
    numeral_end: int        # end of the number(s), before any measure word
    end: int                # end of the figure (measure word and /rate included)
    low_end: int            # end of the low end's measure word in a range (`5栋` of `5栋-301`), else `end`
    unit_start: int
    match_end: int          # end including an outer qualifier (以上, 左右)

    @classmethod
    def of(cls, m: regex.Match) -> "_Found":
        # the spans of the groups read from one tuple (`regs`) by number, the texts cut from
        # them: regex's groupdict() and a start()/end() call per group by name cost twice as
        # much, and dictionaries of every group by name half again (a candidate in four words)
        text = m.string
        spans = _group_spans()(m.regs)
        pre, pct, pct2, den, sign, n1, over, a1, u1, n2, unit, slash, post = [
            None if start < 0 else text[start:end] for start, end in spans]
        _, pct_span, _, _, sign_span, n1_span, over_span, a1_span, u1_span, n2_span, unit_span, slash_span, _ = spans
        numeral_end = max(span[1] for span, g in ((n1_span, n1), (over_span, over), (a1_span, a1), (u1_span, u1),
                                                  (n2_span, n2)) if g)
        end = slash_span[1] if slash else unit_span[1] if unit else numeral_end
        return cls(
            pre=pre, pct=bool(pct or pct2), den=den, sign=sign, n1=n1, over=over, a1=a1,
            n2=n2, unit=unit, low_unit=u1, slash=slash, post=post,
            start=pct_span[0] if pct else sign_span[0] if sign else n1_span[0], numeral_end=numeral_end, end=end,
            low_end=u1_span[1] if u1 else end,
            unit_start=unit_span[0], match_end=m.end(),
        )

    @property
    def has_magnitude(self) -> bool:
        return _magnitude(self.n1) is not None


def _points_at_mentions(text: str, f: _Found, data: _Data) -> bool:
    """After a demonstrative: `这两个数字` counts mentions of figures, `这一年` determines;
    `这三件实事` restates a count of things."""
    return f.n1 == "一" or text.startswith(data.demonstrative_mentions, f.end)


#: how far before a figure the label of a restatement can start (`计算结果：您可申请补贴 `)
_RESTATED_REACH = 24
#: how far before a figure its print-run or page-counter label can start (`印数：　`, `浏览：`)
_PRINT_RUN_REACH = 8
#: how far before a number its phone's or account's label can start (`微信公众号：某某市`)
_LABEL_REACH = 16
#: how far after a number its road's name and house number may end (`百米大道9号`); the bound also
#: keeps the match short: unbounded, regex looks for `号` through the rest of the text at each figure
_ROAD_REACH = 16
#: how far an evidence list's label may stand before its last count (a line of four or five papers)
_EVIDENCE_REACH = 80
#: how long a worked sum before its result may be (`(700－660)÷660≈`)
_WORKED_REACH = 30
#: how far after `度` its `电` may stand (`200度电`, `200度用电`)
_ELECTRICITY_AFTER = 2


#: how far before a count the quoted names it restates may start
_NAMED_LIST_REACH = 80


def _counts_the_names_before(text: str, f: _Found, value: float, data: _Data) -> bool:
    """Does the count of projects restate how many quoted names stand right before it
    (`“A”和“B”两个项目`)?"""
    if not data.named_list_nouns_after.match(text, f.end):
        return False
    listed = data.named_list_before.search(text, max(0, f.start - _NAMED_LIST_REACH), f.start)
    return listed is not None and len(data.quoted_name.findall(listed.group())) == value


#: how far before a figure a row of page counters can start (`浏览 213,905　点赞 `)
_COUNTER_ROW_REACH = 28
_CLAUSE_EDGE = regex.compile(char_class(CLAUSE_BREAKS) + r"|\n")


def _in_form_instruction(text: str, f: _Found, data: _Data) -> bool:
    """Does the figure stand in a clause that tells how to fill in a form (`超过100%的按100%填列`)?
    The clause is read within `_CLAUSE_REACH` on each side: read to its end however far, it made
    find_quantities quadratic on a run of figures with no clause mark."""
    reach_end = min(len(text), f.end + _CLAUSE_REACH)
    # the text's clause edges found once (extractors/clause_marks.py), not scanned for at each figure
    after = break_from(_CLAUSE_EDGE, text, f.end)
    end = after if after is not None and after < reach_end else reach_end
    start = break_before(_CLAUSE_EDGE, text, f.start)
    return data.form_instruction.search(text[max(start, f.start - _CLAUSE_REACH, 0):end]) is not None


#: how far a form's instruction is read around its figure
_CLAUSE_REACH = 32


def _pagination(text: str, f: _Found, data: _Data) -> bool:
    """A listing's footer counts its own rows: all it lists (`共 31 条记录`), what a page
    shows (`每页 50 条`) and the total an export's header sets apart as a field (`　共7条`)."""
    window = max(0, f.start - _PRINT_RUN_REACH)
    if data.page_size_before.search(text, window, f.start):
        return True
    if data.listing_total.search(text, window, f.start) and data.listing_rows_after.match(text, f.end):
        return True
    if _send_tally(text, f, window, data):
        return True
    return bool(data.listing_field_before.search(text, window, f.start) and data.listing_field_after.match(text, f.end)
                and text.startswith(data.listing_field_units, f.numeral_end))


def _send_tally(text: str, f: _Found, window: int, data: _Data) -> bool:
    """A message log's tally of its own sends (`发送14条，成功11条，失败2条，计费27条`): a count
    right after a label of sending or billing, in a line that also counts a delivery status,
    is the log's bookkeeping (`累计发送12万条提醒短信` counts no status: the work's)."""
    if not (text.startswith(data.send_tally_units, f.numeral_end) and data.send_tally_before.search(text, window, f.start)):
        return False
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    return data.send_tally_status.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


def _resolve(text: str, f: _Found, data: _Data, protected: list[tuple[int, int]]) -> Quantity | None:
    spoken = None if f.n2 else spoken_range(f.n1)        # 七八百户: 700 to 800, not one number
    value = spoken[0] if spoken else parse_number(f.n1)
    if value is None or (len(f.n1) == 1 and _in_words(f.n1) and f.n1 not in data.everyday_numerals):
        return None                          # 郑陆镇: a lone financial numeral is a word
    if any(s <= f.start < e for s, e in protected):
        return None                          # “六个常有”, “15分钟养老服务圈”
    if _numeral_ends_a_word(text, f):
        return None                          # 新一轮, 之一
    before = text[max(0, f.start - 2):f.start]
    if before.endswith(data.ordinal_or_denominator_before) and not _slash_after_a_measure_word(text, f.start):
        return None                          # 第三批, 每千人口, 3分之1 (but 145个／2.9万户)
    if data.ordinal_list_before.search(text, max(0, f.start - _ORDINAL_LIST_REACH), f.start):
        return None                          # 第11、12件: the next ordinal of the list
    if _CJK.match(text, f.start) and before.endswith(data.vague_before):
        return None                          # 数百家, 几十万元 (but 托位数2.11万个 is a figure)
    if before.endswith(data.demonstrative_before) and _points_at_mentions(text, f, data):
        return None                          # 这两个数字: figures stated before; 这一年
    if _counts_the_names_before(text, f, value, data):
        return None                          # “A”和“B”两个项目: the names just listed
    if before.endswith(data.formula_before):
        return None                          # 一式三份: the copies of a document
    if before.endswith(data.section_label_before) and data.section_label_after.match(text, f.end):
        return None                          # 【二段·常有优学】: a song's part
    if (data.item_number_before.search(text, max(0, f.start - _LABEL_REACH), f.start)
            and data.item_number_after.match(text, f.numeral_end)):
        return None                          # 　　二件　常有善育。: an item's number opening its line
    if data.print_run_before.search(text, max(0, f.start - _PRINT_RUN_REACH), f.start):
        return None                          # 印数：5000份: the copies of the document itself
    if (data.paperwork_before.search(text, max(0, f.start - _PRINT_RUN_REACH), f.start)
            and text.startswith(data.paperwork_units, f.numeral_end)):
        return None                          # 复印件1份, 照片4张: the papers a reader brings
    if (text.startswith(data.evidence_units, f.numeral_end)
            and data.evidence_list_before.search(text, max(0, f.start - _EVIDENCE_REACH), f.start)):
        return None                          # 佐证材料：…备案通知书9份: the papers of a dossier
    if _restated_by_its_answer(text, f, data):
        return None                          # 612÷720=0.85=85%　答：入托率是85%
    if _story_problem(text, f, data):
        return None                          # 小明每个星期借2本书…？
    if _pagination(text, f, data):
        return None                          # 共 31 条记录, 每页 50 条: a listing's own rows
    if data.page_counter_before.search(text, max(0, f.start - _PRINT_RUN_REACH), f.start):
        return None                          # 浏览：12,406 次: the page's own readers
    if data.page_counter_after.match(text, f.numeral_end):
        return None                          # 356 条评论, 1.2万人评分　|
    if data.page_counter_row_before.search(text, max(0, f.start - _COUNTER_ROW_REACH), f.start):
        return None                          # 浏览 213,905　点赞 3,271
    if data.page_counter_row_after.match(text, f.end) and _counter_unit(text, f.start, data):
        return None                          # 点赞 386　在看 52　分享 17
    if data.intensity_before.search(text, max(0, f.start - _PRINT_RUN_REACH), f.start):
        return None                          # 抗震设防烈度：8度
    if data.phone_label_before.search(text, max(0, f.start - _LABEL_REACH), f.start):
        return None                          # 热线电话：12345: a number to dial
    if data.road_name_after.match(text, f.end, f.end + _ROAD_REACH):
        return None                          # 百米大道9号: a road's name on an address line
    if data.code_letters_before.search(text, max(0, f.start - 2), f.start):
        return None                          # K2026次, T58次: a train's number
    if f.unit == "次" and (data.train_number_after.match(text, f.unit_start)
                          or data.train_number_before.search(text, max(0, f.start - _LABEL_REACH), f.start)):
        return None                          # 6262次列车, 车次：6262次: a train's number
    if (_in_words(f.n1) and (f.start == 0 or _CJK.match(text[f.start - 1]) or text[f.start - 1].isspace())
            and data.name_after_numeral.match(text, f.numeral_end)):
        return None                          # 北三家路, 二道河, a table's row `三元镇中心小学`: a place's name
    if _in_form_instruction(text, f, data):
        return None                          # 超过100%的按100%填列
    if data.restated_before.search(text, max(0, f.start - _RESTATED_REACH), f.start):
        return None                          # 计算结果：…12000.00 元, 大写：壹佰叁拾壹元
    if data.hyperbole.match(f.n1):
        return None                          # 托起千万家“幸福”: a figure of speech
    if LEADING_ZERO.match(f.n1):
        return None                          # 0897-2721026: an area code and a number to dial, no figure
    if _clock_minutes(text, f, data):
        return None                          # 08:41 只看该作者: the minutes of a time of day
    if data.decimal_places_after.match(text, f.numeral_end):
        return None                          # 保留1位小数: a number format
    if before.endswith(data.factor_before) and not _is_operand(text[max(0, f.start - 12):f.start - 1]) \
            and not _counts_an_order(text, f.start - 1):
        return None                          # ÷目标×100%: a factor of a formula (but （3.5−2）×70%, 72人×600元: a worked sum)
    if _statistical_notation(text, f, data):
        return None                          # N=1200, p<0.05, 1个标准差
    if f.den is not None or f.over is not None:
        value = _share_of_fraction(text, f, value, data)
        if value is None:
            return None
    value, value_max = spoken if spoken else _values(f, value)
    if value_max is None and f.n2:
        return None
    if (f.unit is None or _is_piece_counter(f.unit)) and _time_follows(text, f.end, data):
        return None                          # dates, durations, ages: 2023年, 16年, 93岁, 24小时, 3个多月,
                                             # 3개월 (but 11名年轻医生: 年 starts the next word)
    unit_surface = "百分之" if f.pct or f.over else (f.unit or f.low_unit or data.currency_signs.get(f.sign or ""))
    if unit_surface is None:
        return _bare(text, f, f.end, value, value_max, data)
    if _measure_word_starts_a_word(text, f, unit_surface, data):
        return _bare(text, f, f.numeral_end, value, value_max, data)   # 超35万人才, 三家村
    if unit_surface in data.money_in_speech:
        unit_surface = _money_in_speech(text, f, unit_surface, data)
    unit = unit_lookup(unit_surface)
    if unit is None or _excluded_by_unit(text, f, unit_surface, data):
        return None
    whole = float(value).is_integer()
    value *= unit.scale
    if value_max is not None:
        value_max *= unit.scale
        if value_max < value:
            return None
    end = f.end
    if unit.unit == "元" and value_max is None and (fraction := data.money_fractions.match(text, end)):
        value, end = value + _fraction_value(fraction, data), fraction.end()    # 捌佰…伍元叁角陆分
    elif unit_surface == data.share_tenths_unit and value_max is None and (tenth := data.share_tenths.match(text, end)):
        value, end = value + parse_number(tenth.group()) * unit.scale / 10, tenth.end()     # 五成五: 55 %
    elif whole and value_max is None and (half := _half_after(text, end, unit_surface, data)):
        value, end = value + unit.scale / 2, half.end()                                  # 1斤半: 1.5 斤
    per = None if unit.kind in ("percent", "percent_point") else _per(text, f, data)   # a share has no denominator
    return Quantity(
        start=f.start, end=end, text=text[f.start:end], value=value, value_max=value_max,
        unit=unit.unit, qualifier=_qualifier(f, data, text), per=per, kind=unit.kind,
    )


def _half_after(text: str, position: int, unit_surface: str, data: _Data) -> regex.Match | None:
    """The 半 of `1斤半` at `position`, right after a measure of weight, length, area, volume or money."""
    unit = unit_lookup(unit_surface)
    if unit is None or unit.kind not in data.half_kinds:
        return None
    return data.half_after_unit.match(text, position)


def _fraction_pattern(spec: dict, digit: str) -> regex.Pattern:
    """`叁角陆分`, `5角`, `零陆分` right after a yuan amount (quantities.toml [money_fractions])."""
    tenth, hundredth = spec["units"]
    return regex.compile(rf"(?:(?P<tenth>{digit}){tenth})?(?:零?(?P<hundredth>{digit}){hundredth})?(?<=[{tenth}{hundredth}])")


def _fraction_value(fraction: regex.Match, data: _Data) -> float:
    tenth, hundredth = data.money_fraction_units.values()
    return round(sum(parse_number(digit) * weight for digit, weight in
                     ((fraction.group("tenth"), tenth), (fraction.group("hundredth"), hundredth)) if digit), 2)


#: how far before a figure the 第 of a list of ordinals may stand (`第11、`, `第十一、`)
_ORDINAL_LIST_REACH = 10
#: how far before a figure a clock time's hour and colon may start (`08:`)
_CLOCK_REACH = 4


def _clock_minutes(text: str, f: _Found, data: _Data) -> bool:
    """The figure is the two digits of minutes after a clock time's hour and colon (`08:41`)."""
    return (data.clock_minutes.fullmatch(f.n1) is not None
            and data.clock_hour_before.search(text, max(0, f.start - _CLOCK_REACH), f.start) is not None)


def _slash_after_a_measure_word(text: str, start: int) -> bool:
    """`145个／2.9万户`: the slash separates two figures, the one before ending in its
    measure word; after a digit it is a fraction or a date (`1/3`, `12/5`)."""
    return (start >= 2 and text[start - 1] in NUMERALS.slashes and _CJK.match(text, start - 2) is not None
            and text[start - 2] not in NUMERALS.chinese_numeral_chars)


def _not_a_part(numerator: float, denominator: float) -> bool:
    """A slash fraction's numerator must be a part of the whole: a whole number below it."""
    return numerator != int(numerator) or not 0 < numerator < denominator


def _share_of_fraction(text: str, f: _Found, numerator: float, data: _Data) -> float | None:
    """A fraction alone (`三分之一以上的楼院`) is a share, in %; one with a measure word
    (`3分之1元`), a range or a whole part (`二又三分之一`) is no figure the guideline knows."""
    if f.over is not None:
        denominator = parse_number(f.over)
        if not denominator or _not_a_part(numerator, denominator):
            return None                      # `3/2以上` is no share of a whole
    else:
        base = f.den[:-len(NUMERALS.parts_of)]
        denominator = parse_number(base) or parse_number("1" + base)     # 万分之五: 万 alone is 1万
    if not denominator or f.unit or f.n2 or text[max(0, f.start - 1):f.start] in data.fraction_whole_before:
        return None
    return numerator * 100 / denominator


_APPROXIMATOR = regex.compile(f"[{regex.escape(NUMERALS.approximators)}]")
_TRAILING_MAGNITUDE = regex.compile(rf"[{regex.escape(''.join(NUMERALS.magnitudes))}]+$")


def _magnitude(numeral: str | None) -> float | None:
    """The magnitude a numeral ends with (`15万`, `500多万`, `1.2万亿`)."""
    word = m.group() if numeral and (m := _TRAILING_MAGNITUDE.search(numeral)) else None
    return parse_number("1" + word) if word else None


def _numeral_ends_a_word(text: str, f: _Found) -> bool:
    """A lone Chinese numeral that jieba reads as the end of a word begun before it:
    `新一轮`, `之一`, `唯一`. Only lone ones: longer numerals are not fused into words."""
    if len(f.n1) != 1 or not _in_words(f.n1) or f.start == 0:
        return False
    window_start = max(0, f.start - 2)
    return word_crosses(text[window_start:f.start + 3], f.start - window_start)


def _values(f: _Found, low: float) -> tuple[float, float | None]:
    """The low and high ends with their magnitudes. In `2—3万人` the 万 holds for both
    ends; in `5000—2万` it does not (the low end is already whole)."""
    if not f.n2:
        return low, None
    high = parse_number(f.n2)
    if high is None:
        return low, None
    high_magnitude = _magnitude(f.n2)
    if high_magnitude and not f.has_magnitude and low * high_magnitude <= high:
        low *= high_magnitude
    return low, high


#: characters after a measure word segmented to tell a noun of its own from a word's tail
_NOUN_WINDOW = 4
#: jieba's tags of nouns and verbal nouns (`子项` n, `体育` vn)
_NOUN_TAGS = ("n", "vn")


def _measure_word_starts_a_word(text: str, f: _Found, unit: str, data: _Data) -> bool:
    """The measure word is really the start of a word: `三家村`, `一次性`, `35万人才`; not
    where what follows it is a word of its own (`28个子项`, `20个体检点`: jieba also knows
    `个子` and `个体`, but a noun after the measure word is the thing counted; `一成不变`
    is still an idiom)."""
    if len(unit) != 1 or f.post or f.unit is None or f.end >= len(text) or not _CJK.match(text, f.end):
        return False
    if _half_after(text, f.end, unit, data):
        return False                          # 1斤半: jieba knows `斤半`
    window_start = max(0, f.unit_start - 2)
    if not word_crosses(text[window_start:f.end + 3], f.end - window_start):
        return False
    after = next(iter(words(text[f.end:f.end + _NOUN_WINDOW])), "")
    if len(after) < 2:
        # a noun of one character after a figure written in digits is what it counts
        # (`5000本书`, `150份饭`: jieba knows `本书` and `份饭`); a numeral in words may
        # still open a name (`三家村`), unless the noun is one a measure word counts in any
        # numeral (`十件事`: jieba knows `件事`)
        if after in data.counted_one_char_nouns or after in data.locatives_after:
            return False
        return _in_words(f.n2 or f.n1) or tag(after) != "n"
    return not (tag(after) or "").startswith(_NOUN_TAGS)


#: how far before a figure statistical notation is looked for (`Adj. R² = `: 10 characters)
_NOTATION_REACH = 12


def _statistical_notation(text: str, f: _Found, data: _Data) -> bool:
    """The figure is a statistic of an analysis (`N=1200`, `β=0.21`, `标准差为1.2`) or is
    measured in one (`1个标准差`, `95%置信区间`); a bounded look on each side."""
    before = text[max(0, f.start - _NOTATION_REACH):f.start]
    return (data.statistic_before.search(before) is not None
            or data.statistic_after.match(text[f.end:f.end + _NOTATION_REACH]) is not None)


#: a number written with a leading zero (`0897`, `05`, `0431`): a code or a number to dial, never a count
#: (`0.5` is a decimal); pipeline/tables.py reads a bare cell so too
LEADING_ZERO = regex.compile(r"[0０][0-9０-９]")


def _excluded_by_unit(text: str, f: _Found, unit: str, data: _Data) -> bool:
    if (unit in data.grade_units and _CJK.match(text, f.match_end) and not data.grade_counted.match(text, f.match_end)
            and not _counts_kinds(f, unit, data)):
        return True                          # 三类以上公厕, 五类困难人员 (but 12类重点民生实事项目)
    if unit in data.rank_units and data.rank_before.search(text[max(0, f.start - 2):f.start]):
        return True                          # 排名前2位: a place in a ranking
    if text.startswith(data.grade_nouns_after, f.match_end):
        return True                          # 四个等次: the grades of an assessment
    if unit in data.kind_units and data.kind_after.match(text, f.match_end):
        return True                          # 400米标准跑道: the kind of a facility
    if (f.n1 == "一" and unit in data.article_units and not _counted_alone(text, f, unit, data)
            and not _only_one(text, f, data) and not _one_built(text, f, unit, data)):
        return True                          # 一个缩影, 一批 (but 又开了一个，, 就一个诊所, 新建托育园一所，: a count)
    if unit in data.building_units and (_is_an_address(text, f, data) or _names_buildings(text, f, unit, data)):
        return True                          # 住在红旗一村18幢, 18幢2单元, 3栋住户, 5栋、6栋
    if unit in data.electricity_units and not _speaks_of_electricity(text, f, data):
        return True                          # 家里才16度: a temperature
    if f.n1 == "一" and (text.startswith(unit, f.end) or text.startswith(f"一{unit}", f.end)
                        or text.endswith(f"一{unit}", 0, f.start)):
        return True                          # 一份份, 一宗一宗: reduplication, one by one (but 15项项目: 15 projects)
    if unit in data.session_units and _is_a_session(text, f, data):
        return True                          # 十二届人大三次会议
    if unit in data.frequency_units and any(w in _clause_before(text, f.start) for w in data.frequency_periods):
        return True                          # 每周两次, 每天1次
    return False


#: A number right before a multiplication sign (`（3.5−2）×`, `38 ×`): the sum is worked out with
#: the figures of a case, whose shares are figures; a formula's operands are words (`总户数×100%`)
_WORKED_OPERAND = regex.compile(r"[0-9０-９][ \t]*(?:[)）][ \t]*)?$")
#: …or a count with its measure word (`72人×600元`: a count times a rate), where no division or
#: equals sign stands before it (`2栏÷1栏×100%`: a formula's columns)
_COUNT_OPERAND = regex.compile(r"^[^÷/=＝]*[0-9０-９][ \t]*\p{Han}{1,2}[ \t]*$")


def _counts_an_order(text: str, sign: int) -> bool:
    """A multiplication sign at the head of a line or a column (`流沙包——入户科学育儿指导　　×600人次`
    on an order sheet) says how many of the line's item are ordered: no formula's term stands before it."""
    return sign == 0 or text[sign - 1].isspace()


def _is_operand(before_sign: str) -> bool:
    """What stands before a multiplication sign is a figure of a worked sum, not a formula's term."""
    return _WORKED_OPERAND.search(before_sign) is not None or _COUNT_OPERAND.search(before_sign) is not None


#: what may close the clause right after a count that stands alone (`又开了一个，`, `起火过一次）`)
_CLAUSE_CLOSE = regex.compile(char_class(CLAUSE_BREAKS, "）)") + "|$")


def _counted_alone(text: str, f: _Found, unit: str, data: _Data) -> bool:
    """`又开了一个，`, `起火过一次，`: a completed act, and nothing after the figure but a clause
    break, no noun for an article to go with."""
    return (unit in data.counted_alone_units and text.endswith(data.counted_alone_after, 0, f.start)
            and _CLAUSE_CLOSE.match(text, f.match_end) is not None)


def _only_one(text: str, f: _Found, data: _Data) -> bool:
    """`附近就一个诊所`, `仅有一家药店`: after a word of "only", how few there are; not in a rule
    for each (`每题只有一个正确答案`: 每 in the clause), which counts nothing there is."""
    return (text.endswith(data.only_before, 0, f.start)
            and not any(each in _clause_before(text, f.start) for each in data.for_each))


def _one_built(text: str, f: _Found, unit: str, data: _Data) -> bool:
    """`镇东新建托育园一所，`, `添置CT一台。`: after the noun, closing a clause that opens on building or adding
    it, one of the list's works; not `这一块`, `第一段`."""
    return (unit in data.built_one_units and f.start > 0 and (text[f.start - 1].isalpha() or text[f.start - 1] in "）)")
            and not text.endswith(data.built_one_not_after, 0, f.start)
            and _CLAUSE_CLOSE.match(text, f.match_end) is not None
            and data.built_one_verbs.search(_clause_before(text, f.start)) is not None)


def _counts_kinds(f: _Found, unit: str, data: _Data) -> bool:
    """`5类既往症`: Arabic digits, no bound after, before a noun: a count of kinds, no grade."""
    return unit in data.kind_count_units and f.post is None and f.n1.isascii() and f.n1.isdigit()


def _is_a_session(text: str, f: _Found, data: _Data) -> bool:
    """`十二届人大三次会议`: the session of a term, named after the term in its clause."""
    return text.startswith(data.session_after, f.end) and data.session_term in _clause_before(text, f.start)


def _money_in_speech(text: str, f: _Found, unit: str, data: _Data) -> str:
    """`块` is `元` with no noun after it, a qualifier aside (`赚4000块左右。`), in a clause about paying (花150来块。)."""
    clause = data.money_not_cues.sub("", _clause_before(text, f.start))
    if _CJK.match(text, f.match_end) or not any(cue in clause for cue in data.money_cues):
        return unit
    return data.money_in_speech[unit]


def _unit_compared_with(text: str, start: int, end: int, data: _Data) -> Quantity | None:
    """The figure of the clause before that a bare amount with nothing counted after it is
    compared with (`36.5万人次，没到38万`: 人次), whose unit the speaker leaves out; None where
    no comparison word stands right before it or no figure with a unit closes the clause before."""
    clause_start = start - len(_clause_before(text, start))
    if _CJK.match(text, end) or not data.compared_before.search(text, clause_start, start):
        return None
    # the clause before is read within a clause's length of text: from the text's start, each
    # such amount on a long line would read the whole line before it again (quadratic)
    before_end = max(0, clause_start - 1)
    window = max(0, before_end - MAX_CLAUSE)
    earlier = _quantities(text[window:before_end])
    return earlier[-1] if earlier and window + earlier[-1].end >= clause_start - 2 else None


#: how far back a numbered part of the same address can start (`泰山北路一段21号`)
_ADDRESS_LOOKBACK = 12
#: how far after a building's number its residents or the next number of its list may end
#: (`、6栋`, `3栋住户`); bounded, too, so that a match cannot scan the rest of the text
_ADDRESS_LOOKAHEAD = 32


def _is_an_address(text: str, f: _Found, data: _Data) -> bool:
    """A building number: another numbered part of the address follows (`18幢2单元`,
    `5栋-502室`, a bare room number: `7栋1203`) or comes right before it (`16号5栋`), the
    estate's name stands right before it (`向阳小区3栋`), or the clause says someone lives or
    stands there (`住在…18幢`)."""
    if data.address_part_after.match(text, f.low_end) or data.address_room_after.match(text, f.low_end):
        return True
    if data.address_part_before.search(text, max(0, f.start - _ADDRESS_LOOKBACK), f.start):
        return True
    if _numbered_in_an_estate(text, f, data):
        return True
    return any(cue in _clause_before(text, f.start) for cue in data.address_cues)


def _numbered_in_an_estate(text: str, f: _Found, data: _Data) -> bool:
    """`向阳小区3栋`: a house's number right after its estate's name, with nothing it counts after
    it or a part of that house (`某小区3栋楼道灯不亮`, `7栋电梯停运`) (but `向阳小区3栋楼完成…`,
    `改造老旧小区3栋`: buildings counted)."""
    if not text[f.start:f.end].endswith(tuple(data.address_estate_units)):
        return False
    if _CJK.match(text, f.end) and not data.address_house_part_after.match(text, f.end):
        return False
    return data.address_estate_before.search(text, max(0, f.start - _ADDRESS_LOOKBACK), f.start) is not None


def _restated_by_its_answer(text: str, f: _Found, data: _Data) -> bool:
    """The result of a worked sum (`612÷720=0.85=85%`) that an answer after it states again."""
    if not data.worked_result_before.search(text, max(0, f.start - _WORKED_REACH), f.start):
        return False
    answer = data.answer_after.search(text, f.end)
    return answer is not None and text.find(text[f.start:f.end], answer.end()) >= 0


#: how far a story problem runs on each side of its figure (a worksheet's problem is a line)
_STORY_REACH = 200


def _story_problem(text: str, f: _Found, data: _Data) -> bool:
    """A figure after a story problem's made-up subject (`小明`, `某小区`) in a question: the
    subject since the line's start or the last question before the figure, and the question's
    end after it on the same line (both read within `_STORY_REACH`: the whole text before and
    after each figure made find_quantities quadratic on a long line, and let a `某村` in one
    paragraph and a `？` in another drop every figure between them)."""
    start = max(0, f.start - _STORY_REACH)
    before = text[start:f.start]
    if data.story_subjects.search(before) is None:
        return False                         # no subject at all (nearly every figure): no question to find
    problem_start = max(before.rfind("\n") + 1, max((m.end() for m in data.question_end.finditer(before)), default=0))
    if not data.story_subjects.search(before, problem_start):
        return False
    after = text[f.end:f.end + _STORY_REACH]
    question = data.question_end.search(after)
    return question is not None and "\n" not in after[:question.start()]


def _names_buildings(text: str, f: _Found, unit: str, data: _Data) -> bool:
    """Buildings named by number: their residents follow (`3栋住户`, `7栋的老人`), or the figure
    stands in a list of numbered buildings with nothing between (`5栋、6栋、7栋`)."""
    reach = f.end + _ADDRESS_LOOKAHEAD
    return (data.address_residents_after.match(text, f.end, reach) is not None
            or data.address_list_after[unit].match(text, f.end, reach) is not None
            or data.address_list_before[unit].search(text, max(0, f.start - _ADDRESS_LOOKBACK), f.start) is not None)


def _speaks_of_electricity(text: str, f: _Found, data: _Data) -> bool:
    """`赠电200度`, `200度电`: `电` in the clause before the figure or right after it."""
    return (data.electricity_cue in _clause_before(text, f.start)
            or data.electricity_cue in text[f.end:f.end + _ELECTRICITY_AFTER + 1])


def _clause_before(text: str, position: int) -> str:
    # searched backwards from the figure, over a clause's length at most: scanning from the
    # text's start made find_quantities quadratic on a long line
    window = max(0, position - MAX_CLAUSE)
    last = _CLAUSE_START_BACKWARDS.search(text, window, position)
    return text[last.end() if last else window:position]


#: how far back a counter's label is read, and the spaces it may stand apart by
#: (`点赞 2.1万`), not a line break
_COUNTER_REACH = 8
_COUNTER_GAP = " \t\u3000"


def _counter_unit(text: str, start: int, data: _Data) -> str | None:
    """The unit a counter's label right before the figure gives it (`点赞 2.1万`); a bounded look back."""
    before = text[max(0, start - _COUNTER_REACH):start].rstrip(_COUNTER_GAP)
    return next((u for noun, u in data.counter_nouns.items() if before.endswith(noun)), None)


def _bare(text: str, f: _Found, end: int, value: float, value_max: float | None, data: _Data) -> Quantity | None:
    """A numeral with no measure word: the counted noun follows (`15万老年人`,
    `2区7镇`), or a measure-of-activity noun precedes (`曝光量2027.88万`)."""
    unit = None
    if not f.has_magnitude and not _in_words(f.n1):   # 东三社区, 红旗一村: a Chinese numeral names the place
        unit = next((u for noun, u in data.place_nouns.items()
                     if text.startswith(noun, end) and not _place_noun_starts_a_word(text, end, noun, data)), None)
    if unit is None and f.has_magnitude and data.money_before.search(text, max(0, f.start - _MONEY_REACH), f.start):
        unit = "元"                                     # 中央补助1.35亿
    if (unit is None and f.has_magnitude and not _CJK.match(text, end)
            and data.money_cue_before.search(text, max(0, f.start - _MONEY_REACH), f.start)):
        unit = "元"                                     # 总价50多万，补了15万
    if unit is None and f.has_magnitude and (before := _unit_compared_with(text, f.start, end, data)):
        return replace(before, start=f.start, end=end, text=text[f.start:end], value=value, value_max=value_max,
                       qualifier=_qualifier(f, data, text))    # 36.5万人次，没到38万
    if unit is None and (arrow := data.after_arrow.search(text, max(0, f.start - _ARROW_REACH), f.start)):
        unit = data.amount_nouns.get(arrow.group("noun"))   # 托位↑300
    if unit is None and (f.has_magnitude or f.a1 or _hundreds_in_words(f.n1)):
        noun = _next_noun(text, end)
        if noun and (noun[-1] in data.person_endings or noun in data.person_nouns):
            unit = "人"
        else:
            before = text[max(0, f.start - 4):f.start]
            unit = next((u for noun, u in data.amount_nouns.items() if before.endswith(noun)), None)
    if unit is None and not _in_words(f.n1):
        unit = _counter_unit(text, f.start, data)     # a plain figure too: `当前在线 1,206`
    if unit is None:
        return None
    return Quantity(start=f.start, end=end, text=text[f.start:end], value=value, value_max=value_max, unit=unit,
                    qualifier=_qualifier(f, data, text), per=_per(text, f, data),
                    kind="person" if unit == "人" else "money" if unit == "元" else "count")


def _place_noun_starts_a_word(text: str, end: int, noun: str, data: _Data) -> bool:
    """The place noun after a bare figure is the start of a word that names no place
    (`拨打12345市民热线`: 市民, not 12345 cities; `3区域`), as jieba reads it; a word made of
    place nouns only still counts places (`12乡镇`, `5区县`)."""
    word = next(iter(words(text[end:end + _NOUN_WINDOW])), "")
    return len(word) > len(noun) and word.startswith(noun) and not _only_place_nouns(word, data)


def _only_place_nouns(word: str, data: _Data) -> bool:
    """`乡镇`, `区县`, `镇村`: a word that joins place nouns."""
    while word:
        noun = next((n for n in data.place_nouns if word.startswith(n)), None)
        if noun is None:
            return False
        word = word[len(noun):]
    return True


#: how far a word of money may stand before a bare magnitude (`资金：总2.1亿`)
_MONEY_REACH = 8
#: how far a noun and its arrow may stand before a bare figure (`托位 ↑ 300`)
_ARROW_REACH = 10


#: the places of a Chinese numeral that make it a count of many (`一万二千`, `三百`), not a
#: numeral of a name or an idiom (`三八`, `十二生肖`): hundreds and thousands
_MANY_PLACES = frozenset(c for c, v in NUMERALS.small_units.items() if v >= 100)


def _hundreds_in_words(numeral: str) -> bool:
    """A Chinese numeral of at least two characters, one a place of hundreds or more:
    before a noun of people it counts them (`一万二千老人`) as `15万老年人` does."""
    return len(numeral) >= 2 and _in_words(numeral) and any(c in _MANY_PLACES for c in numeral)


_NOUN_RUN = regex.compile(r"[\p{Han}]{1,8}")
_NOT_IN_A_NOUN = frozenset({"的", "在", "为", "和", "与", "及", "中", "里", "等"})


def _next_noun(text: str, position: int) -> str | None:
    """The noun after a bare numeral, up to a particle (by jieba), stopping at the
    first word that reads as a person (`高龄老年人`)."""
    # a space may part them in word-spaced text (`285 万 人口`)
    match = _NOUN_RUN.match(text, position + 1 if text[position:position + 1] in (" ", "\u3000") else position)
    if not match:
        return None
    noun = ""
    for word in words(match.group()):
        if word in _NOT_IN_A_NOUN or len(noun) >= 6:
            break
        noun += word
        if len(word) > 1 and word[-1] in _data().person_endings:
            return noun
    return noun or None


def _qualifier(f: _Found, data: _Data, text: str) -> str:
    inside = (m := _APPROXIMATOR.search(f.n1)) and m.group()     # 500多万, 十 余 万
    if f.pre and _marks_a_part(f, data, text):
        return "exact"                       # 超过2万元的部分, 未超过2.5万元上限: the mark itself
    for word, table in ((f.a1, data.inner), (inside, data.inner), (f.pre, data.before), (f.post, data.after)):
        if word:
            return table[word]
    if listed := data.list_qualifier.search(text, max(0, f.start - _LIST_QUALIFIER_REACH), f.start):
        return data.before[listed.group("word")]     # 约为：二层2万元，三层4万元: the 约 governs the list
    if share := data.share_qualifier.search(text, max(0, f.start - _SHARE_QUALIFIER_REACH), f.start):
        return data.before[share.group("word")]      # 约占在校生的20%: the 约 governs the share
    if bound := data.object_qualifier.search(text, max(0, f.start - _OBJECT_QUALIFIER_REACH), f.start):
        return data.before[bound.group("word")]      # 至少配备工作人员2名: the bound governs its object's count
    if ((bound := data.threshold_qualifier.search(text, max(0, f.start - _OBJECT_QUALIFIER_REACH), f.start))
            and data.threshold_after.match(text, f.end)):
        return data.before[bound.group("word")]      # 超过警戒水位0.5米时: a condition's threshold
    return "exact"


def _marks_a_part(f: _Found, data: _Data, text: str) -> bool:
    """A bound before the figure that is negated (`未超过`) or marks off a part (`超过…的部分`)."""
    pre_start = text.rfind(f.pre, 0, f.start)
    return (pre_start >= 0 and data.mark_not_bound.search(text, max(0, pre_start - 2), pre_start) is not None
            or text.startswith(data.mark_after, f.match_end))


#: how far before a figure the qualifier of the list it stands in can start
_LIST_QUALIFIER_REACH = 60
#: how far before a share its `约占…的` can start (the whole's name between is short)
_SHARE_QUALIFIER_REACH = 16
#: how far before a figure the bound over its verb and object can start (`至少配备专（兼）职工作人员`)
_OBJECT_QUALIFIER_REACH = 16


def _per(text: str, f: _Found, data: _Data) -> str | None:
    """The denominator of a rate: `/月`, `每人每月…`, `日均…`, within the figure's clause."""
    if f.slash:
        return f.slash.replace("㎡", "平方米")
    clause = _clause_before(text, f.start)
    # a list of rates, each with its own 每 (`每人每月890元、每人每年7200元`): the last item's
    own = clause.rsplit("、", 1)[-1]
    clause = own if "每" in own else clause
    denominators = []
    position = clause.find("每")
    while position >= 0:
        word = denominator_after_every(clause[position + 1:])
        if word:
            denominators.append(word)
        position = clause.find("每", position + 1)
    if denominators:
        return "·".join(denominators)
    for word, denominator in data.averages.items():
        position = clause.rfind(word)
        if position >= 0 and "的" not in clause[position:]:
            return denominator               # 日均供餐1.78万余份 (but not 人均…支出的30%)
    return None
