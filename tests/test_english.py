"""The English paragraphs of a bilingual document (extractors/english*.py, pipeline/bilingual.py):
numerals, unit words, what is no figure, qualifiers, `per`, the phrase a figure counts, and
the Chinese twin that gives an English figure its unit, year and category.

Every sentence here is made up (a made-up city's release), none copied from a gold set.
"""
import pytest

from extractors.english import find_english_figures, is_english_prose, is_mostly_chinese
from extractors.english_numerals import english_numerals, parse_english_numeral
from extractors.english_phrases import english_indicator, phrase_after, phrase_before, share_phrase
from extractors.quantities import find_quantities
from extractors.units import english_unit_table, unit_table
from pipeline import extract

import regex


def found(sentence):
    return [(f.quantity.text, f.quantity.value, f.quantity.value_max, f.quantity.unit, f.quantity.qualifier,
             f.quantity.per) for f in find_english_figures(sentence)]


def F(text, value, unit, qualifier="exact", value_max=None, per=None):
    return (text, value, value_max, unit, qualifier, per)


# ------------------------------------------------------------------ numerals (numerals.toml [english])

@pytest.mark.parametrize("written, value", [
    ("7", 7), ("3,250", 3250), ("12.75", 12.75), ("1,204,500", 1204500),
    ("seven", 7), ("Twelve", 12), ("forty-two", 42), ("forty two", 42), ("ninety", 90),
    ("three hundred", 300), ("three hundred and twenty", 320), ("two hundred five", 205),
    ("4.8 billion", 4.8e9), ("1.65 million", 1.65e6), ("six thousand", 6000), ("2.5bn", 2.5e9),
])
def test_english_numerals_read_digits_words_and_magnitudes(written, value):
    m = regex.fullmatch(english_numerals().pattern, written, flags=regex.IGNORECASE)
    assert m is not None
    assert float(parse_english_numeral(m.group("digits"), m.group("words"), m.group("magnitude"))) == value


# ------------------------------------------------------------------ unit words (units.csv language en)

def test_english_unit_words_are_read_in_english_paragraphs_only():
    assert "kilometres" in english_unit_table() and "RMB" in english_unit_table()
    assert "%" in english_unit_table() and "km" in english_unit_table()       # symbols are shared
    assert "kilometres" not in unit_table() and "percent" not in unit_table()
    # the Chinese finder does not read a gloss's English unit words (held-out 6's `（RMB 3.17 billion）`)
    assert [q.text for q in find_quantities("完成投资12.6亿元（RMB 1.26 billion）")] == ["12.6亿元"]


# ------------------------------------------------------------------ which text is English

@pytest.mark.parametrize("text, english", [
    ("The county opened 12 new clinics for rural residents in the spring.", True),
    ("Riverton Completes All Eight Projects of 2024", True),      # a headline: one function word
    ("新增托位800个（800 childcare places）", False),               # a Chinese sentence with its gloss
    ('    series: [{ name: "total", type: "bar", data: [12, 30, 41] }]', False),  # code
    ("Press Release 2024-03", False),                              # too few words
])
def test_english_prose_is_told_from_chinese_code_and_labels(text, english):
    assert is_english_prose(text) is english


def test_english_paragraphs_are_read_in_a_chinese_document_only():
    assert is_mostly_chinese("全市新增托位800个，建成公园12个。\nThe city added 800 childcare places and 12 parks.")
    assert not is_mostly_chinese("The city added 800 childcare places.\nIt also built 12 parks for the public.")


# ------------------------------------------------------------------ figures

INCLUDED = [
    ("The district built 35 km of cycle lanes.", [F("35 km", 35, "公里")]),
    ("Road works covered 12 kilometres in all.", [F("12 kilometres", 12, "公里")]),
    ("with spending of RMB 3.18 billion, or 97.5% of the budget", [F("RMB 3.18 billion", 3.18e9, "元"),
                                                                   F("97.5%", 97.5, "%")]),
    ("a grant of 4.5 million yuan", [F("4.5 million yuan", 4.5e6, "元")]),
    ("coverage rose 3.4 percentage points to 88 percent", [F("3.4 percentage points", 3.4, "百分点"),
                                                            F("88 percent", 88, "%")]),
    ("It renovated 9,600 square metres of housing.", [F("9,600 square metres", 9600, "平方米")]),
    # a count takes the measure word of its noun (english.toml counted_nouns), else 个
    ("Another 1,240 households were connected to gas.", [F("1,240", 1240, "户")]),
    ("The city added 640 nursery places.", [F("640", 640, "个")]),
    ("seven district hospitals joined the scheme", [F("seven", 7, "家")]),
    ("Some 150 community canteens for seniors opened.", [F("150", 150, "个")]),
    # qualifiers outside the span
    ("more than 300 families moved in", [F("300", 300, "户", "at_least")]),
    ("about 40 km of pipes", [F("40 km", 40, "公里", "approx")]),
    ("up to 20 beds each", [F("20", 20, "张", "at_most")]),
    ("2,000 jobs or more", [F("2,000", 2000, "人", "at_least")]),
    # a range
    ("10-15 pocket parks", [F("10-15", 10, "个", value_max=15)]),
    # `per` phrases: the denominator, its number no figure
    ("a subsidy of RMB 600 per person per month", [F("RMB 600", 600, "元", per="人·月")]),
    ("raising places per 1,000 residents to 4.2.", [F("4.2", 4.2, "个", per="千人口")]),
]


