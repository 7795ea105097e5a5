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
