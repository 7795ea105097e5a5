"""The first-character screen (extractors/prefilter.py) finds what the pattern finds."""
from __future__ import annotations

import random
import re

import pytest

from extractors.prefilter import first_char_screened

PATTERNS = [
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)\s*年|(?<![近历])(?P<rel>今年|去年|上半年)|(?P<span>[两三]年(?:间|来)?|每年)",
    r"(?<!主)(?:应|要)(?:力争)?(?:达到|达)|已经?|截[至止]|(?:比|较)(?:计划|目标)",
    r"\s*(?:[-+]\d+)?%|^\s*第",
    r"(?:a|b)?c+|d*e",
    r"[\]\-^x]y|\\z",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_the_screened_pattern_finds_the_same_matches(pattern):
    screened = re.compile(first_char_screened(pattern))
    assert screened.pattern != pattern                      # each of these has a screen
    plain = re.compile(pattern)
    rng = random.Random(7)
    alphabet = "0129 .%-+^]\\xyzabcde今去上半年两三间来每近历主应要力争达到已经截至止比较计划目标第，。"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in screened.finditer(text)] == expected, text


@pytest.mark.parametrize("pattern, screen", [
    (r"(?<!x)ab|\d+|(?:e|f)?g", r"(?=[a\defg])"),
    (r"(?:19|20)\d\d|每年", "(?=[12每])"),
    (r"^\s*年", r"(?=[\s年])"),
])
def test_the_screen_holds_every_character_a_match_can_begin_with(pattern, screen):
    assert first_char_screened(pattern) == f"{screen}(?:{pattern})"


@pytest.mark.parametrize("pattern", [
    r"a?",            # may match nothing: every position may start a match
    r"[^q]x",         # a negated class
    r".x",            # any character
    r"(?i)ab",        # case-folded
    r"(?s)a.b",       # a global flag, which must stay at the start
    r"(?:a|)b?",      # a branch that matches nothing
])
def test_a_pattern_whose_first_characters_cannot_be_told_is_left_as_it_is(pattern):
    assert first_char_screened(pattern) == pattern


def test_the_time_pattern_and_the_stance_screen_are_screened():
    from extractors.stance import _cue_set
    from extractors.times import _tables

    assert _tables().pattern.pattern.startswith("(?=[")
    assert _cue_set(True).screen.pattern.startswith("(?=[")


# ---------------------------------------------------------------------------
# The loosened `re` copy of a `regex` pattern (`loosened_for_re`)

LOOK_BEHIND_PATTERNS = [
    r"(?<![”》])(?<!完成[^，。]{0,4})目标(?!的)",                          # variable-width negative
    r"(?<=(?:计划|目标)[^，。]{0,8}?\d[^，。]{0,3}[，,])(?:目前)?已?完成",   # leading positive, kept as text
    r"(?<=\d[ ]*(?:人|个))(?=[^，。\d]{0,4}(?:参与|支持))",                 # nothing but look-arounds
    r"(?<!再|另)(?<=^|[，,]|楼)共(?=\d)",                                  # negative, then positive
    r"每[餐顿](?<!(?:全年|年内)[^。]*每餐)\d",                              # one after the text
    r"\((?<!\)[^(]{0,2})x[]a]",                                          # brackets and a class opening with `]`
]


@pytest.mark.parametrize("pattern", LOOK_BEHIND_PATTERNS)
def test_the_loosened_copy_finds_a_match_wherever_the_pattern_does(pattern):
    import regex

    from extractors.prefilter import loosened_for_re

    loosened = loosened_for_re(pattern)
    assert loosened is not None
    original = regex.compile(pattern)
    rng = random.Random(11)
    pieces = list("0129 ()]ax”》的已，。,人个再另楼共每餐顿") + ["完成", "目标", "计划", "目前", "参与", "支持", "全年", "年内", "(x"]
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        if original.search(text) is not None:
            found += 1
            assert loosened.search(text) is not None, text
    assert found                                            # the texts did exercise the pattern


@pytest.mark.parametrize("pattern, loosened", [
    (r"(?<!完成[^，]{0,4})目标", "目标"),
    (r"(?<=(?:计划|目标)[^，]{0,12}?\d[，,])已", r"(?:(?:计划|目标)[^，]{0,12}?\d[，,])已"),
    (r"(?<=a(?<=b)c)(?<=d)e", "(?:ac)e"),                  # one leading look-behind kept, the rest dropped
    (r"(?<=\p{Han})(?<!增加)了", "了"),                      # `re` has no `\p{Han}`: dropped instead
    (r"x(?<=\dx)y", "xy"),                                  # after the text: dropped
])
def test_the_look_behinds_a_loosened_copy_keeps(pattern, loosened):
    from extractors.prefilter import loosened_for_re

    assert loosened_for_re(pattern).pattern == loosened


@pytest.mark.parametrize("pattern", [
    r"(?<=\p{Han})\p{Han}了",      # a Unicode property outside a look-behind
    r"a(?<=a)?b",                  # a quantified look-behind
    r"c(?<=(?P<x>a))b(?P=x)",      # a reference to a group of a dropped look-behind
])
def test_no_loosened_copy_where_re_cannot_read_the_rest(pattern):
    from extractors.prefilter import loosened_for_re

    assert loosened_for_re(pattern) is None


def test_a_screened_pattern_finds_what_the_pattern_finds():
    import regex

    from extractors.prefilter import Screened

    pattern = r"(?<!起始)(?:日期|时间)\s*[:：]\s*(?P<year>20\d\d)"
    screened = Screened.compile(pattern, regex.MULTILINE)
    assert screened.screen is not None
    for text in ("发布日期：2031-01-02", "起始时间：2031年", "时间 2031", "无", "开始时间：2031年1月"):
        plain = regex.compile(pattern, regex.MULTILINE).search(text)
        found = screened.search(text)
        assert (found and found.group("year")) == (plain and plain.group("year")), text
