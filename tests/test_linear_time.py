"""Linear time on adversarial text: every extractor, on strings built to hurt it (100,000
digits, 万万万…, 一二三…, 1,1,1,…, 第1第1…, runs of punctuation and brackets, a line of
real sentences with no line break), takes time in proportion to the length.

Each case is timed at two sizes, SCALE apart, the best of three runs each (a loaded
machine only ever adds time); the test asserts on the ratio of the two times, never on
a wall time: a linear stage stays near SCALE, a quadratic one reaches SCALE², and the
bound, three times SCALE, lies between them with room for noise.
"""
from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from extractors.categories import category_by_topic
from extractors.indicators import find_indicator
from extractors.numerals import parse_number
from extractors.quantities import find_quantities
from extractors.times import find_times
from pipeline import extract
from pipeline.document import clean_view
from pipeline.structure import structure

pytestmark = pytest.mark.slow

SCALE = 8
BOUND = 3 * SCALE
#: Below this a timing is mostly clock, allocator and cache noise: the smaller size is
#: doubled until it takes this long (up to MAX_SMALL characters).
MEASURABLE = 0.01
MAX_SMALL = 125_000   # the larger size stays at most a 1 MB line

ADVERSARIAL = {
    "digits": "1",
    "magnitudes": "万",
    "chinese digits": "一二三四五六七八九十",
    "thousands separators": "1,",
    "ordinals": "第1",
    "full stops": "。",
    "commas": "，",
    "enumeration commas": "、",
    "dashes": "—",
    "opening brackets": "（",
    "percentages": "5%",
    "ranges": "10—",
    "table cells": "\t1\n",
    "one long line": "全市新增幼儿园学位6000个，新建托育机构20家，惠及居民3.2万户；",
}


def _middle_figure(text: str) -> list:
    middle = len(text) // 2
    return find_indicator(text, middle, middle + 2, [(middle, middle + 2)])


EXTRACTORS: dict[str, Callable[[str], object]] = {
    "parse_number": parse_number.__wrapped__,    # the uncached function: the cache would time nothing
    "find_quantities": find_quantities,
    "find_times": find_times,
    "category_by_topic": category_by_topic,
    "find_indicator": _middle_figure,
    "structure": structure,
    "clean_view": clean_view,
}


def text_of(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def best_time(function: Callable[[str], object], text: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function(text)
        times.append(time.perf_counter() - started)
    return max(min(times), 1e-6)


def assert_linear(function: Callable[[str], object], unit: str, small: int) -> None:
    function(text_of(unit, small))   # warm up: tables, jieba's dictionary, regex caches
    small_time = best_time(function, text_of(unit, small))
    while small_time < MEASURABLE and small < MAX_SMALL:
        small *= 2
        small_time = best_time(function, text_of(unit, small))
    ratio = best_time(function, text_of(unit, small * SCALE)) / small_time
    assert ratio < BOUND, f"{SCALE}× the text ({small:,} → {small * SCALE:,} characters) took {ratio:.1f}× the time"


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
@pytest.mark.parametrize("name", EXTRACTORS)
def test_each_extractor_is_linear(name, unit):
    assert_linear(EXTRACTORS[name], unit, small=12_500)   # up to 100,000 characters


@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_extract_is_linear(unit):
    assert_linear(extract, unit, small=1_500)


def test_a_one_megabyte_line_is_read_in_linear_time():
    line = ADVERSARIAL["one long line"]
    assert_linear(find_quantities, line, small=1_000_000 // SCALE)
    assert_linear(find_times, line, small=1_000_000 // SCALE)
