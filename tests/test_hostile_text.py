"""Rules that keep adversarial text (a 1 MB line, a million digits, 5%5%5%…) from crashing
the extractors or making them slow, each with the case that needs it."""
from __future__ import annotations

from extractors.indicators import WINDOW, find_indicator
from extractors.numerals import parse_number
from extractors.quantities import find_quantities
from pipeline import extract
from pipeline.sentences import MAX_SENTENCE, _spans

SENTENCE = "全市新增幼儿园学位6000个，"


def test_a_run_with_no_sentence_end_is_cut_at_its_last_clause_mark():
    text = SENTENCE * 300                                    # 4,500 characters, no 。
    spans = list(_spans(text, 0, len(text)))
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert all(text[end - 1] == "，" for _, end in spans)    # every cut after a clause mark
    assert "".join(text[s:e] for s, e in spans) == text


def test_a_run_without_clause_marks_is_cut_at_the_limit_but_never_inside_a_number():
    text = "新增学位" * 300
    assert list(_spans(text, 0, len(text))) == [(0, MAX_SENTENCE), (MAX_SENTENCE, 1200)]
    digits = "1" * 2500
    assert list(_spans(digits, 0, len(digits))) == [(0, 2500)]


def test_sentences_of_the_corpus_length_are_not_cut():
    text = SENTENCE * 10
    assert list(_spans(text, 0, len(text))) == [(0, len(text))]


def test_a_long_line_gives_the_records_of_its_sentences():
    text = SENTENCE * 300
    records = extract(text)
    assert len(records) == 300
    assert {(r.text, r.value, r.indicator) for r in records} == {("6000个", 6000, "幼儿园学位")}


def test_a_numeral_beyond_any_figure_is_no_number():
    assert parse_number("1" * 400) is None          # beyond a float: inf is no figure
    assert parse_number("1" * 1_600_000) is None    # beyond Decimal's exponent: was decimal.Overflow
    assert parse_number("1" * 300) == float("1" * 300)
    assert extract("全市新增学位" + "1" * 1_600_000 + "个。") == []


def test_a_clause_before_a_figure_is_looked_for_near_it():
    # the 每 of 每人每月 governs its own clause, not one 300 characters back without a break
    near = "低保标准提高到每人每月1020元"
    assert find_quantities(near)[0].per == "人·月"
    far = "每人每月" + "标准" * 150 + "提高到1020元"
    assert find_quantities(far)[0].per is None


def test_a_run_of_figures_does_not_recurse():
    text = "占比" + "5%" * 3000       # each figure has only the figure before it: was RecursionError
    figures = [(2 + 2 * i, 4 + 2 * i) for i in range(3000)]
    # 由…提高到…: a figure right after another counts what it counts, a few figures back
    assert [find_indicator(text, *figures[i], figures) for i in range(4)] == ["占比"] * 4
    # thousands of figures from any word, the last counts nothing named
    assert find_indicator(text, *figures[-1], figures) is None


def test_the_indicator_is_read_within_a_window_of_the_figure():
    sentence = "新增幼儿园学位6000个"
    padded = "，" * (3 * WINDOW) + sentence
    start = padded.index("6000")
    assert find_indicator(padded, start, start + 5, [(start, start + 5)]) == "幼儿园学位"