@pytest.mark.parametrize("sentence, expected", INCLUDED)
def test_english_figures(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2025, the plan was revised.",                      # a year
    "The survey ran from 3 March to 12 May.",              # dates
    "Results were published in December 2025.",
    "Canteens open at 7 a.m. and close at 19:30.",         # times
    "The works took 3 years and 5 months.",                # durations
    "a 5-day training course",
    "residents aged 70 and over",                          # an age
    "Call +86-731-5550123 for details.",                   # a phone number
    "Tel 5550123 is open on weekdays.",
    "It ranked 3rd among the counties.",                   # ordinals
    "Bus No. 12 runs past the school.",                    # a labelled number
    "one of the busiest lines",                            # a number word that counts nothing
    "a one-stop service hall",
    "The code SWR-2024-017 was assigned.",                 # a code
    "version 2.3 of the app",
    "funds of US$5 million",                               # money with no canonical unit
])
def test_no_english_figure(sentence):
    assert found(sentence) == []


# ------------------------------------------------------------------ what a figure counts

def test_the_phrase_after_a_figure_ends_at_a_verb_a_preposition_or_punctuation():
    assert phrase_after("12 new health stations were built", 2) == "new health stations"
    assert phrase_after("8 public libraries and museums, with", 1) == "public libraries and museums"
    assert phrase_after("30 day centres for older people opened", 2) == "day centres for older people"
    assert phrase_after("9,000 people aged 80 and over received", 5) == "people aged 80 and over"
    assert phrase_after("5 projects voted on by residents", 1) == "projects"


def test_the_phrase_before_a_figure_skips_linking_words_and_a_per_phrase():
    text = "with spending totalling RMB 3 billion"
    assert phrase_before(text, text.index("RMB")) == "spending"
    text = "an approval rate of 91%"
    assert phrase_before(text, text.index("91")) == "approval rate"
    text = "lifting the number of beds per 1,000 people to 6.1"
    assert phrase_before(text, text.index("6.1")) == "beds"


def test_a_share_counts_the_whole_it_is_of():
    assert share_phrase("97.5% of the yearly budget.", 5) == "of the yearly budget"


def test_a_figure_with_no_phrase_borrows_the_one_before():
    text = "46 lifts were fitted, 12 more than last year."
    at = text.index("12")
    assert english_indicator(text, at, at + 2, "count", False, None, "lifts") == ("lifts", 0.5)


# ------------------------------------------------------------------ the Chinese twin

BILINGUAL = ("滨江市2024年民生实事完成情况\n\n"
             "2024年，全市新增普惠托位1200个，新建社区食堂18个，完成投资5.6亿元。\n"
             "In 2024, the city added 1,200 affordable childcare places and 18 community canteens, "
             "with investment totalling RMB 560 million.\n\n"
             "新建口袋公园9个，建成绿道14公里。\n"
             "The city also built nine pocket parks and 14 km of greenway.\n")


def test_an_english_figure_takes_its_chinese_twin_s_unit_year_and_category():
    records = extract(BILINGUAL, doc_year=2024)
    chinese = {r.value: r for r in records if not r.text.isascii()}
    english = [r for r in records if r.text.isascii()]
    assert [r.text for r in english] == ["1,200", "18", "RMB 560 million", "nine", "14 km"]
    for record in english:
        twin = chinese[record.value]
        assert (record.unit, record.year, record.category, record.stance) == (
            twin.unit, twin.year, twin.category, twin.stance)
    assert [r.indicator for r in english] == ["affordable childcare places", "community canteens", "investment",
                                              "pocket parks", "greenway"]


def test_a_wholly_english_document_and_a_chinese_gloss_give_no_english_records():
    assert extract("The city added 1,200 affordable childcare places and 18 community canteens in 2024. "
                   "It also built nine pocket parks.", doc_year=2024) == []
    records = extract("2024年新增托位1200个（1,200 childcare places）。", doc_year=2024)
    assert [r.text for r in records] == ["1200个"]


def test_every_row_of_the_unit_table_names_a_known_language():
    from extractors.units import LANGUAGES, _rows_by_language

    assert set(_rows_by_language()) == set(LANGUAGES)
    assert "套/间" in unit_table()        # its note holds a comma: quoted, it stays out of the language column
